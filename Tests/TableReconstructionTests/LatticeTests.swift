import DocumentModel
import TableReconstruction
import Testing

@Test func fourRulingsEachWayMakeAThreeByThreeGrid() throws {
  let layout = PageLayout.grid(
    rowsAt: [100, 120, 140, 160], columnsAt: [50, 150, 250, 350],
    words: [word("自然人", 60, 104), word("71", 160, 124), word("110", 260, 144), word("页脚", 60, 300)])
  let tables = TableBuilder().tables(in: layout)
  let table = try #require(tables.first)
  #expect(tables.count == 1)
  #expect(table.rowCount == 3 && table.columnCount == 3)
  #expect(table.cells.count == 9)
  #expect(table.method == .lattice)
  #expect(table.columnEdges == [50, 150, 250, 350])
  #expect(table.pages == [1])
  #expect(table.cell(atRow: 0, column: 0)?.text == "自然人")
  #expect(table.cell(atRow: 1, column: 1)?.text == "71")
  #expect(table.cell(atRow: 2, column: 2)?.text == "110")
  #expect(table.cell(atRow: 2, column: 0)?.text == "")
  #expect(table.cell(atRow: 1, column: 1)?.box == Box(minX: 150, minY: 120, maxX: 250, maxY: 140))
  expectCoversGridOnce(table)
}

/// A 5 × 4 grid with a merged header and a vertical label.
///
/// Columns at 0, 40, 100, 160, 220; rows every 20 pt from 0 to 100. The header (0, 0) spans
/// 2 × 2; the label in column 0 spans rows 2–4 and is printed vertically, one character a line.
private func mergedLayout(offset: Double = 0) -> PageLayout {
  let o = offset
  let rulings = [
    horizontal(0, 0, 220), horizontal(20 + o, 100, 220), horizontal(40, 0, 220),
    horizontal(60 - o, 40, 220), horizontal(80 + o, 40, 220), horizontal(100, 0, 220),
    vertical(0, 0, 100), vertical(40 + o, 40, 100), vertical(100, 0, 100),
    vertical(160 - o, 0, 100), vertical(220, 0, 100),
  ]
  let words = [
    word("（本列数据", 5, 4), word("的勾稽关系）", 5, 24),
    word("申请人", 105, 4), word("总计", 165, 24),
    word("三", 15, 45), word("、", 15, 60), word("本", 15, 75),
    word("予以公开", 45, 44), word("3", 110, 44), word("4", 170, 84),
  ]
  return .page(words: words, rulings: rulings)
}

@Test func missingBordersMergeAHeaderAndAVerticalLabel() throws {
  let table = try #require(TableBuilder().tables(in: mergedLayout()).first)
  #expect(table.rowCount == 5 && table.columnCount == 4)
  expectCoversGridOnce(table)
  #expect(table.cells.count == 15)
  let header = try #require(table.cell(atRow: 1, column: 1))
  #expect(header.row == 0 && header.column == 0 && header.rowSpan == 2 && header.columnSpan == 2)
  #expect(header.text == "（本列数据的勾稽关系）")
  let label = try #require(table.cell(atRow: 4, column: 0))
  #expect(label.row == 2 && label.rowSpan == 3 && label.columnSpan == 1)
  #expect(label.text == "三、本")
  #expect(table.cell(atRow: 2, column: 1)?.text == "予以公开")
  #expect(table.cell(atRow: 4, column: 3)?.text == "4")
  #expect(table.cells(inRow: 0).map(\.column) == [0, 2, 3])
}

@Test func rulingsOffByAPointStillMakeTheSameGrid() throws {
  let table = try #require(TableBuilder().tables(in: mergedLayout(offset: 1)).first)
  #expect(table.rowCount == 5 && table.columnCount == 4)
  #expect(table.cells.count == 15)
  #expect(table.cell(atRow: 4, column: 0)?.text == "三、本")
}

@Test func aBorderBrokenByADetectorStillSeparatesCells() throws {
  // The border at y = 20 is covered 70 % in column 0 (a gap where a seal crossed it).
  let rulings = [
    horizontal(0, 0, 200), horizontal(20, 0, 30), horizontal(20, 60, 200), horizontal(40, 0, 200),
    vertical(0, 0, 40), vertical(100, 0, 40), vertical(200, 0, 40),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: [], rulings: rulings)).first)
  #expect(table.cells.count == 4)
  #expect(table.cells.allSatisfy { $0.rowSpan == 1 && $0.columnSpan == 1 })
}

@Test func twoTablesOnOnePageComeOutTopToBottom() throws {
  let lower = PageLayout.grid(
    rowsAt: [400, 420, 440], columnsAt: [50, 100, 150, 200], words: [word("一", 55, 404)])
  let upper = PageLayout.grid(
    rowsAt: [100, 120, 140], columnsAt: [50, 300, 550], words: [word("规章", 55, 104)])
  let layout = PageLayout.page(
    words: upper.words + lower.words + [word("三、收到和处理", 50, 300)],
    rulings: lower.rulings + upper.rulings)
  let tables = TableBuilder().tables(in: layout)
  #expect(tables.map(\.columnCount) == [2, 3])
  #expect(tables.first?.cell(atRow: 0, column: 0)?.text == "规章")
  #expect(tables.last?.cell(atRow: 0, column: 0)?.text == "一")
  let prose = ProseExtractor().lines(outside: tables, in: layout)
  #expect(prose.map(\.text) == ["三、收到和处理"])
}

@Test func aTableCutByThePageBreakWithoutItsBottomLineStillComesOut() throws {
  // Verticals run to y = 800 (the cut); the last horizontal is at 760.
  let rulings = [
    horizontal(700, 0, 300), horizontal(730, 0, 300), horizontal(760, 100, 300),
    vertical(0, 700, 800), vertical(100, 700, 800), vertical(300, 700, 800),
  ]
  let words = [word("（四）无", 10, 770), word("0", 150, 775), word("9", 150, 740)]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: rulings)).first)
  #expect(table.rowCount == 3 && table.columnCount == 2)
  let label = try #require(table.cell(atRow: 2, column: 0))
  #expect(label.row == 1 && label.rowSpan == 2 && label.text == "（四）无")
  #expect(label.box.maxY == 800)
  #expect(table.cell(atRow: 2, column: 1)?.text == "0")
  expectCoversGridOnce(table)
}

@Test func aTableWithoutItsTopLineStillComesOut() throws {
  let rulings = [
    horizontal(80, 0, 300), horizontal(110, 0, 300),
    vertical(0, 50, 110), vertical(100, 50, 110), vertical(300, 50, 110),
  ]
  let words = [word("法提供", 10, 60), word("1", 150, 60)]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: rulings)).first)
  #expect(table.rowCount == 2)
  #expect(table.cell(atRow: 0, column: 0)?.text == "法提供")
  #expect(table.cell(atRow: 0, column: 0)?.box.minY == 50)
}

@Test func loneLinesAndFramesAreNotTables() {
  let rulings = [
    horizontal(50, 0, 500),  // a separator under the title
    horizontal(100, 0, 100), horizontal(200, 0, 100), vertical(0, 100, 200),
    vertical(100, 100, 200),
  ]
  var settings = TableSettings()
  settings.findsStreamTables = false
  #expect(TableBuilder(settings: settings).tables(in: .page(words: [], rulings: rulings)).isEmpty)
}

@Test func glyphStrokesFoundAsRulingsAreNotTables() {
  // The strokes of a 22 pt 工 in a title: two horizontals and a vertical, 16 pt wide.
  let rulings = [
    horizontal(90, 311, 327), horizontal(98, 311, 327), horizontal(106, 311, 327),
    vertical(311, 90, 106), vertical(319, 90, 106), vertical(327, 90, 106),
  ]
  let layout = PageLayout.page(words: [word("工", 311, 88)], rulings: rulings)
  #expect(TableBuilder().tables(in: layout).isEmpty)
  #expect(ProseExtractor().lines(outside: [], in: layout).map(\.text) == ["工"])
}

@Test func aPageNumberInsideACellCutByThePageFootIsNotCellText() throws {
  // A browser extends a row cut by a page break to the page's foot; the footer lands in a cell.
  let layout = PageLayout.grid(
    rowsAt: [700, 720, 835], columnsAt: [50, 150, 250, 350],
    words: [word("其他", 60, 704), word("1", 260, 724), word("—2—", 260, 815), word("3", 160, 724)])
  let table = try #require(TableBuilder().tables(in: layout).first)
  #expect(table.cell(atRow: 1, column: 2)?.text == "1")
  #expect(table.cell(atRow: 1, column: 1)?.text == "3")
}

@Test func valuesShapedLikePageNumbersStayInTheirCells() throws {
  // A signed change and a bare number near the page's foot are values, not page numbers.
  let layout = PageLayout.grid(
    rowsAt: [780, 800, 835], columnsAt: [50, 150, 250, 350],
    words: [word("-8", 160, 815), word("2", 260, 815)])
  let table = try #require(TableBuilder().tables(in: layout).first)
  #expect(table.cell(atRow: 1, column: 1)?.text == "-8")
  #expect(table.cell(atRow: 1, column: 2)?.text == "2")
}
