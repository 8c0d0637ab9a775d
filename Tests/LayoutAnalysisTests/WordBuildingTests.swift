import DocumentModel
import LayoutAnalysis
import Testing

@Test func whitespaceGlyphsSplitWords() {
  let glyphs = GlyphFixtures.run("ab cd\u{3000}年", x: 0, y: 0)
  let words = LayoutAnalyzer().words(from: glyphs)
  #expect(words.map(\.text) == ["ab", "cd", "年"])
  #expect(words[0].box == Box(minX: 0, minY: 0, maxX: 20, maxY: 12))
}

@Test func aGapWiderThanAQuarterGlyphHeightSplitsWords() {
  // Height 12 pt: a 2 pt gap (< 3 pt) keeps the word, a 4 pt gap (> 3 pt) splits it.
  let narrow = GlyphFixtures.run("12", x: 0, y: 0) + GlyphFixtures.run("34", x: 22, y: 0)
  let wide = GlyphFixtures.run("12", x: 0, y: 0) + GlyphFixtures.run("34", x: 24, y: 0)
  #expect(LayoutAnalyzer().words(from: narrow).map(\.text) == ["1234"])
  #expect(LayoutAnalyzer().words(from: wide).map(\.text) == ["12", "34"])
}

@Test func cjkCellsRunTogetherInTheTextLayerAreSplitByRulings() {
  // poppler gives `语文数学` with no space and no gap: two cells touching a ruling at x = 20.
  let glyphs = GlyphFixtures.run("语文数学", x: 0, y: 0)
  let analyzer = LayoutAnalyzer()
  #expect(analyzer.words(from: glyphs).map(\.text) == ["语文数学"])
  let ruled = analyzer.words(
    from: glyphs, rulings: [GlyphFixtures.vertical(20, -5, 20)])
  #expect(ruled.map(\.text) == ["语文", "数学"])
  // A ruling that does not reach the glyphs' height does not split.
  let elsewhere = analyzer.words(
    from: glyphs, rulings: [GlyphFixtures.vertical(20, 100, 200)])
  #expect(elsewhere.map(\.text) == ["语文数学"])
}

@Test func lineBreaksAndVerticalJumpsSplitWords() {
  let first = GlyphFixtures.run("本年", x: 0, y: 0)
  let second = GlyphFixtures.run("新收", x: 20, y: 14)  // next line, no newline glyph, no x gap
  let words = LayoutAnalyzer().words(
    from: first + [GlyphFixtures.newline(x: 20, y: 0)] + GlyphFixtures.run("度", x: 20, y: 0)
      + second)
  #expect(words.map(\.text) == ["本年", "度", "新收"])
}

@Test func jumpingBackLeftOnTheSameLineSplitsWords() {
  let glyphs = GlyphFixtures.run("71", x: 100, y: 0) + GlyphFixtures.run("110", x: 0, y: 0)
  #expect(LayoutAnalyzer().words(from: glyphs).map(\.text) == ["71", "110"])
}

@Test func digitsPrintedOverEachOtherOnTwoRowsAreTwoWords() {
  // Boxes 26 pt tall for 10 pt type (a font's inflated ascent): the rows' digits, 12 pt apart,
  // overlap by half their height and would pass for one line; their advance is the same 5.5 pt.
  func digit(_ text: String, y: Double) -> Glyph {
    Glyph(text: text, box: Box(minX: 311.6, minY: y, maxX: 317.1, maxY: y + 26), fontSize: 20)
  }
  let words = LayoutAnalyzer().words(from: [digit("0", y: 378.5), digit("1", y: 390.5)])
  #expect(words.map(\.text) == ["0", "1"])
  #expect(words.map(\.box.minY) == [378.5, 390.5])
  // Kerned glyphs of one word overlap by a sliver and stay together.
  let kerned =
    GlyphFixtures.run("1", x: 0, y: 0, advance: 5.5)
    + GlyphFixtures.run("2", x: 5, y: 0, advance: 5.5)
  #expect(LayoutAnalyzer().words(from: kerned).map(\.text) == ["12"])
}

@Test func wordTextIsNFCButKeepsFullWidthCharacters() {
  let glyphs = GlyphFixtures.run("e\u{301}１２％", x: 0, y: 0)
  let words = LayoutAnalyzer().words(from: glyphs)
  #expect(words.count == 1)
  #expect(words.first?.text.unicodeScalars.map(\.value) == [0xE9, 0xFF11, 0xFF12, 0xFF05])
}

@Test func invisibleFormatGlyphsSeparateAndVanish() {
  let glyphs = GlyphFixtures.run("ab\u{200B}cd", x: 0, y: 0)
  #expect(LayoutAnalyzer().words(from: glyphs).map(\.text) == ["ab", "cd"])
  #expect(LayoutAnalyzer().words(from: GlyphFixtures.run("   ", x: 0, y: 0)).isEmpty)
}

@Test func wordFontSizeIsTheLargestGlyphSize() {
  let glyphs =
    GlyphFixtures.run("a", x: 0, y: 0, size: 10) + GlyphFixtures.run("b", x: 10, y: -1, size: 12)
  let word = LayoutAnalyzer().words(from: glyphs).first
  #expect(word?.fontSize == 12)
  #expect(word?.text == "ab")
}

@Test func rulingsShorterThanTheGlyphsAreStrokesAndDoNotSplit() {
  // A 22 pt title; a detector reports a 16 pt stroke of one glyph as a vertical ruling.
  let glyphs = GlyphFixtures.run("工作年度", x: 0, y: 0, size: 22)
  let words = LayoutAnalyzer().words(from: glyphs, rulings: [GlyphFixtures.vertical(33, 2, 18)])
  #expect(words.map(\.text) == ["工作年度"])
}

@Test func ocrWordsCrossingACellBorderAreSplitThere() {
  // Tesseract read `0` and `12` of two cells as one word `012`, 10 pt per character.
  let crossing = Word(
    text: "012", box: Box(minX: 100, minY: 0, maxX: 130, maxY: 12), origin: .ocr,
    confidence: 0.8)
  let inside = Word(text: "345", box: Box(minX: 200, minY: 0, maxX: 230, maxY: 12), origin: .ocr)
  let rulings = [GlyphFixtures.vertical(111, -4, 16), GlyphFixtures.vertical(215, 100, 200)]
  let layout = LayoutAnalyzer().layout(
    pageNumber: 1, width: 595, height: 842, words: [crossing, inside], rulings: rulings)
  #expect(layout.words.map(\.text) == ["0", "12", "345"])
  #expect(layout.words[1].box == Box(minX: 110, minY: 0, maxX: 130, maxY: 12))
  #expect(layout.words.allSatisfy { $0.origin == .ocr })
  #expect(layout.words[0].confidence == 0.8)
}
