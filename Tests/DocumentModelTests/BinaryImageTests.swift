import DocumentModel
import Testing

@Suite struct BinaryImageTests {
  @Test func packingAndUnpackingGiveTheSamePixels() throws {
    // 13 wide: the last byte of each row is partly used.
    let width = 13, height = 5
    let pixels = (0..<(width * height)).map { index -> UInt8 in
      (index * 7 + index / 3) % 5 == 0 ? 0 : 255
    }
    let image = PageImage(width: width, height: height, channels: 1, dpi: 300, pixels: pixels)
    let packed = try #require(BinaryImage(packing: image))
    #expect(packed.unpacked() == image)
    #expect(packed.width == 13 && packed.height == 5 && packed.dpi == 300)
  }

  @Test func longRunsAndBlankRowsComeBackExactly() throws {
    // Runs of 0, 1, 199, 16383, 16384 and 33000 pixels: one, two and three bytes each.
    let width = 33_000, height = 3
    var pixels = [UInt8](repeating: 255, count: width * height)
    for x in [0, 200, 16_584, 32_969, width - 1] { pixels[width + x] = 0 }
    for x in 0..<width { pixels[2 * width + x] = 0 }  // a black row
    let image = PageImage(width: width, height: height, channels: 1, dpi: 300, pixels: pixels)
    let packed = try #require(BinaryImage(packing: image))
    #expect(packed.unpacked() == image)
    #expect(packed.storedBytes < 40)
  }

  @Test func grayLevelsAndColorAreNotPacked() {
    let gray = PageImage(width: 2, height: 1, channels: 1, dpi: 72, pixels: [0, 128])
    #expect(BinaryImage(packing: gray) == nil)
    let color = PageImage(width: 1, height: 1, channels: 3, dpi: 72, pixels: [0, 0, 0])
    #expect(BinaryImage(packing: color) == nil)
  }
}
