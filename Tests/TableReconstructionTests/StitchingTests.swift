import DocumentModel
import Testing

@testable import TableReconstruction

/// The end of table 三 on page 1: a label cell （四）无 in column 0 cut by the page break, no bottom line.
private func pageOneTable() throws -> TableGrid {
  let rulings = [
    horizontal(700, 0, 300), horizontal(730, 0, 300), horizontal(760, 100, 300),
    vertical(0, 700, 800), vertical(100, 700, 800), vertical(200, 700, 800),
    vertical(300, 700, 800),
  ]
  let words = [word("（二）", 10, 705), word("（四）无", 10, 770), word("5", 150, 775)]
  return try #require(
    TableBuilder().tables(in: .page(words: words, rulings: rulings, number: 1)).first)
}

/// The continuation on page 2: the rest of the label （法提供） and one more row, no top line.
private func pageTwoLayout(columnsShiftedBy s: Double = 0, middleEdge: Double = 200) -> PageLayout {
  let rulings = [
    horizontal(80, 100 + s, 300 + s), horizontal(110, s, 300 + s), horizontal(140, s, 300 + s),
    vertical(s, 50, 140), vertical(100 + s, 50, 140), vertical(middleEdge + s, 50, 140),
    vertical(300 + s, 50, 140),
  ]
  let words = [word("法提供", 10, 70), word("6", 150, 55), word("（五）", 10, 115)]
  return .page(words: words, rulings: rulings, number: 2)
}

@Test func aTableBrokenByAPageBreakJoinsKeepingTheLabelAsTwoCells() throws {
  let first = try pageOneTable()
  let second = try #require(TableBuilder().tables(in: pageTwoLayout()).first)
  #expect(first.rowCount == 3 && second.rowCount == 3)
  let stitched = TableStitcher().stitched([first, second])
  let table = try #require(stitched.first)
  #expect(stitched.count == 1)
  #expect(table.pages == [1, 2])
  #expect(table.rowCount == 6 && table.columnCount == 3)
  expectCoversGridOnce(table)
  let head = try #require(table.cell(atRow: 1, column: 0))
  let tail = try #require(table.cell(atRow: 3, column: 0))
  #expect(head.text == "（四）无" && head.page == 1 && head.rowSpan == 2)
  #expect(tail.text == "法提供" && tail.page == 2 && tail.row == 3 && tail.rowSpan == 2)
  #expect(table.cell(atRow: 5, column: 0)?.text == "（五）")
  #expect(table.cell(atRow: 3, column: 1)?.text == "6")
  #expect(table.cell(atRow: 3, column: 1)?.box.minY == 50)
}

@Test func tablesWithOtherColumnsOrNotAtThePageBoundaryStayApart() throws {
  let first = try pageOneTable()
  let other = try #require(TableBuilder().tables(in: pageTwoLayout(middleEdge: 150)).first)
  #expect(TableStitcher().stitched([first, other]).count == 2)
  // A page with other margins shifts every edge alike: the width shares still match.
  let shifted = try #require(TableBuilder().tables(in: pageTwoLayout(columnsShiftedBy: 20)).first)
  #expect(TableStitcher().stitched([first, shifted]).count == 1)
  // Same columns, but page 2 holds another table above it: the continuation must come first.
  let second = try #require(TableBuilder().tables(in: pageTwoLayout()).first)
  var above = second
  above.columnEdges = [0, 500]
  #expect(TableStitcher().stitched([first, above, second]).count == 3)
  // Same columns, but not on consecutive pages.
  var later = second
  later.pages = [3]
  #expect(TableStitcher().stitched([first, later]).count == 2)
}

@Test func aContinuationMissingTheLabelColumnsEdgesMapsOntoTheFullColumns() throws {
  // Page 1: columns 0 | 40 | 100 | 200 | 300 | 400. Page 2 holds only 四、结转下年度继续办理,
  // whose label spans the two label columns, so the edge at 40 is missing there.
  let full = PageLayout.grid(
    rowsAt: [600, 630, 660], columnsAt: [0, 40, 100, 200, 300, 400], words: [], page: 1)
  let rest = PageLayout.grid(
    rowsAt: [50, 80], columnsAt: [0, 100.5, 200, 299, 400],
    words: [word("四、结转", 5, 55), word("7", 150, 55)], page: 2)
  let first = try #require(TableBuilder().tables(in: full).first)
  let second = try #require(TableBuilder().tables(in: rest).first)
  let table = try #require(TableStitcher().stitched([first, second]).first)
  #expect(table.columnCount == 5 && table.rowCount == 3)
  #expect(table.pages == [1, 2])
  expectCoversGridOnce(table)
  let label = try #require(table.cell(atRow: 2, column: 1))
  #expect(label.column == 0 && label.columnSpan == 2 && label.text == "四、结转")
  #expect(table.cell(atRow: 2, column: 2)?.text == "7")
}

/// Table 二's start (4 columns) at the foot of page 1 and its 2-column bands at the top of page 2.
private func bandTables(heading: String?, footer: String = "-1-", footerY: Double = 810) throws
  -> (TableGrid, TableGrid, [PageLayout])
{
  let start = PageLayout.page(
    words: [word("规章", 60, 705), word(footer, 280, footerY)],
    rulings: [
      horizontal(700, 50, 550), horizontal(720, 50, 550), horizontal(740, 50, 550),
      vertical(50, 700, 740), vertical(200, 700, 740), vertical(320, 700, 740),
      vertical(430, 700, 740), vertical(550, 700, 740),
    ], number: 1)
  let bandWords = [word("行政处罚", 60, 105)] + (heading.map { [word($0, 50, 60)] } ?? [])
  let bands = PageLayout.page(
    words: bandWords,
    rulings: [
      horizontal(100, 50, 550), horizontal(120, 50, 550), horizontal(140, 50, 550),
      vertical(50, 100, 140), vertical(200, 100, 140), vertical(550, 100, 140),
    ], number: 2)
  let first = try #require(TableBuilder().tables(in: start).first)
  let second = try #require(TableBuilder().tables(in: bands).first)
  return (first, second, [start, bands])
}

@Test func withLayoutsOneMatchingInnerEdgeJoinsWhenOnlyAPageNumberIntervenes() throws {
  let (first, second, layouts) = try bandTables(heading: nil)
  #expect(TableStitcher().stitched([first, second]).count == 2)
  let joined = TableStitcher().stitched([first, second], layouts: layouts)
  let table = try #require(joined.first)
  #expect(joined.count == 1)
  #expect(table.columnCount == 4 && table.rowCount == 4)
  let band = try #require(table.cell(atRow: 2, column: 3))
  #expect(band.column == 1 && band.columnSpan == 3 && band.page == 2)
  #expect(table.cell(atRow: 2, column: 0)?.text == "行政处罚")
  expectCoversGridOnce(table)
}

@Test func aFooterWithAMisreadCharacterInTheMarginStillLetsTheTableJoin() throws {
  // OCR read `第1页` as `第1贞` (stress 9754:83): still a page number in the bottom margin.
  let (first, second, layouts) = try bandTables(heading: nil, footer: "第1贞")
  #expect(TableStitcher().stitched([first, second], layouts: layouts).count == 1)
  // The same text above the margin is text under the table, which ends it.
  let (above, next, pages) = try bandTables(heading: nil, footer: "第1贞", footerY: 750)
  #expect(TableStitcher().stitched([above, next], layouts: pages).count == 2)
}

@Test func aHeadingAboveTheNextPagesTableStartsANewTable() throws {
  let (first, second, layouts) = try bandTables(heading: "三、收到和处理政府信息公开申请情况")
  #expect(TableStitcher().stitched([first, second], layouts: layouts).count == 2)
}

@Test func aStreamContinuationWithBlankColumnsTakesTheColumnsOfItsHeader() throws {
  // Table 三 without rulings, zeros printed as blanks (text stress 9804:1): under the header on
  // page 1 four columns, on page 2 the 商业 column is blank in every row, so its stream table
  // has three; it joins page 1's table with each value in its header's column.
  let pageOne: [Word] = [
    word("自然人", 200, 700), word("商业", 260, 700), word("总计", 320, 700),
    word("一、本年新收", 40, 720), word("3", 210, 720), word("1", 270, 720), word("4", 330, 720),
    word("二、上年结转", 40, 740), word("5", 210, 740), word("6", 270, 740), word("11", 330, 740),
  ]
  let pageTwo: [Word] = [
    word("（一）予以公开", 40, 60), word("7", 210, 60), word("7", 330, 60),
    word("（二）部分公开", 40, 80), word("2", 210, 80), word("2", 330, 80),
    word("四、结转", 40, 100), word("1", 210, 100), word("1", 330, 100),
  ]
  let first = try #require(
    TableBuilder().tables(in: .page(words: pageOne, rulings: [], number: 1)).first)
  let second = try #require(
    TableBuilder().tables(in: .page(words: pageTwo, rulings: [], number: 2)).first)
  #expect(first.columnCount == 4 && second.columnCount == 3)
  let stitched = TableStitcher().stitched([first, second])
  let table = try #require(stitched.first)
  #expect(stitched.count == 1 && table.pages == [1, 2])
  expectCoversGridOnce(table)
  #expect(table.cells(inRow: table.rowCount - 1).map(\.text) == ["四、结转", "1", "", "1"])
}

@Test func aStreamTableOfMoreColumnsOnTheNextPageIsNoContinuation() throws {
  // Table 三's last rows, then table 四's one row of many values at the top of the next page.
  let pageOne: [Word] = [
    word("一、本年新收", 40, 720), word("3", 210, 720), word("1", 270, 720), word("4", 330, 720),
    word("二、上年结转", 40, 740), word("5", 210, 740), word("6", 270, 740), word("11", 330, 740),
  ]
  let pageTwo = (0..<15).map { word("\($0 % 4)", 40 + 32 * Double($0), 60) }
  let first = try #require(
    TableBuilder().tables(in: .page(words: pageOne, rulings: [], number: 1)).first)
  let second = try #require(
    TableBuilder().tables(in: .page(words: pageTwo, rulings: [], number: 2)).first)
  #expect(TableStitcher().stitched([first, second]).count == 2)
}

/// A one-row lattice table on `page` with the given column edges, one word per cell.
private func grid(edges: [Double], page: Int) -> TableGrid {
  let cells = (0..<(edges.count - 1)).map { column in
    TableCell(
      row: 0, column: column, page: page,
      box: Box(minX: edges[column], minY: 100, maxX: edges[column + 1], maxY: 130),
      words: [word("\(column)", edges[column] + 5, 105)])
  }
  return TableGrid(
    rowCount: 1, columnCount: edges.count - 1, cells: cells, method: .lattice,
    columnEdges: edges, pages: [page])
}

@Test func aContinuationThatLostItsLeftBorderJoinsOnItsOtherEdges() throws {
  // Stress 9773:15 (150 dpi): table 三's left border vanished on one page, so that part began
  // at its second column's edge; every edge it has is an edge of the part before.
  let full: [Double] = [60, 80, 150, 280, 320, 360, 400, 440, 480, 520, 560]
  let first = grid(edges: full, page: 2)
  let lost = grid(edges: Array(full.dropFirst()).map { $0 + 1 }, page: 3)
  let stitched = TableStitcher().stitched([first, lost])
  let table = try #require(stitched.first)
  #expect(stitched.count == 1)
  #expect(table.columnCount == 10 && table.pages == [2, 3])
  // The continuation's first cell lies in the second column.
  #expect(table.cells.filter { $0.page == 3 }.map(\.column) == Array(1...9))
  // Too few edges to tell, or one edge that is none of the other's: two tables.
  let short = grid(edges: [320, 360, 400, 440, 480], page: 3)
  #expect(TableStitcher().stitched([first, short]).count == 2)
  var moved = full.dropFirst().map { $0 }
  moved[3] += 10
  #expect(TableStitcher().stitched([first, grid(edges: moved, page: 3)]).count == 2)
}

@Test func partsThatEachLostSomeEdgesJoinWhereTheirEdgesNest() throws {
  // Stress 9778:5 (150 dpi bilevel): one part of table 三 lost its two left borders, the next
  // has no edge between the group and leaf labels (its rows span both) but kept its left border.
  let values: [Double] = [176, 214, 253, 292, 330, 368, 406, 445]
  let upper = grid(edges: [83, 123] + values, page: 7)
  let lower = grid(edges: [48, 83] + values.map { $0 + 1 }, page: 8)
  let stitched = TableStitcher().stitched([upper, lower])
  let table = try #require(stitched.first)
  #expect(stitched.count == 1)
  #expect(table.columnEdges.count == 11 && table.pages == [7, 8])
  // The lower part's cells keep their own columns: its first cell lies left of the upper's.
  #expect(table.cells.filter { $0.page == 8 }.map(\.column) == [0, 1] + Array(3...9))
  #expect(table.cells.filter { $0.page == 7 }.map(\.column) == Array(1...9))
  // An edge of the part with fewer of them that the other lacks, inside the shared width:
  // two tables.
  var moved = values
  moved[2] += 15
  #expect(TableStitcher().stitched([upper, grid(edges: [48, 83] + moved, page: 8)]).count == 2)
}

/// A stream table of one row on `page`: each word in the column its centre lies in.
private func streamRow(_ words: [Word], edges: [Double], page: Int) -> TableGrid {
  let cells = (0..<(edges.count - 1)).map { column in
    TableCell(
      row: 0, column: column, page: page,
      box: Box(minX: edges[column], minY: 100, maxX: edges[column + 1], maxY: 130),
      words: words.filter { $0.box.midX >= edges[column] && $0.box.midX < edges[column + 1] })
  }
  return TableGrid(
    rowCount: 1, columnCount: edges.count - 1, cells: cells, method: .stream,
    columnEdges: edges, pages: [page])
}

@Test func joinedStreamPartsPlaceTheirWordsInTheJoinedColumns() throws {
  // Scan 9811:17, borders lost: table 三's two rows at the foot of page 2 made a stream table
  // whose label column took the first value column (`2817`); page 3's twenty rows keep the two
  // apart. Joined, `2817` stands in its own column.
  let values = ["0", "66", "88", "0", "0", "2971"]
  let upper = streamRow(
    [word("一、本年新收", 45, 110), word("2817", 205, 110)]
      + values.enumerated().map { word($1, 260 + 53 * Double($0), 110) },
    edges: [42, 243, 290, 343, 396, 447, 495, 534], page: 2)
  let lower = streamRow(
    [word("（一）予以公开", 67, 110), word("1475", 204, 110)]
      + values.enumerated().map { word($1, 260 + 53 * Double($0), 110) },
    edges: [62, 198, 242, 289, 342, 395, 446, 495, 534], page: 3)
  let stitched = TableStitcher().stitched([upper, lower])
  let table = try #require(stitched.first)
  #expect(stitched.count == 1)
  let first = table.cells(inRow: 0).map(\.text)
  #expect(
    first.contains("2817") && !first.contains { $0.contains("一、本年新收") && $0.contains("2817") })
  #expect(
    table.cells(inRow: 0).first { $0.text == "2817" }?.column
      == table.cells(inRow: 1).first { $0.text == "1475" }?.column)
}
