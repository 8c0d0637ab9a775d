import DocumentModel
import ReportSchema
import Testing

@testable import ReportMapping

/// Maps a table-三 grid alone and returns the report and findings.
func mapApplications(_ fixture: ApplicationTableFixture) throws -> (AnnualReport, [Finding]) {
  var findings: [Finding] = []
  let report = try ReportMapper().report(from: [fixture.grid()], layouts: [], findings: &findings)
  return (report, findings)
}

/// Expects every table-三 value of the fixture's format to be the consistent default.
func expectDefaultValues(_ report: AnnualReport, format: ReportFormat, except: Set<String> = []) {
  let columns = CanonicalSchema.applicationColumns.map(\.key)
  for row in CanonicalSchema.applicationRows(format) where !except.contains(row.key) {
    for (index, column) in columns.enumerated() {
      let expected = ApplicationTableFixture.value(row.key, index)
      #expect(
        report.application(row.key, column) == ReportNumber(expected), "\(row.key).\(column)")
    }
  }
}

@Test func fullTable2021MapsEveryCell() throws {
  let (report, findings) = try mapApplications(ApplicationTableFixture())
  #expect(report.applicationRowOrder == CanonicalSchema.applicationRows(.v2021).map(\.key))
  #expect(report.format == .v2021)
  expectDefaultValues(report, format: .v2021)
  #expect(report.cells.filter { $0.key.table == .applications }.count == 25 * 7)
  #expect(
    !findings.contains {
      $0.check.hasPrefix("mapping.row") || $0.check == "mapping.columns-by-position"
    })
  let reading = try #require(report.cells[CellKey(.applications, row: "new", column: "total")])
  #expect(reading.text == "16" && reading.page == 1 && reading.origin == .text)
}

@Test func wrappedAndSpacedLabelsStillMap() throws {
  var fixture = ApplicationTableFixture()
  fixture.labels = [
    "partially_granted": "（二）部分公开（区分处理\n的，只计这一情形，不计其\n他情形）",
    "other.no_correction": "1.申请人无正当理由逾期不补\n正、行政机关不再处理其政府\n信息公开申请",
    "other.fee_unpaid": "2.申请人逾期未按收费通知要\n求缴纳费用、行政机关不再处\n理其政府信息公开申请",
    "denied.state_secret": "1. 属于 国家秘密",
    "new": "一、本年新收政府信息\n公开申请数量",
  ]
  let (report, _) = try mapApplications(fixture)
  #expect(report.applicationRowOrder == CanonicalSchema.applicationRows(.v2021).map(\.key))
  expectDefaultValues(report, format: .v2021)
}

@Test func typosNumberingVariantsAndOCRDamageStillMap() throws {
  var fixture = ApplicationTableFixture()
  fixture.labels = [
    "denied.prohibited_by_law": "2.其他法律行政止公开",
    "denied.state_secret": "1、属于国家秘密",
    "denied.security_stability": "3．危及\"三安全一稳定\"",
    "not_processed.duplicate": "2.重夏申靖",
    "unable.needs_creation": "2.没有现戍信息需耍另行制作",
    "denied.third_party_rights": "4.保护第二方台法权益",
    "carried_forward": "四、结转下年度继续か理",
  ]
  let (report, findings) = try mapApplications(fixture)
  #expect(report.applicationRowOrder == CanonicalSchema.applicationRows(.v2021).map(\.key))
  expectDefaultValues(report, format: .v2021)
  #expect(!findings.contains { $0.check.hasPrefix("mapping.row") })
}

@Test func format2019TableGetsUnsplitOtherRow() throws {
  let (report, _) = try mapApplications(ApplicationTableFixture(format: .v2019))
  #expect(report.format == .v2019)
  #expect(report.applicationRowOrder == CanonicalSchema.applicationRows(.v2019).map(\.key))
  #expect(report.application("other.unsplit", "commercial") == ReportNumber(1))
  #expect(!report.applicationRowOrder.contains("other.other"))
  expectDefaultValues(report, format: .v2019)
}

@Test func aTableCutShortOfItsLastRowsIsNotCountedAsTheOtherRowSet() throws {
  // Stress scan 9778:5: the page holding （七）总计 and 四、结转… was not joined to table 三,
  // so 23 rows of the 2021 set were mapped, as many as the single-（六） set has. Its （六）
  // labels as OCR read them.
  var fixture = ApplicationTableFixture()
  fixture.labels = [
    "other.no_correction": "1.巾请人无正当理由逾期不补正、行收机关不再处理其收府信息公开中请",
    "other.fee_unpaid": "2.店请人逾基未按收费道知要求缴纳费用、行政机关不再处理其政府信息公开由请",
  ]
  var grid = fixture.grid()
  grid.rowCount -= 2
  grid.cells.removeAll { $0.row >= grid.rowCount }
  var findings: [Finding] = []
  let report = try ReportMapper().report(from: [grid], layouts: [], findings: &findings)
  let order = report.applicationRowOrder
  #expect(["other.no_correction", "other.fee_unpaid", "other.other"].allSatisfy(order.contains))
  #expect(!order.contains("other.unsplit"))
  #expect(report.application("other.other", "commercial") == ReportNumber(1))
}

@Test func tableSplitAcrossPagesInsideMergedGroupCell() throws {
  var fixture = ApplicationTableFixture()
  fixture.pageBreakBefore = "unable.unclear"
  let grid = fixture.grid()
  // The fixture really breaks the group cell: one piece per page.
  let pieces = grid.cells.filter { $0.column == 1 && ($0.text.hasPrefix("（四）") || $0.text == "提供") }
  #expect(pieces.count == 2)
  let (report, findings) = try mapApplications(fixture)
  #expect(report.applicationRowOrder == CanonicalSchema.applicationRows(.v2021).map(\.key))
  expectDefaultValues(report, format: .v2021)
  #expect(!findings.contains { $0.check.hasPrefix("mapping.row") })
  #expect(report.cells[CellKey(.applications, row: "unable.unclear", column: "total")]?.page == 2)
  #expect(report.cells[CellKey(.applications, row: "unable.not_held", column: "total")]?.page == 1)
}

@Test func blankTotalColumnReadsAsNull() throws {
  var fixture = ApplicationTableFixture()
  for row in CanonicalSchema.applicationRows(.v2021) { fixture.texts[row.key] = [6: ""] }
  let (report, _) = try mapApplications(fixture)
  for row in CanonicalSchema.applicationRows(.v2021) {
    #expect(report.application(row.key, "total") == nil)
    #expect(report.cells[CellKey(.applications, row: row.key, column: "total")]?.text == "")
  }
  #expect(report.application("new", "natural_person") == ReportNumber(13))
}

@Test func unreadableAndLookAlikeValuesAreFlagged() throws {
  var fixture = ApplicationTableFixture()
  fixture.origin = .ocr
  fixture.texts = ["granted": [0: "5?", 2: "O"]]
  let (report, findings) = try mapApplications(fixture)
  #expect(report.application("granted", "natural_person") == nil)
  #expect(report.application("granted", "research") == ReportNumber(0))
  let lookAlike = try #require(
    report.cells[CellKey(.applications, row: "granted", column: "research")])
  #expect(lookAlike.confidence < 0.8 && lookAlike.origin == .ocr)
  #expect(
    findings.contains {
      $0.message.hasPrefix("applications.rows.granted.natural_person: unreadable")
    })
}

@Test func twoTablesThreeUnderTheirOwnHeadersPutTheWholeReportInReview() throws {
  // A scanned compilation whose second title was not read: its pages joined the report before
  // it, whose pages then held two tables 三 (stress compilation:scan 5605:0, 145 silent cells).
  let first = ApplicationTableFixture().grid()
  let second = first.moved(toPage: 2)
  var findings: [Finding] = []
  let report = try ReportMapper().report(from: [first, second], layouts: [], findings: &findings)
  let flagged = try #require(findings.first { $0.check == "mapping.two-tables" })
  #expect(flagged.reviewCode == .ambiguous)
  #expect(flagged.cells.contains("applications.rows.new.total"))
  #expect(flagged.cells.contains("report.agency"))
  let reviewed = expectComplete(report, findings)
  #expect(reviewed.contains("applications.rows.granted.natural_person"))
  // One table 三 with its continuation (no header) is one report.
  var alone: [Finding] = []
  _ = try ReportMapper().report(from: [first], layouts: [], findings: &alone)
  #expect(!alone.contains { $0.check == "mapping.two-tables" })
}

/// The fixture's grid with every header cell of the value columns damaged beyond recognition.
func headerlessGrid() -> TableGrid {
  var grid = ApplicationTableFixture().grid()
  grid.cells = grid.cells.map { cell in
    guard cell.row > 0, cell.row < 3, cell.column >= 3 else { return cell }
    var damaged = cell
    damaged.words = cell.words.map { word in
      var w = word
      w.text = "#"
      return w
    }
    return damaged
  }
  return grid
}

/// Maps `grid` and expects the fixture's values, its columns taken by position.
func expectColumnsByPosition(_ grid: TableGrid) throws {
  var findings: [Finding] = []
  let report = try ReportMapper().report(from: [grid], layouts: [], findings: &findings)
  expectDefaultValues(report, format: .v2021)
  #expect(findings.contains { $0.check == "mapping.columns-by-position" })
}

@Test func headerlessColumnsFallBackToPosition() throws {
  try expectColumnsByPosition(headerlessGrid())
}

@Test func headerlessColumnsByPositionCountCellsNotGridColumns() throws {
  var grid = headerlessGrid()
  // Strokes of a scanned header cut 商业企业 (the second value column) in two: every cell under
  // it spans two grid columns (stress 9742:90).
  let split = 4
  try #require(split + 1 < grid.columnEdges.count)
  let middle = (grid.columnEdges[split] + grid.columnEdges[split + 1]) / 2
  grid.columnEdges.insert(middle, at: split + 1)
  grid.columnCount += 1
  grid.cells = grid.cells.map { cell in
    var moved = cell
    if cell.column > split {
      moved.column += 1
    } else if cell.column + cell.columnSpan > split {
      moved.columnSpan += 1
    }
    return moved
  }
  try expectColumnsByPosition(grid)
}

/// A table 三 as a text-alignment grid (no spans) laid out like the 包屯镇 2024 extraction
/// (`shared/examples/baotun-2024-as-extracted.txt`): 自然人 lost from the header, labels broken
/// over the three label columns, the vertical group label spread over three rows, and one long
/// label wrapped into a row of its own above the values.
@Test func streamTableWithBrokenLabelsMaps() throws {
  let labels: [(String, [String])] = [
    ("new", ["一、本年", "新收政府", "信息公开申请数量"]), ("carried_over", ["二、上年", "结转政府", "信息公开申请数量"]),
    ("granted", ["", "(一)予以", "以公开"]),
    ("partially_granted", ["", "(二)部形,不计", "分公开(区分处理的,只计这一情其他情形)"]),
    ("denied.state_secret", ["", "(三)不予公开", "1.属于国家秘密"]),
    ("denied.prohibited_by_law", ["", "", "2.其他法律行政法规禁止公开"]),
    ("denied.security_stability", ["", "", "3.危及\"三安全一稳定\""]),
    ("denied.third_party_rights", ["", "", "4.保护第三方合法权益"]),
    ("denied.internal_affairs", ["", "", "5.属于三类内部事务信息"]),
    ("denied.process_info", ["", "", "6.属于四类过程性信息"]),
    ("denied.enforcement_files", ["", "", "7.属于行政执法案卷"]),
    ("denied.admin_query", ["", "", "8.属于行政查询事项"]),
    ("unable.not_held", ["", "(四)无法提供", "1.本机关不掌握相关政府信息"]),
    ("unable.needs_creation", ["", "", "2.没有现成信息需要另行制作"]),
    ("unable.unclear", ["三、本", "", "3.补正后申请内容仍不明确"]),
    ("not_processed.petition", ["年度办", "(五)不予处理", "1.信访举报投诉类申请"]),
    ("not_processed.duplicate", ["理结果", "", "2.重复申请"]),
    ("not_processed.publication", ["", "", "3.要求提供公开出版物"]),
    ("not_processed.excessive", ["", "", "4.无正当理由大量反复申请"]),
    ("not_processed.reconfirm", ["", "", "已获取信息"]),
    ("other.no_correction", ["", "(六)其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]),
    ("other.fee_unpaid", ["", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]),
    ("other.other", ["", "", "3.其他"]), ("total", ["", "(七)总计", ""]),
    ("carried_forward", ["四、结转", "下年度继续", "办理"]),
  ]
  var fixture = GridFixture(columnWidths: [30, 60, 150] + Array(repeating: 40, count: 7))
  fixture.add("申请人情况", row: 0, column: 3)
  fixture.add("法人或其他组织", row: 1, column: 4)
  fixture.add("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", row: 2, column: 0)
  for (index, text) in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"].enumerated() {
    fixture.add(text, row: 2, column: 4 + index)
  }
  var row = 3
  for (key, parts) in labels {
    if key == "not_processed.reconfirm" {
      fixture.add("5.要求行政机关确认或重新出具", row: row, column: 2)
      row += 1
    }
    for (column, text) in parts.enumerated() where !text.isEmpty {
      fixture.add(text, row: row, column: column)
    }
    for column in 0..<7 {
      fixture.add(String(ApplicationTableFixture.value(key, column)), row: row, column: 3 + column)
    }
    row += 1
  }
  var grid = fixture.grid(rowCount: row)
  grid.method = .stream
  var findings: [Finding] = []
  let report = try ReportMapper().report(from: [grid], layouts: [], findings: &findings)
  #expect(report.applicationRowOrder == CanonicalSchema.applicationRows(.v2021).map(\.key))
  expectDefaultValues(report, format: .v2021)
  #expect(
    !findings.contains {
      $0.check.hasPrefix("mapping.row") || $0.check == "mapping.columns-by-position"
    })
}

@Test func chineseNumeralYearInTitle() throws {
  let title = try #require(TitleReader.parse("某某市统计局二〇二三年政府信息公开工作年度报告"))
  #expect(title.year == 2023 && title.agency == "某某市统计局")
}

@Test func mergedValueCellFillsOneColumnOnlyAndIsFlagged() throws {
  var grid = ApplicationTableFixture().grid()
  // Merge granted's research … other cells (row 5, columns 5…8) into one cell reading "0".
  let row = 3 + 2
  grid.cells.removeAll { $0.row == row && (6...8).contains($0.column) }
  if let index = grid.cells.firstIndex(where: { $0.row == row && $0.column == 5 }) {
    grid.cells[index].columnSpan = 4
  }
  var findings: [Finding] = []
  let report = try ReportMapper().report(from: [grid], layouts: [], findings: &findings)
  #expect(report.application("granted", "research") == ReportNumber(0))
  #expect(report.application("granted", "nonprofit") == nil)
  #expect(report.cells[CellKey(.applications, row: "granted", column: "other")] == nil)
  #expect(
    findings.contains {
      $0.message.hasPrefix("applications.rows.granted.legal_services: its cell is merged")
    })
  #expect(report.application("granted", "total") == ReportNumber(6))
}

@Test func ocrGarbledLabelsBetweenMatchedRowsMapByPosition() throws {
  var fixture = ApplicationTableFixture()
  // Page OCR of wrapped labels on a blurred 200 dpi scan (s02): nothing left of the words.
  fixture.labels = [
    "partially_granted": "E一AN人只1",
    "denied.prohibited_by_law": "从于全计生行政基帮于下",
  ]
  let (report, findings) = try mapApplications(fixture)
  #expect(report.applicationRowOrder == CanonicalSchema.applicationRows(.v2021).map(\.key))
  expectDefaultValues(report, format: .v2021)
  let positional = findings.filter { $0.check == "mapping.row-by-position" }
  #expect(positional.count == 2)
  #expect(!findings.contains { $0.check == "mapping.row-unmapped" })
}

@Test func aGarbledLastRowIsPlacedByTheTableEnd() throws {
  // Stress 9795:19: a seal's remnants over `四、结转下年度继续办理` read it `-4`. The table ends
  // after it, and one canonical row is left after （七）总计: that row, listed for review.
  var fixture = ApplicationTableFixture()
  fixture.labels = ["carried_forward": "-4"]
  let (report, findings) = try mapApplications(fixture)
  #expect(report.application("carried_forward", "total") == ReportNumber(3))
  let placed = findings.filter { $0.check == "mapping.row-by-position" }
  #expect(placed.count == 1)
  #expect(!findings.contains { $0.check == "mapping.row-unmapped" })
}

@Test func garbledLastRowsAreNotGuessedWhenTheirCountDiffers() throws {
  // Two canonical rows are left after the last matched one, and only one garbled row holds
  // values: which of the two it is is not proven.
  var fixture = ApplicationTableFixture()
  fixture.labels = ["total": "从于全计生", "carried_forward": "行政基帮于下"]
  fixture.texts = ["total": Dictionary(uniqueKeysWithValues: (0..<7).map { ($0, "") })]
  let (report, findings) = try mapApplications(fixture)
  #expect(!findings.contains { $0.check == "mapping.row-by-position" })
  #expect(findings.contains { $0.check == "mapping.row-unmapped" })
  #expect(report.application("carried_forward", "total") == nil)
}

/// A printed row of table 三 with its seven value cells (`nil` for a blank one).
private func printedRow(_ leaf: String, _ values: [String?], page: Int = 1) -> PrintedRow {
  let cells = values.enumerated().map { column, text in
    text.map { text in
      let box = Box(
        minX: Double(300 + 40 * column), minY: 100, maxX: Double(340 + 40 * column), maxY: 120)
      return TableCell(
        row: 0, column: column, page: page, box: box,
        words: [Word(text: text, box: box, origin: .ocr, confidence: 0.9)])
    }
  }
  return PrintedRow(leaf: LabelText.normalized(leaf), context: [], valueCells: cells, page: page)
}

@Test func aLabelTailBesideASpeckIsJoinedToTheRowAbove() {
  // Stress scan 9763:87: the row split by a page break, its label's tail on the next page
  // beside a speck read as `?`.
  let rows = [
    printedRow("2.申请人逾期未按收费通知要求缴", ["0", "0", "0", "0", "0", "0", "0"]),
    printedRow("纳费用、行政机关不再处理其政府信息公开申请", ["?", nil, nil, nil, nil, nil, nil], page: 2),
    printedRow("3.其他", ["0", "0", "0", "0", "0", "0", "0"], page: 2),
  ]
  let merged = PrintedRow.mergedWrappedLabels(rows, parser: ValueParser())
  #expect(merged.map(\.leaf) == [rows[0].leaf + rows[1].leaf, rows[2].leaf])
}

@Test func aNumberingReadWithoutItsMarkTakesTheLabelFromTheNextPage() {
  // Stress scan 9810:80 (150 dpi gray): rows split by page breaks, their values under a
  // numbering read `2` and `1.9` (its mark lost, a speck added), the labels' rest on the next
  // page beside specks read `+`. Each part holds no label alone; joined they do.
  let zeros: [String?] = Array(repeating: "0", count: 7)
  let specks: [String?] = [nil, "+", nil, nil, "+", nil, "?"]
  let rows = [
    printedRow("2", zeros),
    printedRow("没有现成信息需要另行制作", specks, page: 2),
    printedRow("1.9", zeros, page: 2),
    printedRow("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", specks, page: 3),
    printedRow("3", zeros, page: 3),
  ]
  let merged = PrintedRow.mergedWrappedLabels(rows, parser: ValueParser())
  #expect(
    merged.map(\.leaf) == [rows[0].leaf + rows[1].leaf, rows[2].leaf + rows[3].leaf, rows[4].leaf])
  // A label read as junk is no numbering: `（六）其他处理`, blank, keeps its own row above the
  // next page's `（七）总计` read `?` (9808:26).
  let junk = [
    printedRow("（六）其他处理", Array(repeating: nil, count: 7)),
    printedRow("?", ["200", "41", "3", nil, nil, "7", "251"], page: 2),
  ]
  #expect(PrintedRow.mergedWrappedLabels(junk, parser: ValueParser()).count == 2)
}

@Test func aGarbledRowBesideALabelTailIsPlacedByPosition() {
  // Stress scan 9763:54: `2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请`
  // read `6要求缴纳费用、行政机关` beside its values, its tail `府信息公开申请` a row of its own
  // with no values: between the matched rows above and below, one canonical row is left.
  let canonical = ApplicationTableMapper.CanonicalRow.rows(.v2021)
  let zeros: [String?] = Array(repeating: "0", count: 7)
  let rows = CanonicalSchema.applicationRows(.v2021)
  var printed = rows.map { printedRow($0.label, zeros) }
  guard let index = rows.firstIndex(where: { $0.key == "other.fee_unpaid" }) else {
    Issue.record("no fee_unpaid row")
    return
  }
  printed[index] = printedRow("6要求缴纳费用、行政机关", zeros)
  printed.insert(printedRow("府信息公开申请", Array(repeating: nil, count: 7)), at: index + 1)
  let mapper = ApplicationTableMapper(settings: MappingSettings())
  let (keys, _) = mapper.assign(printed, to: canonical)
  #expect(keys[index] == "other.fee_unpaid")
  #expect(keys[index + 1] == nil)
}

@Test func columnsTakenByPositionOnOnePageAreNotGivenToTheNext() {
  // A header alone at the foot of a page, read past recognition (text stress 9804:20, no
  // rulings): its grid's columns were a guess that took the label column for 自然人, and every
  // continuation reused it, each row's label lost. The continuation places its own columns.
  var fixture = GridFixture(columnWidths: [180] + Array(repeating: 40, count: 7))
  for (row, label) in ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”"].enumerated() {
    fixture.add(label, row: row, column: 0)
    for column in 1...7 { fixture.add(String(row + column), row: row, column: column) }
  }
  let grid = fixture.grid(rowCount: 3)
  let guessed = ApplicationColumns(
    gridColumns: Array(0..<7), firstDataRow: 0, byPosition: true,
    extents: ApplicationColumns.extents(of: Array(0..<7), in: grid))
  let columns = ApplicationColumns.locate(in: grid, inherited: guessed, settings: MappingSettings())
  #expect(columns.gridColumns == Array(1...7))
}
