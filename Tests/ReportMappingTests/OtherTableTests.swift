import DocumentModel
import ReportSchema
import ReportValidation
import Testing

@testable import ReportMapping

/// A four-column table 二 from rows of cell texts; a row of one text is a band spanning the row,
/// a row of two texts has its second cell spanning the three value columns.
func proactiveGrid(_ rows: [[String]], pageBreakRow: Int? = nil) -> TableGrid {
  var fixture = GridFixture(columnWidths: [120, 80, 80, 80], pageBreakRow: pageBreakRow)
  for (index, texts) in rows.enumerated() {
    switch texts.count {
    case 1: fixture.add(texts[0], row: index, column: 0, columnSpan: 4)
    case 2:
      fixture.add(texts[0], row: index, column: 0)
      fixture.add(texts[1], row: index, column: 1, columnSpan: 3)
    case 3:
      fixture.add(texts[0], row: index, column: 0)
      fixture.add(texts[1], row: index, column: 1)
      fixture.add(texts[2], row: index, column: 2, columnSpan: 2)
    default:
      for (column, text) in texts.enumerated() { fixture.add(text, row: index, column: column) }
    }
  }
  return fixture.grid(rowCount: rows.count)
}

let proactive2021Rows: [[String]] = [
  ["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"],
  ["行政规范性文件", "0", "5", "5"], ["第二十条第（五）项"], ["信息内容", "本年处理决定数量"], ["行政许可", "550"],
  ["第二十条第（六）项"], ["信息内容", "本年处理决定数量"], ["行政处罚", "4 119"], ["行政强制", "195"],
  ["第二十条第（八）项"], ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "12.345678"],
]

let proactive2019Rows: [[String]] = [
  ["第二十条第（一）项"], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], ["规章", "1", "2", "3"],
  ["规范性文件", "22（其中修订16件）", "4", "30"], ["第二十条第（五）项"],
  ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], ["行政许可", "10", "-2", "300"],
  ["其他对外管理服务事项", "5", "+1", "20"], ["第二十条第（六）项"],
  ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], ["行政处罚", "3", "0", "1,240"],
  ["行政强制", "1", "-18", "2"], ["第二十条第（八）项"], ["信息内容", "上一年项目数量", "本年增/减"],
  ["行政事业性收费", "4", "1"], ["第二十条第（九）项"], ["信息内容", "采购项目数量", "采购总金额"],
  ["政府集中采购", "5", "251000元"],
]

/// A table 四 with its three header rows and one data row.
func reviewGrid(header: Bool = true, values: [String]) -> TableGrid {
  var fixture = GridFixture(columnWidths: Array(repeating: 30, count: 15))
  let results = ["结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总\n计"]
  if header {
    fixture.add("行政复议", row: 0, column: 0, columnSpan: 5)
    fixture.add("行政诉讼", row: 0, column: 5, columnSpan: 10)
    for (index, text) in results.enumerated() {
      fixture.add(text, row: 1, column: index, rowSpan: 2)
    }
    fixture.add("未经复议直接起诉", row: 1, column: 5, columnSpan: 5)
    fixture.add("复议后起诉", row: 1, column: 10, columnSpan: 5)
    for (index, text) in (results + results).enumerated() {
      fixture.add(text, row: 2, column: 5 + index)
    }
  } else {
    fixture.add("4+用 4+用 +# 以上 +", row: 0, column: 0, columnSpan: 15)
    fixture.add("ſ", row: 1, column: 0, columnSpan: 15)
    fixture.add("", row: 2, column: 0, columnSpan: 15)
  }
  for (index, text) in values.enumerated() { fixture.add(text, row: 3, column: index) }
  return fixture.grid(rowCount: 4)
}

let hongzeReviewValues = [
  "10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0",
]

@Test func proactive2021MapsSingleValueRowsAndFees() throws {
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [proactiveGrid(proactive2021Rows)], layouts: [], findings: &findings)
  #expect(report.format == .v2021)
  let value = { (row: String, column: String?) in
    report.values[CellKey(.proactive, row: row, column: column)]
  }
  #expect(value("rules", "issued") == ReportNumber(0))
  #expect(value("normative_documents", "repealed") == ReportNumber(5))
  #expect(value("normative_documents", "in_force") == ReportNumber(5))
  #expect(value("licensing", nil) == ReportNumber(550))
  #expect(value("penalty", nil) == ReportNumber(4119))
  #expect(value("coercion", nil) == ReportNumber(195))
  #expect(value("fees_10k_yuan", nil)?.literal == "12.345678")
  #expect(
    !findings.contains { $0.check == "mapping.row-missing" && $0.message.contains("table 二") })
}

@Test func proactive2019MapsSignedAnnotatedAndUnitValues() throws {
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [proactiveGrid(proactive2019Rows)], layouts: [], findings: &findings)
  #expect(report.format == .v2019)
  let value = { (row: String, column: String?) in
    report.values[CellKey(.proactive, row: row, column: column)]
  }
  #expect(value("rules", "total_published") == ReportNumber(3))
  #expect(value("normative_documents", "new_made") == ReportNumber(22))
  #expect(
    report.cells[CellKey(.proactive, row: "normative_documents", column: "new_made")]?.text
      == "22（其中修订16件）")
  #expect(findings.contains { $0.message.hasPrefix("proactive.normative_documents.new_made:") })
  #expect(value("licensing", "change") == ReportNumber(-2))
  #expect(value("other_admin_services", "change") == ReportNumber(1))
  #expect(value("penalty", "decisions") == ReportNumber(1240))
  #expect(value("coercion", "change") == ReportNumber(-18))
  #expect(value("fees", "prev_year_items") == ReportNumber(4))
  #expect(value("fees", "change") == ReportNumber(1))
  #expect(value("procurement", "items") == ReportNumber(5))
  #expect(value("procurement", "total_amount") == ReportNumber(251000))
  #expect(report.units[CellKey(.proactive, row: "procurement", column: "total_amount")] == "元")
}

@Test func reviewTableMapsByHeaderAsPrinted() throws {
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [reviewGrid(values: hongzeReviewValues)], layouts: [], findings: &findings)
  #expect(report.reviewLitigation("review", "upheld") == ReportNumber(10))
  #expect(report.reviewLitigation("review", "corrected") == ReportNumber(1))
  #expect(report.reviewLitigation("review", "total") == ReportNumber(0))
  #expect(report.reviewLitigation("litigation_after_review", "upheld") == ReportNumber(5))
  #expect(report.reviewLitigation("litigation_direct", "total") == ReportNumber(0))
  #expect(!findings.contains { $0.check == "mapping.columns-by-position" })
}

@Test func reviewTableWithNoiseHeaderFallsBackToPosition() throws {
  var findings: [Finding] = []
  let values = (1...15).map(String.init)
  let tables = [ApplicationTableFixture().grid(), reviewGrid(header: false, values: values)]
  let report = try ReportMapper().report(from: tables, layouts: [], findings: &findings)
  #expect(report.reviewLitigation("review", "upheld") == ReportNumber(1))
  #expect(report.reviewLitigation("litigation_direct", "upheld") == ReportNumber(6))
  #expect(report.reviewLitigation("litigation_after_review", "total") == ReportNumber(15))
  #expect(findings.contains { $0.check == "mapping.columns-by-position" })
}

/// A noise-headed table 四 whose data row holds a digit OCR could not read (`?`) is still
/// table 四; a row holding a label's characters is not.
@Test func reviewTableWithAnUnreadDigitIsStillFound() throws {
  var values = (1...15).map(String.init)
  values[1] = "?"
  var findings: [Finding] = []
  let tables = [ApplicationTableFixture().grid(), reviewGrid(header: false, values: values)]
  let report = try ReportMapper().report(from: tables, layouts: [], findings: &findings)
  #expect(report.reviewLitigation("review", "upheld") == ReportNumber(1))
  #expect(report.reviewLitigation("litigation_after_review", "total") == ReportNumber(15))
  #expect(report.reviewLitigation("review", "corrected") == nil)
  values[1] = "行政"
  #expect(!ReportMapper.looksLikeReviewTable(reviewGrid(header: false, values: values)))
}

/// A table 四 whose header words and several values OCR read as noise is still told by its
/// header's shape (5 + 10 columns), and its readable values are read by position.
@Test func reviewTableIsToldByItsHeaderShapeWhenItsWordsAreNoise() throws {
  var values = (1...15).map(String.init)
  values[2] = "怠"
  values[11] = "册"
  var fixture = GridFixture(columnWidths: Array(repeating: 30, count: 15))
  fixture.add("行攻改从", row: 0, column: 0, columnSpan: 5)
  fixture.add("条所放生", row: 0, column: 5, columnSpan: 10)
  for (index, text) in values.enumerated() { fixture.add(text, row: 1, column: index) }
  let grid = fixture.grid(rowCount: 2)
  #expect(!ReportMapper.looksLikeReviewTable(grid), "the premise: its data row does not tell it")
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [ApplicationTableFixture().grid(), grid], layouts: [], findings: &findings)
  #expect(report.reviewLitigation("review", "upheld") == ReportNumber(1))
  #expect(report.reviewLitigation("review", "other") == nil)
  #expect(report.reviewLitigation("litigation_after_review", "total") == ReportNumber(15))
  #expect(findings.contains { $0.check == "mapping.columns-by-position" })
  // A 15-column grid split otherwise is not table 四 by shape.
  var other = GridFixture(columnWidths: Array(repeating: 30, count: 15))
  other.add("行攻改从", row: 0, column: 0, columnSpan: 7)
  other.add("条所放生", row: 0, column: 7, columnSpan: 8)
  #expect(!ReportMapper.hasReviewHeaderShape(other.grid(rowCount: 1)))
}

@Test func hongzeLikeMixedFormatKeepsUnsplitRowUnder2021() throws {
  var findings: [Finding] = []
  let tables = [
    proactiveGrid(proactive2021Rows), ApplicationTableFixture(format: .v2019).grid(),
    reviewGrid(values: hongzeReviewValues),
  ]
  let report = try ReportMapper().report(from: tables, layouts: [], findings: &findings)
  #expect(report.format == .v2021)
  #expect(report.applicationRowOrder.contains("other.unsplit"))
  #expect(!report.applicationRowOrder.contains("other.no_correction"))
  #expect(report.application("other.unsplit", "total") == ReportNumber(1))
  #expect(!findings.contains { $0.check == "mapping.table-not-found" })
}

@Test func unrelatedTablesAreNotAReport() {
  var fixture = GridFixture(columnWidths: [100, 100])
  fixture.add("姓名", row: 0, column: 0)
  fixture.add("电话", row: 0, column: 1)
  fixture.add("张三", row: 1, column: 0)
  fixture.add("123", row: 1, column: 1)
  var findings: [Finding] = []
  #expect(throws: MappingError.self) {
    try ReportMapper().report(from: [fixture.grid(rowCount: 2)], layouts: [], findings: &findings)
  }
}

@Test func gridHoldingTablesThreeAndFourIsCut() {
  let three = ApplicationTableFixture().grid()
  let four = reviewGrid(values: hongzeReviewValues)
  var cells = three.cells
  for cell in four.cells {
    var moved = cell
    moved.row += three.rowCount
    cells.append(moved)
  }
  let merged = TableGrid(
    rowCount: three.rowCount + four.rowCount, columnCount: 15, cells: cells, method: .lattice,
    columnEdges: [], pages: [1])
  let segments = TableSegmenter.segments(of: [merged])
  #expect(segments.map(\.kind) == [.applications, .reviewLitigation])
  #expect(segments.last?.grid.rowCount == 4)
}

@Test func valuesUnderNoLabelPutTheRowAboveInReview() throws {
  // A page break splits 行政规范性文件's row: 0 and 5 stay beside the label, the wrapped in-force
  // value goes on to the next page in a row without a label. The blank cell is not trusted.
  var rows = proactive2021Rows
  let index = try #require(rows.firstIndex { $0.first == "行政规范性文件" })
  rows[index] = ["行政规范性文件", "0", "5", ""]
  rows.insert(["", "", "", "181（其中修订2件）"], at: index + 1)
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [proactiveGrid(rows)], layouts: [], findings: &findings)
  let checks = ReportValidation.ReportChecker().checks(for: report)
  let reviewed = ReviewBuilder().review(for: report, checks: checks, findings: findings)
  #expect(
    reviewed.contains {
      $0.cell == "proactive.normative_documents.in_force" && $0.code == .rowUnmapped
    })
}

@Test func valuesAboveALabelMovedToTheNextPagePutThatRowInReview() throws {
  // The other way round: the values stay on page N under no label, the label row opens the next
  // page with blank cells (2019 format, 其他对外管理服务事项).
  var rows = proactive2019Rows
  let index = try #require(rows.firstIndex { $0.first == "其他对外管理服务事项" })
  let values = Array(rows[index].dropFirst())
  rows[index] = ["其他对外管理服务事项", "", "", ""]
  rows.insert([""] + values, at: index)
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [proactiveGrid(rows)], layouts: [], findings: &findings)
  let checks = ReportValidation.ReportChecker().checks(for: report)
  let reviewed = ReviewBuilder().review(for: report, checks: checks, findings: findings)
  #expect(
    reviewed.contains {
      $0.cell == "proactive.other_admin_services.decisions" && $0.code == .rowUnmapped
    })
}

/// Table 二 read from `rows`, with a page break before `pageBreakRow`, and its review.
private func proactiveReview(_ rows: [[String]], pageBreakRow: Int?) throws -> (
  AnnualReport, [ReviewItem]
) {
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [proactiveGrid(rows, pageBreakRow: pageBreakRow)], layouts: [], findings: &findings)
  let checks = ReportValidation.ReportChecker().checks(for: report)
  return (report, ReviewBuilder().review(for: report, checks: checks, findings: findings))
}

@Test func aRowWhoseValueTheNextPageContinuesIsJoined() throws {
  // The wrapped in-force value of 行政规范性文件 goes on to the next page, its row there has no
  // label (stress 9100:1): one row, read whole, nothing in review for it.
  var rows = proactive2021Rows
  let index = try #require(rows.firstIndex { $0.first == "行政规范性文件" })
  rows[index] = ["行政规范性文件", "0", "5", "181（其中修"]
  rows.insert(["", "", "", "订2件）"], at: index + 1)
  let (report, review) = try proactiveReview(rows, pageBreakRow: index + 1)
  let value = { report.values[CellKey(.proactive, row: "normative_documents", column: $0)] }
  #expect(value("in_force") == ReportNumber(181))
  #expect(value("issued") == ReportNumber(0))
  #expect(value("repealed") == ReportNumber(5))
  #expect(!review.contains { $0.cell.hasPrefix("proactive.normative_documents") })
}

@Test func valuesLeftAboveALabelOnTheNextPageAreJoinedToIt() throws {
  // A vertically centred label goes on to the next page, the values stay (stress 9102:87).
  var rows = proactive2019Rows
  let index = try #require(rows.firstIndex { $0.first == "其他对外管理服务事项" })
  let values = Array(rows[index].dropFirst())
  rows[index] = ["其他对外管理服务事项", "", "", ""]
  rows.insert([""] + values, at: index)
  let (report, review) = try proactiveReview(rows, pageBreakRow: index + 1)
  let value = { report.values[CellKey(.proactive, row: "other_admin_services", column: $0)] }
  #expect(value("decisions") == ReportNumber(20))
  #expect(value("change") == ReportNumber(1))
  #expect(!review.contains { $0.cell.hasPrefix("proactive.other_admin_services") })
}

@Test func twoNumbersInOneColumnAcrossAPageBreakAreNotJoined() throws {
  // Both pieces hold a whole number in the same column: two rows, one without its label.
  var rows = proactive2021Rows
  let index = try #require(rows.firstIndex { $0.first == "行政规范性文件" })
  rows.insert(["", "7", "", ""], at: index + 1)
  let (report, review) = try proactiveReview(rows, pageBreakRow: index + 1)
  #expect(
    report.values[CellKey(.proactive, row: "normative_documents", column: "issued")]
      == ReportNumber(0))
  #expect(
    review.contains {
      $0.cell == "proactive.normative_documents.issued" && $0.code == .rowUnmapped
    })
}

@Test func textThatSpoilsANumberIsNoContinuationOfIt() throws {
  // Table 二 goes on to the next page with a band row whose text fell into the value column
  // under a stray border, its label cell blank, read `?` and `第二十条第〈\\)项` (stress scan
  // 9811:60): it is no tail of 行政强制's value, which stays read.
  var rows = proactive2021Rows
  let index = try #require(rows.firstIndex { $0.first == "行政强制" })
  rows.insert(contentsOf: [["", "?"], ["", "第二十条第〈\\)项"]], at: index + 1)
  let (report, review) = try proactiveReview(rows, pageBreakRow: index + 1)
  #expect(report.values[CellKey(.proactive, row: "coercion", column: nil)] == ReportNumber(195))
  #expect(!review.contains { $0.cell == "proactive.coercion" })
}

@Test func headerFragmentsReadAsDigitsAreNotTableFoursDataRow() throws {
  // A page break inside the header left its last row's fragments above the data row, and OCR
  // read six of them as numbers (`45`, `4`; stress altered 8301:24): the data row is the one
  // with fifteen.
  let header = reviewGrid(values: Array(repeating: "", count: 15))
  var fixture = GridFixture(columnWidths: Array(repeating: 30, count: 15))
  let fragments = ["结", "45", "45", "?", "4", "帮", "45", "45", "?", "4", "?", "45", "45", "4", "?"]
  for (index, text) in fragments.enumerated() { fixture.add(text, row: 3, column: index) }
  for (index, text) in hongzeReviewValues.enumerated() { fixture.add(text, row: 4, column: index) }
  var grid = fixture.grid(rowCount: 5)
  grid.cells = header.cells.filter { $0.row < 3 } + grid.cells.filter { $0.row >= 3 }
  var findings: [Finding] = []
  let report = try ReportMapper().report(from: [grid], layouts: [], findings: &findings)
  #expect(
    report.values[CellKey(.reviewLitigation, row: "review", column: "upheld")] == ReportNumber(10))
  #expect(
    report.values[CellKey(.reviewLitigation, row: "litigation_after_review", column: "upheld")]
      == ReportNumber(5))
}

@Test func withAsManyNumbersInHeaderFragmentsTheLowerRowIsTheDataRowAndInReview() throws {
  // Zeros printed blank: the data row holds five values, and the header fragments above it,
  // read by the digits engine, five numbers too (stress scan 9774:17). The first of equals was
  // taken, and the review group's cells read blank under fragments, silently.
  let header = reviewGrid(values: Array(repeating: "", count: 15))
  var fixture = GridFixture(columnWidths: Array(repeating: 30, count: 15))
  let fragments = ["", "", "", "", "", "?", "1", "3", "45", "", "49", "?", "?", "45", ""]
  let values = ["", "1", "", "", "1", "1", "", "", "2", "3", "", "", "", "", ""]
  for (index, text) in fragments.enumerated() where !text.isEmpty {
    fixture.add(text, row: 3, column: index)
  }
  for (index, text) in values.enumerated() where !text.isEmpty {
    fixture.add(text, row: 4, column: index)
  }
  var grid = fixture.grid(rowCount: 5)
  grid.cells = header.cells.filter { $0.row < 3 } + grid.cells.filter { $0.row >= 3 }
  var findings: [Finding] = []
  let report = try ReportMapper().report(from: [grid], layouts: [], findings: &findings)
  #expect(report.reviewLitigation("review", "corrected") == ReportNumber(1))
  #expect(report.reviewLitigation("litigation_direct", "total") == ReportNumber(3))
  let reviewed = Set(findings.filter { $0.reviewCode == .ambiguous }.flatMap(\.cells))
  #expect(reviewed.contains("review_litigation.review.upheld"))
  #expect(reviewed.contains("review_litigation.litigation_after_review.total"))
}

@Test func tableFoursDataRowIsReadFromThePartThatHoldsIt() throws {
  // A page break after the header (stress scan 9763:104, a seal over it): the header part's
  // last row holds two numbers a seal's remains read as; the next page's part holds the
  // header's last row and the fifteen values.
  let header = reviewGrid(values: ["7", "", "1"] + Array(repeating: "", count: 12))
  var fixture = GridFixture(columnWidths: Array(repeating: 30, count: 15))
  let fragments = ["维持", "纪正", "结果", "审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
  for (index, text) in fragments.enumerated() { fixture.add(text, row: 0, column: index) }
  let values = (1...15).map(String.init)
  for (index, text) in values.enumerated() { fixture.add(text, row: 1, column: index) }
  let continuation = fixture.grid(rowCount: 2).moved(toPage: 2)
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [ApplicationTableFixture().grid(), header, continuation], layouts: [],
    findings: &findings)
  #expect(report.reviewLitigation("review", "upheld") == ReportNumber(1))
  #expect(report.reviewLitigation("litigation_after_review", "total") == ReportNumber(15))
}

@Test func aRepeatedHeaderWithOneCellReadAsAMarkIsNoDataRow() {
  // Stress scan 9763:16: the header printed again on each page, its `总计` read as `|`, which
  // parses as 1.
  func cell(_ text: String, _ column: Int) -> TableCell {
    TableCell(
      row: 0, column: column, page: 1,
      box: Box(minX: Double(column) * 30, minY: 0, maxX: Double(column) * 30 + 30, maxY: 20),
      words: text.isEmpty
        ? []
        : [
          Word(
            text: text,
            box: Box(minX: Double(column) * 30, minY: 0, maxX: Double(column) * 30 + 30, maxY: 20),
            origin: .ocr, confidence: 0.9)
        ])
  }
  let parser = ValueParser()
  let header = ["自然", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "|"]
  let repeated = PrintedRow(
    leaf: "", context: [], valueCells: header.enumerated().map { cell($1, $0) }, page: 2)
  #expect(repeated.isRepeatedHeader(parser: parser))
  // A data row with a column header read into one cell stays data.
  let values = ["3", "0", "1", "其他", "0", "2", "6"]
  let data = PrintedRow(
    leaf: "", context: [], valueCells: values.enumerated().map { cell($1, $0) }, page: 2)
  #expect(!data.isRepeatedHeader(parser: parser))
}

@Test func aBlankSliverLeftOfTableTwosLabelsIsNoLabelColumn() throws {
  // A frame drawn double (Chromium, stress scan 9763:109) leaves a blank 4 pt column left of the
  // labels in every row.
  var fixture = GridFixture(columnWidths: [4, 120, 80, 80, 80])
  for (index, texts) in proactive2021Rows.enumerated() {
    fixture.add("", row: index, column: 0)
    switch texts.count {
    case 1: fixture.add(texts[0], row: index, column: 1, columnSpan: 4)
    case 2:
      fixture.add(texts[0], row: index, column: 1)
      fixture.add(texts[1], row: index, column: 2, columnSpan: 3)
    default:
      for (column, text) in texts.enumerated() { fixture.add(text, row: index, column: column + 1) }
    }
  }
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [fixture.grid(rowCount: proactive2021Rows.count)], layouts: [], findings: &findings)
  #expect(report.values[CellKey(.proactive, row: "rules", column: "issued")] == ReportNumber(0))
  #expect(
    report.values[CellKey(.proactive, row: "normative_documents", column: "in_force")]
      == ReportNumber(5))
  #expect(report.values[CellKey(.proactive, row: "licensing", column: nil)] == ReportNumber(550))
  #expect(
    !findings.contains { $0.check == "mapping.row-missing" && $0.message.contains("table 二") })
}

/// A 2021 table 二 with split headers reads as 2021.
///
/// Its columns came from where the words lie: each `本年处理决定数量` header is split over two
/// columns, and the count header was lost with the prose above (stress scan 9770:56). Cell by
/// cell, the piece `理决定数量` reads as the 2019 header `处理决定数量`.
@Test func splitHeadersStillTellThe2021Format() throws {
  let split = ["信息内容", "本年处", "理决定数量", ""]
  let rows: [[String]] = [
    ["第二十条第（一）项"], ["规章", "", "", "23"], ["行政规范性文件", "4", "2", "26"], ["第二十条第（五）项"],
    split, ["行政许可", "", "", "15"], ["第二十条第（六）项"], split, ["行政处罚", "", "", "28"],
    ["行政强制", "", "", "11"], ["第二十条第（八）项"], ["信息内容", "本年收费金额", "（单位：万元）", ""],
    ["行政事业性收费", "", "", "2228.9378"],
  ]
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [proactiveGrid(rows)], layouts: [], findings: &findings)
  #expect(report.format == .v2021)
  #expect(report.values[CellKey(.proactive, row: "licensing", column: nil)] == ReportNumber(15))
  let scalars = { (texts: [String]) in texts.map { TextSimilarity.scalars(of: $0) } }
  #expect(ProactiveTableMapper.formatVotes(header: scalars(["本年处", "理决定数量"])) == (2, 0))
  // Whole headers vote as before, one vote a cell.
  #expect(
    ProactiveTableMapper.formatVotes(header: scalars(["上一年项目数量", "本年增/减", "处理决定数量"]))
      == (0, 3))
  #expect(
    ProactiveTableMapper.formatVotes(header: scalars(["本年制发件数", "本年废止件数", "现行有效件数"]))
      == (3, 0))
  // A row that reads as neither joined is voted on cell by cell: one 2019 header among junk.
  #expect(ProactiveTableMapper.formatVotes(header: scalars(["采购总金额", "口口口口口口口口"])) == (0, 1))
}

/// A title year of the other format lists that format's cells in review.
///
/// Table 二's headers decide the format; the year is a second witness, so a misread header
/// cannot leave the other format's cells in no list.
@Test func aFormatAgainstTheTitleYearListsTheOtherFormatsCells() throws {
  func findings(year: Int) throws -> (ReportFormat, [Finding]) {
    let title = GridFixture.layout(page: 1, lines: [("青山县农业农村局\(year)年政府信息公开工作年度报告", 60, 40)])
    var findings: [Finding] = []
    let report = try ReportMapper().report(
      from: [proactiveGrid(proactive2021Rows)], layouts: [title], findings: &findings)
    return (report.format, findings.filter { $0.reviewCode == .formatUncertain })
  }
  let (format, agreeing) = try findings(year: 2023)
  #expect(format == .v2021)
  #expect(agreeing.isEmpty)
  let (read, disagreeing) = try findings(year: 2020)
  #expect(read == .v2021)
  let cells = Set(disagreeing.flatMap(\.cells))
  #expect(cells.contains("proactive.licensing.prev_year_items"))
  #expect(cells.contains("proactive.procurement.total_amount"))
  #expect(!cells.contains("proactive.licensing"))
}

/// A row whose label OCR lost is placed by the matched rows around it, and its cells go to review.
///
/// `规章`, two characters, read `租党` or `mm` on scans (stress 9771): the one canonical row left
/// between the band's header and `行政规范性文件` takes its values, each listed `row-by-position`.
/// Two unreadable rows in one gap could be either: neither is placed.
@Test func aRowWithAnUnreadableLabelIsPlacedBetweenItsNeighbours() throws {
  func mapped(_ rows: [[String]]) throws -> ([CellKey: ReportNumber], [Finding]) {
    var findings: [Finding] = []
    let report = try ReportMapper().report(
      from: [proactiveGrid(rows)], layouts: [], findings: &findings)
    return (report.values, findings)
  }
  var rows = proactive2021Rows
  rows[2] = ["租党", "1", "0", "7"]
  rows[10] = ["0", "195"]
  let (values, findings) = try mapped(rows)
  #expect(values[CellKey(.proactive, row: "rules", column: "in_force")] == ReportNumber(7))
  #expect(values[CellKey(.proactive, row: "coercion", column: nil)] == ReportNumber(195))
  let placed = Set(findings.filter { $0.reviewCode == .rowByPosition }.flatMap(\.cells))
  #expect(placed.contains("proactive.rules.issued"))
  #expect(placed.contains("proactive.rules.in_force"))
  #expect(placed.contains("proactive.coercion"))
  #expect(!placed.contains("proactive.normative_documents.issued"))
  // Both rows of band (一) unreadable: the gap holds two canonical rows, so neither is placed.
  rows = proactive2021Rows
  rows[2] = ["租党", "1", "0", "7"]
  rows[3] = ["mm", "0", "5", "5"]
  let (ambiguous, doubted) = try mapped(rows)
  #expect(ambiguous[CellKey(.proactive, row: "rules", column: "in_force")] == nil)
  #expect(ambiguous[CellKey(.proactive, row: "normative_documents", column: "in_force")] == nil)
  #expect(doubted.contains { $0.reviewCode == .rowUnmapped })
}
