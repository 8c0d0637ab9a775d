import DocumentModel
import LayoutAnalysis
import Testing

private func word(_ text: String, _ x: Double, _ y: Double, height: Double = 12) -> Word {
  Word(text: text, box: Box(minX: x, minY: y, maxX: x + 10 * Double(text.count), maxY: y + height))
}

@Test func wordsGroupIntoLinesTopToBottomLeftToRight() {
  let words = [
    word("0", 300, 41), word("一、本年新收", 10, 40), word("3", 200, 39),
    word("总计", 200, 10), word("信息内容", 10, 11),
    word("（一）", 10, 70),
  ]
  let lines = LayoutAnalyzer().lines(from: words.shuffled())
  #expect(lines.map(\.text) == ["信息内容总计", "一、本年新收30", "（一）"])
  #expect(lines[1].box == Box(minX: 10, minY: 39, maxX: 310, maxY: 53))
}

@Test func halfOverlappingWordsStayOnSeparateLines() {
  // Overlap 5 pt of 12 pt height (< 50 %): a wrapped label beside a value.
  let lines = LayoutAnalyzer().lines(from: [word("商业", 10, 0), word("企业", 10, 7)])
  #expect(lines.count == 2)
}

@Test func pageLayoutReadsLineByLineAndSplitsAtRulings() {
  let glyphs =
    GlyphFixtures.run("语文数学", x: 0, y: 0) + GlyphFixtures.run("7110", x: 0, y: 20)
  let page = PageText(number: 3, width: 595, height: 842, glyphs: glyphs.reversed())
  // Rulings as their source cleaned them (RulingCleaner): the layout takes them as they are.
  let rulings = [GlyphFixtures.vertical(20, 0, 40), GlyphFixtures.horizontal(17, -1, 45)]
  let layout = LayoutAnalyzer().layout(of: page, rulings: rulings)
  #expect(layout.pageNumber == 3)
  // Reversed text-layer order makes every glyph its own word (backtrack); geometry still reads.
  #expect(layout.lines.map(\.text) == ["语文数学", "7110"])
  #expect(layout.rulings == rulings)
  let forward = LayoutAnalyzer().layout(
    of: PageText(number: 3, width: 595, height: 842, glyphs: glyphs), rulings: rulings)
  #expect(forward.words.map(\.text) == ["语文", "数学", "71", "10"])
}
