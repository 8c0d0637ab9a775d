import CLeptonica
import DocumentModel
import Testing

@testable import PageImaging

struct ConversionTests {
  @Test func grayPixelsKeepTheirPositionsInLeptonica() throws {
    // Widths that are not a multiple of 4 exercise the packing of 32-bit words.
    let width = 7
    let height = 3
    let pixels = (0..<(width * height)).map { UInt8($0 * 10) }
    let image = PageImage(width: width, height: height, channels: 1, dpi: 300, pixels: pixels)
    let pix = try #require(LeptonicaImage.gray(image, region: PixelRect(of: image)))
    for y in 0..<height {
      for x in 0..<width {
        var value: UInt32 = 0
        #expect(pixGetPixel(pix.pix, Int32(x), Int32(y), &value) == 0)
        #expect(value == UInt32(pixels[y * width + x]), "pixel \(x),\(y)")
      }
    }
    #expect(pixGetXRes(pix.pix) == 300)
  }

  @Test func rgbIsConvertedToLuma() throws {
    let image = PageImage(
      width: 2, height: 1, channels: 3, dpi: 150, pixels: [255, 0, 0, 10, 20, 30])
    let pix = try #require(
      LeptonicaImage.gray(image, region: PixelRect(x: 1, y: 0, width: 1, height: 1)))
    var value: UInt32 = 0
    _ = pixGetPixel(pix.pix, 0, 0, &value)
    // 0.299·10 + 0.587·20 + 0.114·30 = 18.15
    #expect(value == 18)
    #expect(Luma.gray(255, 255, 255) == 255)
  }

  @Test func sealRedIsWhitenedAndCounted() {
    // Seal red (200, 40, 40), dark text (20, 20, 20), a brownish ink that is not red enough.
    let image = PageImage(
      width: 3, height: 1, channels: 3, dpi: 150,
      pixels: [200, 40, 40, 20, 20, 20, 150, 120, 100])
    let (gray, removed) = GrayConversion.grayWithoutSeal(image, rule: ScanCleanerSettings())
    #expect(gray == [255, 20, Luma.gray(150, 120, 100)])
    #expect(removed == 1)
  }

  @Test func boxesMapBetweenPointsAndPixels() {
    let image = PageImage(
      width: 600, height: 300, channels: 1, dpi: 144,
      pixels: .init(
        repeating: 255, count: 600 * 300))
    let rect = PixelRect(covering: Box(minX: 10.2, minY: 20, maxX: 30, maxY: 40.1), in: image)
    #expect(rect == PixelRect(x: 20, y: 40, width: 40, height: 41))
    // A crop at (20, 40), bordered by 10 px and halved: Tesseract's (15, 20)–(25, 30).
    let box = rect.pageBox(
      left: 15, top: 20, right: 25, bottom: 30, border: 10, scale: 0.5, dpi: 144)
    #expect(box == Box(minX: 20, minY: 35, maxX: 30, maxY: 45))
    #expect(
      PixelRect(covering: Box(minX: -5, minY: 0, maxX: 1000, maxY: 10), in: image).width == 600)
  }
}
