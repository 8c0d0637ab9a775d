import DocumentModel
import Testing

@testable import ReportExtraction

/// The pieces of reading a text page's pictures by OCR (`PageReader+Pictures.swift`) that need
/// no PDF: joining image boxes, cutting the pictures out of a render, dropping a render's rulings
/// inside them, and erasing a picture's borders before OCR.
struct PictureReadingTests {
  @Test func imagesThatTouchAreOnePicture() {
    // A screenshot stored in two strips, and a logo far away.
    let top = Box(minX: 60, minY: 100, maxX: 520, maxY: 250)
    let bottom = Box(minX: 60, minY: 251, maxX: 520, maxY: 400)
    let logo = Box(minX: 20, minY: 700, maxX: 60, maxY: 740)
    let joined = PageReader.joined([top, logo, bottom], gap: 2)
    #expect(joined.count == 2)
    #expect(joined.contains(Box(minX: 60, minY: 100, maxX: 520, maxY: 400)))
    #expect(joined.contains(logo))
  }

  @Test func everythingOutsideThePicturesIsWhitened() {
    // 72 dpi: one pixel a point. Ink everywhere; the picture is x 2..<5, y 1..<3.
    let image = PageImage(
      width: 8, height: 4, channels: 1, dpi: 72, pixels: [UInt8](repeating: 0, count: 32))
    let cut = PageReader.whitened(image, outside: [Box(minX: 2, minY: 1, maxX: 5, maxY: 3)])
    for y in 0..<4 {
      for x in 0..<8 {
        let inside = (2..<5).contains(x) && (1..<3).contains(y)
        #expect(cut.gray(x: x, y: y) == (inside ? 0 : 255), "pixel \(x),\(y)")
      }
    }
  }

  @Test func aRendersRulingsInsideAPictureAreLeftToItsOCR() {
    let picture = Box(minX: 50, minY: 100, maxX: 500, maxY: 400)
    let inside = Ruling(axis: .horizontal, position: 200, start: 60, end: 490)
    let crossingIn = Ruling(axis: .vertical, position: 300, start: 90, end: 390)
    let outside = Ruling(axis: .horizontal, position: 600, start: 60, end: 490)
    let kept = PageReader.outside([inside, crossingIn, outside], pictures: [picture])
    #expect(kept == [outside])
  }

  @Test func aRulingIsErasedAndAStrokeCrossingItStays() {
    // 72 dpi. A horizontal ruling 2 px thick on rows 5–6 across the image, and a glyph stroke
    // from row 2 to row 9 crossing it at x = 10.
    let width = 20
    let height = 12
    var pixels = [UInt8](repeating: 255, count: width * height)
    for x in 0..<width {
      pixels[5 * width + x] = 0
      pixels[6 * width + x] = 0
    }
    for y in 2...9 { pixels[y * width + 10] = 0 }
    let image = PageImage(width: width, height: height, channels: 1, dpi: 72, pixels: pixels)
    let ruling = Ruling(axis: .horizontal, position: 5.5, start: 0, end: 19)
    let erased = RulingEraser(maximumThickness: 3, searchDistance: 1.5).erased(
      [ruling], from: image)
    #expect(erased.gray(x: 3, y: 5) == 255)
    #expect(erased.gray(x: 3, y: 6) == 255)
    for y in 2...9 { #expect(erased.gray(x: 10, y: y) == 0, "stroke row \(y)") }
  }
}
