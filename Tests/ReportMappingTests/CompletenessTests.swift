import DocumentModel
import ReportSchema
import ReportValidation
import Testing

@testable import ReportMapping

/// The completeness promise (report-format.md §7): every canonical cell is either read from one
/// located table cell or listed in `review` — whatever the mapper made of the rows.
private func review(_ report: AnnualReport, _ findings: [Finding]) -> [ReviewItem] {
  ReviewBuilder().review(
    for: report, checks: ReportValidation.ReportChecker().checks(for: report), findings: findings)
}

/// Every canonical cell is located or reviewed; returns the reviewed paths.
@discardableResult
func expectComplete(_ report: AnnualReport, _ findings: [Finding]) -> Set<String> {
  let reviewed = Set(review(report, findings).map(\.cell))
  for key in report.cellKeys {
    #expect(report.cells[key] != nil || reviewed.contains(key.path), "\(key.path) is silent")
  }
  return reviewed
}

/// A table 三 printed as rows of (group, leaf, values), with the header of the official
/// template on top; `pageBreak` is the index of the first row printed on page 2 of one grid.
private func applicationGrid(
  _ rows: [(group: String, leaf: String, values: [String])], header: Bool = true,
  page: Int = 1
) -> TableGrid {
  var fixture = GridFixture(columnWidths: [30, 60, 150] + Array(repeating: 40, count: 7))
  var row = 0
  if header {
    fixture.addApplicationHeader()
    row = 3
  }
  for printed in rows {
    if !printed.group.isEmpty { fixture.add(printed.group, row: row, column: 1) }
    fixture.add(
      printed.leaf, row: row, column: printed.group.isEmpty ? 1 : 2,
      columnSpan: printed.group.isEmpty ? 2 : 1)
    for (column, text) in printed.values.enumerated() {
      fixture.add(text, row: row, column: 3 + column)
    }
    row += 1
  }
  var grid = fixture.grid(rowCount: row)
  grid.cells = grid.cells.map { cell in
    var moved = cell
    moved.page = page
    return moved
  }
  grid.pages = [page]
  return grid
}

/// The printed rows of the 2021 set with their canonical labels and consistent values.
private func canonicalRows() -> [(key: String, group: String, leaf: String, values: [String])] {
  CanonicalSchema.applicationRows(.v2021).map { row in
    let values = (0..<7).map { String(ApplicationTableFixture.value(row.key, $0)) }
    return (row.key, "", row.label, values)
  }
}

@Test func aRowMatchingNoKeyPutsTheCellsItCouldBelongToInReview() throws {
  var fixture = ApplicationTableFixture()
  // The last two rows' labels are beyond recognition, one of them without values, and no
  // matched row follows: which row the values belong to is not proven (one row with values
  // for two canonical rows), so they are not used, and the rows they may belong to are
  // listed, not left silently empty.
  fixture.labels = ["total": "从于全计生", "carried_forward": "行政基帮于下"]
  fixture.texts = ["total": Dictionary(uniqueKeysWithValues: (0..<7).map { ($0, "") })]
  let (report, findings) = try mapApplications(fixture)
  let items = review(report, findings)
  let doubted = items.filter { $0.code == .rowUnmapped }.map(\.cell)
  #expect(doubted.contains("applications.rows.carried_forward.total"))
  expectComplete(report, findings)
}

@Test func droppedRowsAreListedAsNotFound() throws {
  // Rows lost entirely (zeros printed blank and the row left out) cannot be noticed by any
  // cross-sum; their cells must be listed as not found.
  var rows = canonicalRows()
  rows.removeAll { ["denied.admin_query", "unable.unclear"].contains($0.key) }
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [applicationGrid(rows.map { ($0.group, $0.leaf, $0.values) })], layouts: [],
    findings: &findings)
  let items = review(report, findings)
  for key in ["denied.admin_query", "unable.unclear"] {
    #expect(
      items.contains { $0.cell == "applications.rows.\(key).total" && $0.code == .notFound },
      "\(key)")
  }
  expectComplete(report, findings)
}

@Test func mislabelledRowsAreNeverSilent() throws {
  // Every row's label swapped for a plausible but wrong neighbour's, one at a time: a value the
  // mapper puts under the wrong key must show up in review (here through the failed sums or the
  // row placed by position).
  let rows = canonicalRows()
  for index in rows.indices.dropFirst().dropLast() {
    var printed = rows.map { ($0.group, $0.leaf, $0.values) }
    printed[index].1 = "其他"
    var findings: [Finding] = []
    let report = try ReportMapper().report(
      from: [applicationGrid(printed)], layouts: [], findings: &findings)
    let reviewed = expectComplete(report, findings)
    let key = rows[index].key
    let value = report.application(key, "total")
    let expected = ReportNumber(ApplicationTableFixture.value(key, 6))
    #expect(
      value == expected || reviewed.contains("applications.rows.\(key).total"),
      "\(key): \(String(describing: value)) not in review")
  }
}

@Test func aRowSplitByAPageBreakGetsItsLabelBack() throws {
  // A browser splits the tall row: its values and the label's start stay on page 1, the rest
  // of the label goes on in a row of its own at the top of page 2 with blank value cells. The
  // tables of the two pages are not stitched (their label columns differ).
  var rows = canonicalRows()
  let split = try #require(rows.firstIndex { $0.key == "not_processed.reconfirm" })
  rows[split].values = ["4", "1", "0", "0", "0", "0", "5"]
  let first = rows[...split].map { ($0.group, $0.leaf, $0.values) }
  var firstGrid = first
  firstGrid[firstGrid.count - 1].1 = "5.要求行政机关确认或重新"
  let rest =
    [("", "出具已获取信息", Array(repeating: "", count: 7))]
    + rows[(split + 1)...].map { ($0.group, $0.leaf, $0.values) }
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [applicationGrid(firstGrid), applicationGrid(rest, header: false, page: 2)],
    layouts: [], findings: &findings)
  #expect(report.application("not_processed.reconfirm", "natural_person") == ReportNumber(4))
  #expect(report.application("not_processed.reconfirm", "total") == ReportNumber(5))
  #expect(report.applicationRowOrder == CanonicalSchema.applicationRows(.v2021).map(\.key))
  #expect(!findings.contains { $0.check.hasPrefix("mapping.row") })
}

@Test func aRowWhoseWholeLabelMovedToTheNextPageKeepsItsValues() throws {
  // The values stay on page 1 under an empty label cell (its group cell, centred in its block,
  // names no row); the whole label opens page 2 with blank value cells.
  var rows = canonicalRows()
  let split = try #require(rows.firstIndex { $0.key == "not_processed.reconfirm" })
  rows[split].values = ["4", "1", "0", "0", "0", "0", "5"]
  var first = rows[...split].map { ($0.group, $0.leaf, $0.values) }
  first[first.count - 1] = ("（五）不予处理", "", rows[split].values)
  let rest =
    [("", rows[split].leaf, Array(repeating: "", count: 7))]
    + rows[(split + 1)...].map { ($0.group, $0.leaf, $0.values) }
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [applicationGrid(first), applicationGrid(rest, header: false, page: 2)],
    layouts: [], findings: &findings)
  #expect(report.application("not_processed.reconfirm", "natural_person") == ReportNumber(4))
  #expect(report.application("not_processed.reconfirm", "total") == ReportNumber(5))
  expectComplete(report, findings)
}

@Test func groupLabelsCentredInTheirBlockDoNotNameAChildRow() throws {
  // A browser centres （五）不予处理 and the vertical 三、本年度办理结果 in their blocks: without
  // the block's rulings each lands in the group column of some child row in the middle.
  var rows = canonicalRows().map { ($0.group, $0.leaf, $0.values) }
  let keys = CanonicalSchema.applicationRows(.v2021).map(\.key)
  if let middle = keys.firstIndex(of: "not_processed.publication") {
    rows[middle].0 = "（五）不予处理"
  }
  if let middle = keys.firstIndex(of: "unable.unclear") { rows[middle].0 = "三本年度办理结果" }
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [applicationGrid(rows)], layouts: [], findings: &findings)
  expectDefaultValues(report, format: .v2021)
  #expect(!findings.contains { $0.check.hasPrefix("mapping.row") })
}

@Test func aBlankRowWithAGarbledNumberIsNotSwallowedByTheRowAbove() throws {
  // Zeros printed blank, and the row's numbering printed mid-label: it is a row of its own,
  // not the wrapped rest of the label above (the vocabulary tells them apart).
  var rows = canonicalRows()
  let index = try #require(rows.firstIndex { $0.key == "other.no_correction" })
  rows[index].values = Array(repeating: "", count: 7)
  rows[index].leaf = "逾期不补正、行政机关不再处理其政府信1.申请人无正当理由息公开申请"
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [applicationGrid(rows.map { ($0.group, $0.leaf, $0.values) })], layouts: [],
    findings: &findings)
  #expect(report.applicationRowOrder.contains("other.no_correction"))
  #expect(report.cells[CellKey(.applications, row: "other.no_correction", column: "total")] != nil)
  #expect(report.application("not_processed.reconfirm", "total") == ReportNumber(0))
  expectComplete(report, findings)
}

@Test func theOtherBlockIsRightOrInReviewHoweverItsLabelsAreDamaged() throws {
  // The （六） block decides the row set (one row or three); the cells of the set not chosen
  // are outside the format's canonical cells, so a wrong choice must put the block in review.
  let damages: [[String: String]] = [
    ["other.no_correction": "（六）其他处理", "other.fee_unpaid": "从于全计", "other.other": "下"],
    ["other.fee_unpaid": "从于全计生行政基帮于下", "other.other": "从于全计生"],
    ["other.no_correction": "", "other.fee_unpaid": "", "other.other": "3.其他"],
  ]
  for labels in damages {
    var fixture = ApplicationTableFixture()
    fixture.labels = labels
    let (report, findings) = try mapApplications(fixture)
    let reviewed = expectComplete(report, findings)
    for row in ["other.no_correction", "other.fee_unpaid", "other.other"] {
      for (index, column) in CanonicalSchema.applicationColumns.map(\.key).enumerated() {
        let path = "applications.rows.\(row).\(column)"
        let right =
          report.format == .v2021
          && report.application(row, column)
            == ReportNumber(ApplicationTableFixture.value(row, index))
        #expect(right || reviewed.contains(path), "\(labels): \(path) wrong and not in review")
      }
    }
  }
}

@Test func aBlankRowSplitByAPageBreakIsJoined() throws {
  // Zeros printed blank and the label split by the page break: both pieces have no values.
  var rows = canonicalRows()
  let index = try #require(rows.firstIndex { $0.key == "carried_over" })
  rows[index].values = Array(repeating: "", count: 7)
  var first = rows[...index].map { ($0.group, $0.leaf, $0.values) }
  first[first.count - 1].1 = "二、上年结转政府信息公开申"
  let rest =
    [("", "请数量", Array(repeating: "", count: 7))]
    + rows[(index + 1)...].map { ($0.group, $0.leaf, $0.values) }
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [applicationGrid(first), applicationGrid(rest, header: false, page: 2)], layouts: [],
    findings: &findings)
  #expect(report.cells[CellKey(.applications, row: "carried_over", column: "total")] != nil)
  #expect(!findings.contains { $0.check.hasPrefix("mapping.row") })
  expectComplete(report, findings)
}

@Test func headerTextSpilledAboveANumberLeavesTheNumber() {
  // A page break inside a spanning header cell (结果维持) leaves `果` above the value `2`.
  let words = [
    Word(text: "果", box: Box(minX: 10, minY: 10, maxX: 20, maxY: 20)),
    Word(text: "2", box: Box(minX: 12, minY: 30, maxX: 17, maxY: 40)),
  ]
  let cell = TableCell(
    row: 4, column: 2, page: 5, box: Box(minX: 5, minY: 5, maxX: 25, maxY: 45), words: words)
  var recorder = CellRecorder(parser: ValueParser(), pageOrigins: [:])
  let key = CellKey(.reviewLitigation, row: "review", column: "other")
  recorder.record(key, from: cell)
  #expect(recorder.values[key] == ReportNumber(2))
  // With a digit above, nothing is guessed: the cell stays unreadable.
  let mixed = TableCell(
    row: 4, column: 3, page: 5, box: cell.box,
    words: [Word(text: "果1", box: words[0].box), words[1]])
  let other = CellKey(.reviewLitigation, row: "review", column: "pending")
  recorder.record(other, from: mixed)
  #expect(recorder.values[other] == nil)
}

@Test func severalValuesInOneCellAreLeftNullAndInReview() {
  // A table ruled by rows only: no border between 2, 1 and 28, which joined read 2128.
  func value(_ text: String, _ x: Double) -> Word {
    Word(text: text, box: Box(minX: x, minY: 10, maxX: x + 6 * Double(text.count), maxY: 20))
  }
  let joined = TableCell(
    row: 1, column: 1, page: 2, box: Box(minX: 0, minY: 5, maxX: 400, maxY: 25),
    words: [value("2", 40), value("1", 160), value("28", 280)])
  var recorder = CellRecorder(parser: ValueParser(), pageOrigins: [:])
  let key = CellKey(.proactive, row: "rules", column: "issued")
  recorder.record(key, from: joined)
  #expect(recorder.values[key] == nil)
  #expect(recorder.findings.contains { $0.cells == [key.path] && $0.reviewCode == .ambiguous })
  // A value with its annotation (`22(其中修订16件)`) and digits a space apart stay one value.
  let annotated = TableCell(
    row: 2, column: 1, page: 2, box: joined.box,
    words: [value("22", 40), value("(其中修订", 54), value("16", 110), value("件)", 124)])
  let spaced = TableCell(
    row: 3, column: 1, page: 2, box: joined.box, words: [value("1", 40), value("234", 49)])
  let second = CellKey(.proactive, row: "normative_documents", column: "issued")
  let third = CellKey(.proactive, row: "normative_documents", column: "repealed")
  recorder.record(second, from: annotated)
  recorder.record(third, from: spaced)
  #expect(recorder.values[second] == ReportNumber(22))
  #expect(recorder.values[third] != nil)
  // Two values stacked in one cell (a row border lost): `211` over `1` is not 2111.
  let stacked = TableCell(
    row: 4, column: 1, page: 2, box: Box(minX: 0, minY: 0, maxX: 60, maxY: 60),
    words: [
      Word(text: "211", box: Box(minX: 20, minY: 10, maxX: 38, maxY: 20)),
      Word(text: "1", box: Box(minX: 26, minY: 40, maxX: 32, maxY: 50)),
    ])
  let fourth = CellKey(.proactive, row: "normative_documents", column: "in_force")
  recorder.record(fourth, from: stacked)
  #expect(recorder.values[fourth] == nil)
  #expect(recorder.findings.contains { $0.cells == [fourth.path] && $0.reviewCode == .ambiguous })
}

@Test func aNumberWrappedInItsNarrowColumnIsOneValue() {
  // Word wraps a number too wide for its column (text stress 9787:134, 9788:9): `2187` printed
  // as `218` over `7`, beside one-line values; a lost row border stacks most of the row.
  func cell(_ column: Int, _ lines: [String]) -> TableCell {
    let words = lines.enumerated().map { index, text in
      Word(
        text: text,
        box: Box(
          minX: Double(column) * 40 + 5, minY: 10 + Double(index) * 14,
          maxX: Double(column) * 40 + 5 + 6 * Double(text.count), maxY: 20 + Double(index) * 14))
    }
    return TableCell(
      row: 3, column: column, page: 3,
      box: Box(minX: Double(column) * 40, minY: 5, maxX: Double(column) * 40 + 40, maxY: 40),
      words: words)
  }
  let wrapped = cell(0, ["218", "7"])
  let row = [wrapped, cell(1, ["261"]), cell(2, ["0"]), cell(3, ["15"]), cell(4, ["261", "2"])]
  var recorder = CellRecorder(parser: ValueParser(), pageOrigins: [:])
  let key = CellKey(.applications, row: "new", column: "natural_person")
  recorder.record(key, from: wrapped, row: row)
  #expect(recorder.values[key] == ReportNumber(2187))
  #expect(!recorder.findings.contains { $0.cells == [key.path] })
  // Without the row, or in a row whose values are mostly two lines, it is two values.
  let alone = CellKey(.applications, row: "new", column: "commercial")
  recorder.record(alone, from: cell(5, ["218", "7"]))
  #expect(recorder.values[alone] == nil)
  let stackedRow = [
    cell(0, ["211", "1"]), cell(1, ["3", "4"]), cell(2, ["5", "0"]), cell(3, ["6"]),
  ]
  let lost = CellKey(.applications, row: "new", column: "research")
  recorder.record(lost, from: stackedRow[0], row: stackedRow)
  #expect(recorder.values[lost] == nil)
  #expect(recorder.findings.contains { $0.cells == [lost.path] && $0.reviewCode == .ambiguous })
}

@Test func aGroupPieceBesideAnEmptyLeafCellDoesNotNameTheRow() throws {
  // The page break cuts the （六）其他处理 group cell: on page 1 its piece sits beside the first
  // row's values in an empty leaf cell; the row's label opens page 2. （六）其他处理 is also the
  // single row of the 2019 set, so only the empty leaf cell tells it is not this row's label.
  var rows = canonicalRows()
  let index = try #require(rows.firstIndex { $0.key == "other.no_correction" })
  rows[index].values = ["63", "8", "2", "2", "0", "3", "78"]
  var first = rows[..<index].map { ($0.group, $0.leaf, $0.values) }
  first.append(("（六）其他处理", "", rows[index].values))
  let rest =
    [("", rows[index].leaf, Array(repeating: "", count: 7))]
    + rows[(index + 1)...].map { ($0.group, $0.leaf, $0.values) }
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [applicationGrid(first), applicationGrid(rest, header: false, page: 2)], layouts: [],
    findings: &findings)
  #expect(report.format == .v2021)
  #expect(report.application("other.no_correction", "natural_person") == ReportNumber(63))
  #expect(report.application("other.no_correction", "total") == ReportNumber(78))
  expectComplete(report, findings)
}

@Test func aRowSplitAfterItsNumberingGetsItsLabelBack() throws {
  // Only `2．` stayed beside the values on page 1; `重复申请` opens page 2 with blank cells.
  var rows = canonicalRows()
  let index = try #require(rows.firstIndex { $0.key == "not_processed.duplicate" })
  rows[index].values = ["6", "1", "0", "0", "0", "0", "7"]
  var first = rows[...index].map { ($0.group, $0.leaf, $0.values) }
  first[first.count - 1].1 = "2．"
  let rest =
    [("", "重复申请", Array(repeating: "", count: 7))]
    + rows[(index + 1)...].map { ($0.group, $0.leaf, $0.values) }
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [applicationGrid(first), applicationGrid(rest, header: false, page: 2)], layouts: [],
    findings: &findings)
  #expect(report.application("not_processed.duplicate", "total") == ReportNumber(7))
  #expect(!findings.contains { $0.check.hasPrefix("mapping.row") })
}

@Test func withoutTableThreeBothReadingsOfItsOtherBlockAreInReview() throws {
  // Table 三 lost (a bilevel scan whose borders vanished, stress 9701:78): nothing says whether
  // its （六）其他处理 block is one row or three, so the cells of both are listed.
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [reviewGrid(values: Array(repeating: "0", count: 15))], layouts: [],
    findings: &findings)
  let reviewed = expectComplete(report, findings)
  for row in ["other.unsplit", "other.no_correction", "other.fee_unpaid", "other.other"] {
    #expect(reviewed.contains("applications.rows.\(row).total"), "\(row)")
  }
}

@Test func aBlankCellInAPictureOfATextPageWasReadByOCR() {
  // A table pasted as a picture (PageLayout.ocrRegions): its blank cell may be a digit OCR
  // missed, so it is an OCR reading; a blank cell elsewhere on the page is the text layer's.
  let picture = Box(minX: 50, minY: 100, maxX: 500, maxY: 400)
  var recorder = CellRecorder(
    parser: ValueParser(), pageOrigins: [2: .text], ocrRegions: [2: [picture]])
  let inside = CellKey(.applications, row: "new", column: "research")
  let outside = CellKey(.reviewLitigation, row: "review", column: "other")
  recorder.record(
    inside,
    from: TableCell(
      row: 3, column: 5, page: 2, box: Box(minX: 300, minY: 200, maxX: 340, maxY: 220),
      words: []))
  recorder.record(
    outside,
    from: TableCell(
      row: 2, column: 3, page: 2, box: Box(minX: 300, minY: 500, maxX: 340, maxY: 520),
      words: []))
  #expect(recorder.cells[inside]?.origin == .ocr)
  #expect(recorder.cells[outside]?.origin == .text)
}

@Test func aRowWithACellTooSmallToHoldADigitIsInReview() {
  // A stray ruling (a seal's stroke) cut table 四's data row: two cells came out 3.2 pt tall and
  // blank where `0` was printed (scan stress 9704:4). The row's other values may be misplaced
  // too; a row below with cells of a usual size is not doubted.
  var recorder = CellRecorder(parser: ValueParser(), pageOrigins: [3: .ocr])
  let sliver = CellKey(.reviewLitigation, row: "review", column: "upheld")
  let beside = CellKey(.reviewLitigation, row: "review", column: "corrected")
  let below = CellKey(.applications, row: "new", column: "total")
  recorder.record(
    sliver,
    from: TableCell(
      row: 2, column: 0, page: 3, box: Box(minX: 62.4, minY: 656.8, maxX: 92.8, maxY: 660),
      words: []))
  recorder.record(
    beside,
    from: TableCell(
      row: 2, column: 1, page: 3, box: Box(minX: 92.8, minY: 656.8, maxX: 125.4, maxY: 690.5),
      words: [Word(text: "4", box: Box(minX: 105, minY: 668, maxX: 110, maxY: 678))]))
  recorder.record(
    below,
    from: TableCell(
      row: 3, column: 1, page: 3, box: Box(minX: 92.8, minY: 690.5, maxX: 125.4, maxY: 720),
      words: []))
  #expect(recorder.findings.isEmpty)
  recorder.doubtRowsWithSlivers()
  let doubted = recorder.findings.filter { $0.reviewCode == .doubtfulReading }.flatMap(\.cells)
  #expect(Set(doubted) == [sliver.path, beside.path])
}

@Test func aScannedReportWhoseTablesWereLostIsReturnedForReview() throws {
  // A bilevel 150 dpi scan broke every table beyond reading (stress 9706:7); its title and
  // headings read. From OCR it is a report with every cell in review; from a text layer, whose
  // tables cannot vanish that way, it is no report.
  let printed = GridFixture.layout(
    page: 1,
    lines: [
      ("长宁县发展和改革委员会2021年政府信息公开工作年度报告", 60, 40), ("一、总体情况", 60, 80),
      ("二、主动公开政府信息情况", 60, 300), ("三、收到和处理政府信息公开申请情况", 60, 500),
      ("四、政府信息公开行政复议、行政诉讼情况", 60, 700),
    ])
  let scanned = GridFixture.ocr(printed)
  var findings: [Finding] = []
  #expect(throws: MappingError.self) {
    try ReportMapper().report(from: [], layouts: [printed], findings: &findings)
  }
  findings = []
  let report = try ReportMapper().report(from: [], layouts: [scanned], findings: &findings)
  #expect(report.agency == "长宁县发展和改革委员会")
  #expect(findings.contains { $0.check == "table.not-found" })
  let reviewed = expectComplete(report, findings)
  #expect(reviewed.contains("applications.rows.new.total"))
  #expect(reviewed.contains("review_litigation.review.total"))
}

@Test func aScannedReportWithOneHeadingAndUnreadableGridsIsReturnedForReview() throws {
  // Stress 9744:17 (100 dpi, uneven light): the title read, one heading of six, and five grids
  // none of which reads as a report table. Without grids, one heading is not enough.
  let scanned = GridFixture.ocr(
    GridFixture.layout(
      page: 1,
      lines: [("西山县商务局2022年政府信息公开工作年度报告", 60, 40), ("二、主动公开政府信息情况", 60, 300)]))
  func junk(at top: Double) -> TableGrid {
    var cells: [TableCell] = []
    for row in 0..<2 {
      for column in 0..<2 {
        let left = 60 + 200 * Double(column)
        let upper = top + 20 * Double(row)
        let word = Word(
          text: "钢_行",
          box: Box(minX: left + 20, minY: upper + 4, maxX: left + 60, maxY: upper + 14),
          origin: .ocr, confidence: 0.1)
        cells.append(
          TableCell(
            row: row, column: column, page: 1,
            box: Box(minX: left, minY: upper, maxX: left + 200, maxY: upper + 20), words: [word]))
      }
    }
    return TableGrid(
      rowCount: 2, columnCount: 2, cells: cells, method: .lattice, columnEdges: [60, 260, 460],
      pages: [1])
  }
  var findings: [Finding] = []
  #expect(throws: MappingError.self) {
    try ReportMapper().report(from: [junk(at: 400)], layouts: [scanned], findings: &findings)
  }
  findings = []
  let report = try ReportMapper().report(
    from: [junk(at: 400), junk(at: 600)], layouts: [scanned], findings: &findings)
  #expect(findings.contains { $0.check == "table.not-found" })
  let reviewed = expectComplete(report, findings)
  #expect(reviewed.contains("applications.rows.new.total"))
}

@Test func aBlankCellOfATableWithoutRulingsIsInReview() {
  // A scan whose borders vanished is read as a stream table, its columns guessed from where its
  // values lie: two cells of table 四 read blank where `0` was printed (stress 9710:9). A blank
  // cell of a ruled table is a reading; of an unruled one, only a guess.
  let unruled = TableCell(
    row: 3, column: 4, page: 4, box: Box(minX: 213, minY: 391, maxX: 235, maxY: 400), words: [])
  let ruled = TableCell(
    row: 3, column: 5, page: 4, box: Box(minX: 235, minY: 391, maxX: 264, maxY: 400), words: [])
  var recorder = CellRecorder(
    parser: ValueParser(), pageOrigins: [4: .ocr], unruledCells: [CellRecorder.PrintedCell(unruled)]
  )
  let guessed = CellKey(.reviewLitigation, row: "litigation_after_review", column: "upheld")
  let read = CellKey(.reviewLitigation, row: "litigation_after_review", column: "corrected")
  recorder.record(guessed, from: unruled)
  recorder.record(read, from: ruled)
  let doubted = recorder.findings.filter { $0.reviewCode == .doubtfulReading }.flatMap(\.cells)
  #expect(doubted == [guessed.path])
}
