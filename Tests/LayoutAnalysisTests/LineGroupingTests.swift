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

@Test func singleCharactersInInflatedBoxesDoNotChainRows() throws {
  // Chromium's text boxes are ~2.6 em tall: a vertical label's characters 15 pt apart in 31 pt
  // boxes, and the rows' one-digit values, chained table 三's rows into one line (text stress
  // 9801:12). One-character words are measured by their advance too.
  func inflated(_ text: String, _ x: Double, _ y: Double, width: Double) -> Word {
    Word(text: text, box: Box(minX: x, minY: y, maxX: x + width, maxY: y + 31))
  }
  let words = [
    inflated("度", 43, 340, width: 12), inflated("办", 43, 356, width: 12),
    inflated("理", 43, 371, width: 12), inflated("结", 43, 387, width: 12),
    inflated("1.属于国家秘密", 124, 351, width: 82), inflated("1", 240, 351, width: 6),
    inflated("0", 289, 351, width: 6),
    inflated("2.其他法律行政法", 118, 371, width: 95), inflated("1", 240, 378, width: 6),
    inflated("7", 289, 378, width: 6),
  ]
  let lines = LayoutAnalyzer().lines(from: words)
  let first = try #require(lines.first { $0.words.contains { $0.text == "1.属于国家秘密" } })
  let seven = try #require(lines.first { $0.words.contains { $0.text == "7" } })
  // The vertical label's characters fall on whichever row they stand beside; the values not.
  let digits = { (line: TextLine) in
    line.words.map(\.text).filter { $0.count == 1 && $0.first!.isASCII }.sorted()
  }
  #expect(digits(first) == ["0", "1"])
  #expect(digits(seven) == ["1", "7"])
}
