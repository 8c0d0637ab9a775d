import DocumentModel
import Foundation
import ReportSchema
import Testing

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

@Test func committedSchemaFileMatchesTheEmbeddedSchema() throws {
  let file = repositoryRoot.appendingPathComponent("schema/govreport-output.schema.json")
  let committed = try String(contentsOf: file, encoding: .utf8)
  #expect(
    committed == OutputSchema.text + "\n",
    "regenerate with `govreport schema > schema/govreport-output.schema.json`")
}

@Test func anEmptyReportOutputValidatesAndABrokenOneDoesNot() throws {
  let validator = try SchemaValidator.output()
  for format in ReportFormat.allCases {
    var report = AnnualReport(format: format)
    let key = CellKey(.applications, row: "new", column: "total")
    report.values[key] = ReportNumber(21)
    report.cells[key] = CellReading(
      page: 3, box: Box(minX: 1, minY: 2, maxX: 3.456, maxY: 4), text: "21", confidence: 1,
      origin: .text)
    let output = ExtractionOutput(
      source: SourceInfo(
        file: "a.pdf", sha256: String(repeating: "ab", count: 32), pages: 5, producer: nil,
        textPages: [1],
        ocrPages: []),
      report: report, checks: [],
      review: [ReviewItem(cell: key.path, code: .notFound, reason: "x")], warnings: [])
    let json = output.json()
    #expect(validator.violations(of: json) == [], "format \(format.rawValue)")
    #expect(
      json["cells"]?["applications.rows.new.total"]?["bbox"]
        == .array([.number("1"), .number("2"), .number("3.46"), .number("4")]))
    guard case .object(var members) = json else { Issue.record("not an object"); return }
    members["report"] = .object(["title": .null])
    members["surprise"] = .bool(true)
    let problems = validator.violations(of: .object(members))
    #expect(problems.contains { $0.contains("unexpected key \"surprise\"") })
    #expect(problems.contains { $0.contains("missing required key \"agency\"") })
  }
}
