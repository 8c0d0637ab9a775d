import Foundation
import ReportExtraction
import ReportSchema
import ReportTestSupport
import Testing

@Test func markupSamplesAreThere() {
  // A parameterized test with no arguments is skipped silently; this one fails instead.
  #expect(Samples.markup.count >= 4)
  #expect(Set(Samples.markup.map(\.input.pathExtension)) == ["html", "docx"])
}

/// Every HTML and DOCX sample: every cell, the checks and the section titles exactly; each value
/// located by table, row and column, never by a made-up page and box.
@Test(arguments: Samples.markup)
func markupSampleMatchesExpected(_ sample: SampleFile) throws {
  let expected = try Samples.expectedJSON(sample)
  let output = try ReportExtractor().extract(sample.input)
  let json = output.json()
  let differences = ExpectedComparison.differences(expected: expected, actual: json)
  #expect(differences.isEmpty, "\(sample.slug):\n\(differences.prefix(40).joined(separator: "\n"))")
  #expect(try SchemaValidator.output().violations(of: json) == [])
  #expect(output.source.kind == (sample.input.pathExtension == "docx" ? .docx : .html))
  #expect(json["source"]?["kind"] == .string(output.source.kind.rawValue))
  #expect(output.source.pages == 1 && output.source.ocrPages.isEmpty)
  if !sample.hasDefects { #expect(output.review.isEmpty, "\(output.review.prefix(5))") }
  // Every canonical cell was read from one markup cell.
  let cells = try #require(json["cells"]?.objectValue)
  #expect(cells.count == output.report.cellKeys.count)
  for (path, cell) in cells {
    #expect(cell["page"] == nil && cell["bbox"] == nil, "\(path)")
    #expect(cell["table"]?.numberLiteral != nil && cell["row"]?.numberLiteral != nil, "\(path)")
  }
}

/// Where a value was read, as the markup counts it: table 三 is the page's third `<table>` (the
/// layout table around the article is the first), its first data row is row 4 under three
/// header rows, and 自然人 is column 4 after three label columns.
@Test func markupCellsNameTheirTableRowAndColumn() throws {
  let sample = try #require(Samples.markup.first { $0.slug.hasPrefix("m01") })
  let json = try ReportExtractor().extract(sample.input).json()
  let new = try #require(json["cells"]?["applications.rows.new.natural_person"])
  #expect(new["table"] == .int(3) && new["row"] == .int(4) && new["column"] == .int(4))
  // A blank cell (&nbsp;) is located too, with empty text.
  let expected = try Samples.expectedJSON(sample)
  #expect(expected["applications"]?["rows"]?["new"]?["research"] == .null)
  let blank = try #require(json["cells"]?["applications.rows.new.research"])
  #expect(blank["text"] == .string("") && blank["column"] == .int(6))
  // Table 四's data row: the fourth row of the page's fourth table.
  let total = try #require(json["cells"]?["review_litigation.litigation_after_review.total"])
  #expect(total["table"] == .int(4) && total["row"] == .int(4) && total["column"] == .int(15))
}

@Test func markupRunsGiveByteIdenticalJSON() throws {
  for sample in Samples.markup {
    let first = try ReportExtractor().extract(sample.input).json().formatted()
    let second = try ReportExtractor().extract(sample.input).json().formatted()
    #expect(first == second, "\(sample.slug)")
  }
}

/// The real report (`../shared/real/hongze-2023`) as its portal page would publish it, written
/// by hand with the PDF's values: the same values as the PDF, and the same source defect in
/// table 四 reported as printed.
@Test(.enabled(if: Repository.hongze != nil, "needs ../shared/real/hongze-2023.expected.json"))
func hongzePortalPageGivesThePDFsValues() throws {
  let hongze = try #require(Repository.hongze)
  let output = try ReportExtractor().extract(Repository.hongzePortalPage)
  let json = output.json()
  let expected = try JSONParser.parse(try String(contentsOf: hongze.expected, encoding: .utf8))
  let differences = ExpectedComparison.differences(
    expected: expected, actual: json, includeChecks: false)
  #expect(differences.isEmpty, "\(differences.prefix(40).joined(separator: "\n"))")
  // The PDF's own extraction gives the same values cell for cell.
  let pdf = try ReportExtractor().extract(hongze.pdf).json()
  for key in ExpectedComparison.valueKeys {
    #expect(json[key] == pdf[key], "\(key)")
  }
  #expect(json["report"] == pdf["report"])
  let failedGroups = output.checks.filter { $0.rule == .groupSum && !$0.ok }.map(\.scope)
  #expect(failedGroups == ["review", "litigation_after_review"])
  #expect(output.checks.filter { $0.rule != .groupSum }.allSatisfy { $0.ok })
  #expect(Set(output.review.map(\.code)) == [.checkFailed])
}

/// `inspect` draws pages; an HTML page has none, and says so instead of drawing nothing.
@Test func inspectingMarkupIsAClearError() throws {
  let sample = try #require(Samples.markup.first)
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "govreport-inspect-\(UUID().uuidString)")
  defer { try? FileManager.default.removeItem(at: folder) }
  #expect {
    _ = try ReportInspector().inspect(sample.input, to: folder)
  } throws: { error in
    guard let error = error as? ExtractionError else { return false }
    return error.kind == .inputUnreadable && error.message.contains("no pages")
  }
}

/// LibreOffice's `soffice` on `PATH`, when installed.
let soffice: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
  .map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }

/// A Word 97–2003 file is read through LibreOffice's DOCX conversion: the DOCX sample saved as
/// .doc by LibreOffice gives the same values.
@Test(.enabled(if: soffice != nil, "needs LibreOffice (soffice)"))
func aDocFileIsReadThroughLibreOffice() throws {
  let sample = try #require(Samples.markup.first { $0.input.pathExtension == "docx" })
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "govreport-doc-\(UUID().uuidString)")
  defer { try? FileManager.default.removeItem(at: folder) }
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let process = Process()
  process.executableURL = URL(fileURLWithPath: try #require(soffice))
  process.arguments = [
    "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
    "--headless", "--convert-to", "doc", "--outdir", folder.path, sample.input.path,
  ]
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  try process.run()
  process.waitUntilExit()
  let doc = folder.appendingPathComponent(sample.slug + ".doc")
  let output = try ReportExtractor().extract(doc)
  #expect(output.source.kind == .doc)
  let differences = ExpectedComparison.differences(
    expected: try Samples.expectedJSON(sample), actual: output.json())
  #expect(differences.isEmpty, "\(differences.prefix(20).joined(separator: "\n"))")
  #expect(output.warnings.contains { $0.contains("LibreOffice") })
}
