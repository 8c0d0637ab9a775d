import DocumentModel
import Testing

@testable import TextRecognition

/// Glyphs drawn as text, `#` for ink, on a 72 dpi image (one pixel per point).
private enum Glyphs {
  /// A `3`: the upper bowl closes on the right.
  static let three = [
    ".######.", "#......#", ".......#", ".......#", ".......#", "..#####.", ".......#", ".......#",
    ".......#", ".......#", "#......#", ".######.",
  ]
  /// A `5` whose thin left stroke dropped out on a bilevel scan (s11): top bar, then the bowl.
  static let brokenFive = [
    "########", "........", "........", "........", "........", ".######.", ".......#", ".......#",
    ".......#", ".......#", "#......#", ".######.",
  ]
  /// A `7`.
  static let seven = [
    "########", ".......#", "......#.", "......#.", ".....#..", ".....#..", "....#...", "....#...",
    "...#....", "...#....", "..#.....", "..#.....",
  ]

  /// The glyphs side by side, two blank columns apart, framed by 3 blank pixels.
  static func image(_ glyphs: [[String]]) -> (PageImage, Box) {
    let rows = glyphs[0].count
    let width = glyphs.map { $0[0].count }.reduce(0, +) + 2 * (glyphs.count - 1) + 6
    let height = rows + 6
    var pixels = [UInt8](repeating: 255, count: width * height)
    var x0 = 3
    for glyph in glyphs {
      for (y, row) in glyph.enumerated() {
        for (x, character) in row.enumerated() where character == "#" {
          pixels[(y + 3) * width + x0 + x] = 0
        }
      }
      x0 += glyph[0].count + 2
    }
    let image = PageImage(width: width, height: height, channels: 1, dpi: 72, pixels: pixels)
    return (image, Box(minX: 3, minY: 3, maxX: Double(width - 3), maxY: Double(height - 3)))
  }
}

@Suite struct ThreeFiveCheckTests {
  @Test func aFiveReadAsThreeIsSetBackAndAThreeStays() {
    let (image, ink) = Glyphs.image([Glyphs.brokenFive, Glyphs.seven, Glyphs.three])
    let check = ThreeFiveCheck()
    #expect(check.corrected("373", in: image, ink: ink) == ("573", true))
    #expect(check.corrected("573", in: image, ink: ink) == ("573", false))
  }

  @Test func aReadingThatDoesNotMatchTheGlyphCountIsLeftAlone() {
    let (image, ink) = Glyphs.image([Glyphs.brokenFive, Glyphs.seven])
    // Three characters for two glyphs: which glyph is which is unknown.
    #expect(ThreeFiveCheck().corrected("317", in: image, ink: ink) == ("317", false))
    // No 3 or 5: nothing to judge.
    #expect(ThreeFiveCheck().corrected("87", in: image, ink: ink) == ("87", false))
  }
}
