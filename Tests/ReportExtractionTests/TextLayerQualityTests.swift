import DocumentModel
import ReportExtraction
import Testing

/// `TextLayerQuality.verdict`: which text layers are trusted.
@Suite struct TextLayerQualityTests {
  /// A page whose glyphs are the characters of `text`, 10 pt apart on one line.
  static func page(_ text: String) -> PageText {
    let glyphs = text.enumerated().map { index, character in
      Glyph(
        text: String(character),
        box: Box(minX: 10 * Double(index), minY: 100, maxX: 10 * Double(index) + 9, maxY: 110))
    }
    return PageText(number: 4, width: 595, height: 842, glyphs: glyphs)
  }

  @Test func aPageOfChineseAndDigitsIsUsable() {
    #expect(
      TextLayerQuality().verdict(for: Self.page("二、主动公开政府信息情况 12 34 5 0 0 7 总计 58")) == .usable)
  }

  @Test func aPageOfDigitsAloneIsUsable() {
    // The end of a table of values: no Han character, nothing a report does not print.
    #expect(
      TextLayerQuality().verdict(for: Self.page("0 0 1 2 3 0 0 4 12 0 0 0 1 6 7 0 2 9 11 5"))
        == .usable)
  }

  @Test func latinJunkWithoutHanIsGarbageThoughMostlyPlausible() {
    // A font without a Unicode map whose glyphs fell on ASCII (altered no-tounicode 8313:3,
    // page 4): 96 % plausible, not one Han character.
    let junk = "e e y @ f f õ 7 > ? e › ö ! f e a *< a )= 7A*<BCD) *<\"D) e e y @ f f 7 > ? e"
    #expect(TextLayerQuality().verdict(for: Self.page(junk)) == .garbage)
  }
}
