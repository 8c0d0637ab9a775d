import DocumentModel
import Testing

@testable import ScanReading

/// The binarizer's faint-stroke hysteresis on synthetic gray pages (300 dpi, paper 255).
struct FaintStrokeTests {
  /// A 300 × 300 px page of paper with `marks` painted: each a rectangle (x, y, width, height)
  /// of one gray level.
  private func page(_ marks: [(x: Int, y: Int, width: Int, height: Int, gray: UInt8)])
    -> PageImage
  {
    var pixels = [UInt8](repeating: 255, count: 300 * 300)
    for mark in marks {
      for y in mark.y..<(mark.y + mark.height) {
        for x in mark.x..<(mark.x + mark.width) { pixels[y * 300 + x] = mark.gray }
      }
    }
    return PageImage(width: 300, height: 300, channels: 1, dpi: 300, pixels: pixels)
  }

  private func isInk(_ image: PageImage, x: Int, y: Int) -> Bool {
    image.pixels[y * image.width + x] == 0
  }

  /// A `0` whose sides print at 0.68 of the paper and its top and bottom hairlines at 0.82
  /// (stress 9806:65: blurred serif digits at 150 dpi) keeps its hairlines: `inkRatio` alone
  /// left `()`.
  @Test func theHairlinesOfAFaintGlyphAreKept() {
    let zero = page([
      (x: 100, y: 100, width: 4, height: 24, gray: 174),  // left side
      (x: 114, y: 100, width: 4, height: 24, gray: 174),  // right side
      (x: 104, y: 100, width: 10, height: 2, gray: 210),  // top hairline
      (x: 104, y: 122, width: 10, height: 2, gray: 210),  // bottom hairline
    ])
    var plain = ScanBinarizer()
    plain.faintStrokeDarkness = 1
    #expect(!isInk(plain.binarized(zero), x: 108, y: 100), "the premise: 0.78 drops the hairline")
    let binary = ScanBinarizer().binarized(zero)
    #expect(isInk(binary, x: 108, y: 100))
    #expect(isInk(binary, x: 108, y: 123))
    #expect(isInk(binary, x: 101, y: 110))
  }

  /// Dark ink does not grow into its gray halo, and faint specks and faint marks apart from
  /// any stroke stay paper.
  @Test func darkInkHaloesAndFaintSpecksAreNotGrown() {
    let marks = page([
      (x: 50, y: 50, width: 4, height: 24, gray: 40),  // a dark stroke
      (x: 54, y: 50, width: 3, height: 24, gray: 210),  // its halo
      (x: 150, y: 150, width: 3, height: 3, gray: 180),  // a faint speck
      (x: 153, y: 150, width: 6, height: 3, gray: 210),  // touching it, lighter
      (x: 200, y: 200, width: 10, height: 2, gray: 210),  // a lone light mark
    ])
    let binary = ScanBinarizer().binarized(marks)
    #expect(isInk(binary, x: 52, y: 60))
    #expect(!isInk(binary, x: 55, y: 60))
    #expect(isInk(binary, x: 151, y: 151))
    #expect(!isInk(binary, x: 155, y: 151))
    #expect(!isInk(binary, x: 205, y: 200))
  }
}
