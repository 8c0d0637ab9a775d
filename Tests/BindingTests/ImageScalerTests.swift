import DocumentModel
import PageImaging
import Testing

@Suite struct ImageScalerTests {
  @Test func shrinkingAveragesTheCoveredPixels() {
    // 6 × 3 at 300 dpi: a black left half, a white right half.
    let pixels: [UInt8] = (0..<18).map { $0 % 6 < 3 ? 0 : 255 }
    let image = PageImage(width: 6, height: 3, channels: 1, dpi: 300, pixels: pixels)
    let small = ImageScaler.downscaled(image, toDPI: 200)
    #expect(small.width == 4 && small.height == 2 && small.dpi == 200)
    // Source columns 0 → 0, 1–2 → 1, 3 → 2, 4–5 → 3 (by pixel centre).
    #expect(small.pixels[0] == 0 && small.pixels[3] == 255)
    #expect(small.pixels[1] == 0 && small.pixels[2] == 255)
    #expect(ImageScaler.downscaled(image, toDPI: 300) == image)
    #expect(ImageScaler.downscaled(image, toDPI: 400) == image)
  }

  @Test func thinStrokesSurviveAsGray() {
    // A one-pixel black column in 9 white ones, shrunk by 3: it becomes a gray column.
    let pixels: [UInt8] = (0..<30).map { $0 % 10 == 4 ? 0 : 255 }
    let image = PageImage(width: 10, height: 3, channels: 1, dpi: 300, pixels: pixels)
    let small = ImageScaler.downscaled(image, toDPI: 100)
    #expect(small.width == 3 && small.height == 1)
    #expect(small.pixels.min()! < 200)
  }
}
