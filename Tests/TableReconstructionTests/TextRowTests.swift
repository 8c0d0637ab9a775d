import DocumentModel
import TableReconstruction
import Testing

/// Table 二's first band as a bilevel scan kept it (stress 9767:39): the borders under the header
/// and between the two value rows gone, so one ruled row holds three lines of words.
///
/// Columns at 0, 120, 240, 360 and 480; rulings at 0 (the band above), 20, 86 and 106.
private func lostRowsLayout(lines: [[Word]]) -> PageLayout {
  let rulings = [
    horizontal(0, 0, 480), horizontal(20, 0, 480), horizontal(86, 0, 480), horizontal(106, 0, 480),
    vertical(0, 0, 106), vertical(120, 20, 86), vertical(240, 20, 86), vertical(360, 20, 86),
    vertical(480, 0, 106),
  ]
  var words = [ocrWord("第二十条第（一）项", 190, 4), ocrWord("第二十条第（五）项", 190, 90)]
  for (index, line) in lines.enumerated() {
    words += line.map { word in
      var placed = word
      placed.box = Box(
        minX: word.box.minX, minY: 24 + 21 * Double(index), maxX: word.box.maxX,
        maxY: 36 + 21 * Double(index))
      return placed
    }
  }
  return .page(words: words, rulings: rulings)
}

@Test func linesOfValuesInOneRuledRowAreRowsOfTheirOwn() throws {
  let layout = lostRowsLayout(lines: [
    [
      ocrWord("信息内容", 20, 0), ocrWord("本年制发件数", 150, 0), ocrWord("本年废止件数", 270, 0),
      ocrWord("现行有效件数", 390, 0),
    ],
    [ocrWord("规章", 40, 0), ocrWord("2", 220, 0), ocrWord("0", 340, 0), ocrWord("9", 460, 0)],
    [
      ocrWord("行政规范性文件", 10, 0), ocrWord("32", 210, 0), ocrWord("8", 340, 0), ocrWord("49", 450, 0),
    ],
  ])
  let table = try #require(TableBuilder().tables(in: layout).first)
  #expect(table.rowCount == 5)
  expectCoversGridOnce(table)
  #expect(table.cell(atRow: 1, column: 1)?.text == "本年制发件数")
  #expect(table.cell(atRow: 2, column: 0)?.text == "规章")
  #expect(table.cell(atRow: 2, column: 3)?.text == "9")
  #expect(table.cell(atRow: 3, column: 1)?.text == "32")
  #expect(table.cell(atRow: 3, column: 3)?.text == "49")
  // The bands above and below keep their one cell across the table.
  #expect(table.cell(atRow: 0, column: 2)?.columnSpan == 4)
}

@Test func wrappedLabelsAndHeadersStayOneRow() throws {
  // A header wrapped in every column (no values), and a label wrapped beside a value set in the
  // middle of its row (the value crosses the band between the label's lines).
  let header = lostRowsLayout(lines: [
    [
      ocrWord("商业", 20, 0), ocrWord("科研", 150, 0), ocrWord("社会公益", 270, 0), ocrWord("法律服务", 390, 0),
    ],
    [ocrWord("企业", 20, 0), ocrWord("机构", 150, 0), ocrWord("组织", 270, 0), ocrWord("机构", 390, 0)],
  ])
  #expect(try #require(TableBuilder().tables(in: header).first).rowCount == 3)
  var wrapped = lostRowsLayout(lines: [[ocrWord("1.属于国家", 10, 0)], [ocrWord("秘密", 30, 0)]])
  wrapped.words.append(
    Word(
      text: "3", box: Box(minX: 220, minY: 34.5, maxX: 230, maxY: 46.5), origin: .ocr,
      confidence: 0.9))
  #expect(try #require(TableBuilder().tables(in: wrapped).first).rowCount == 3)
  // A label wrapped beside values printed at the top of the row: one column has lines on both
  // sides of the band, and one is not enough.
  let topAligned = lostRowsLayout(lines: [
    [ocrWord("1.属于国家", 10, 0), ocrWord("3", 220, 0), ocrWord("1", 340, 0)], [ocrWord("秘密", 30, 0)],
  ])
  #expect(try #require(TableBuilder().tables(in: topAligned).first).rowCount == 3)
}

@Test func aTextLayersUnruledRowsAreNotSplitByItsWords() throws {
  // The same three lines from a text layer: its producer drew no border between them.
  let printed = lostRowsLayout(lines: [
    [word("规章", 40, 0), word("2", 220, 0), word("0", 340, 0), word("9", 460, 0)],
    [word("行政规范性文件", 10, 0), word("32", 210, 0), word("8", 340, 0), word("49", 450, 0)],
  ])
  #expect(try #require(TableBuilder().tables(in: printed).first).rowCount == 3)
}
