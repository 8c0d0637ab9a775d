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
  #expect(!findings.contains { $0.check.hasPrefix("mapping.row") || $0.check == "mapping.columns-by-position" })
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
  let lookAlike = try #require(report.cells[CellKey(.applications, row: "granted", column: "research")])
  #expect(lookAlike.confidence < 0.8 && lookAlike.origin == .ocr)
  #expect(findings.contains { $0.message.hasPrefix("applications.rows.granted.natural_person: unreadable") })
}

@Test func headerlessColumnsFallBackToPosition() throws {
  var grid = ApplicationTableFixture().grid()
  // Damage every header cell of the value columns beyond recognition.
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
  var findings: [Finding] = []
  let report = try ReportMapper().report(from: [grid], layouts: [], findings: &findings)
  expectDefaultValues(report, format: .v2021)
  #expect(findings.contains { $0.check == "mapping.columns-by-position" })
}
