import Foundation
import ReportExtraction
import ReportSchema
import ReportTestSupport
import Testing

@Test func samplesFolderIsNotEmpty() {
  // A parameterized test with no arguments is skipped silently; this one fails instead.
  #expect(Samples.textLayer.count >= 6)
}

/// Every sample's expected JSON parses; `Samples.all` keeps one that does not, so this fails.
@Test(arguments: Samples.all)
func expectedJSONParses(_ sample: SampleFile) throws {
  _ = try Samples.expectedJSON(sample)
}

/// Every text-layer sample: exact equality of every cell, the checks and the section titles.
@Test(arguments: Samples.textLayer)
func textLayerSampleMatchesExpected(_ sample: SampleFile) throws {
  let expected = try Samples.expectedJSON(sample)
  let output = try ReportExtractor().extract(sample.pdf)
  let json = output.json()
  let differences = ExpectedComparison.differences(expected: expected, actual: json)
  #expect(differences.isEmpty, "\(sample.slug):\n\(differences.prefix(40).joined(separator: "\n"))")
  let violations = try SchemaValidator.output().violations(of: json)
  #expect(violations == [])
  #expect(output.source.ocrPages.isEmpty)
  // Every failed check's cells are in review; a consistent sample has nothing to review.
  let reviewed = Set(output.review.map(\.cell))
  for check in output.checks where !check.ok {
    #expect(
      check.cells.allSatisfy { reviewed.contains($0.path) }, "\(check.rule.rawValue) \(check.scope)"
    )
  }
  if !sample.hasDefects { #expect(output.review.isEmpty, "\(output.review.prefix(5))") }
}

@Test func twoRunsGiveByteIdenticalJSON() throws {
  let sample = try #require(Samples.textLayer.last)
  let first = try ReportExtractor().extract(sample.pdf).json().formatted()
  let second = try ReportExtractor().extract(sample.pdf).json().formatted()
  #expect(first == second)
}

/// `source.sha256` is the file's SHA-256, as coreutils' `sha256sum` computes it.
@Test func sourceHashIsTheFilesSHA256() throws {
  let sample = try #require(Samples.textLayer.first)
  let output = try ReportExtractor().extract(sample.pdf)
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
  process.arguments = [sample.pdf.path]
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  #expect(output.source.sha256 == String(printed.prefix(64)))
  #expect(output.source.sha256.count == 64)
}

/// The real published report (`../shared/real`), when present: every value, and the source's own
/// inconsistency in table 四 reported as printed.
@Test(.enabled(if: Repository.hongze != nil, "needs ../shared/real/hongze-2023.pdf"))
func realHongzeReportMatchesItsHandReadValues() throws {
  let hongze = try #require(Repository.hongze)
  let output = try ReportExtractor().extract(hongze.pdf)
  let json = output.json()
  let expected = try JSONParser.parse(try String(contentsOf: hongze.expected, encoding: .utf8))
  let differences = ExpectedComparison.differences(
    expected: expected, actual: json, includeChecks: false)
  #expect(differences.isEmpty, "\(differences.prefix(40).joined(separator: "\n"))")
  let failedGroups = output.checks.filter { $0.rule == .groupSum && !$0.ok }.map(\.scope)
  #expect(failedGroups == ["review", "litigation_after_review"])
  let reviewed = Set(output.review.map(\.cell))
  #expect(reviewed.contains("review_litigation.review.upheld"))
  #expect(reviewed.contains("review_litigation.review.total"))
  #expect(reviewed.contains("review_litigation.litigation_after_review.total"))
  let otherChecks = output.checks.filter { $0.rule != .groupSum }
  #expect(otherChecks.allSatisfy { $0.ok })
}

/// Rulings from the page drawing (the default) and from a 72 dpi render give the same JSON but for
/// cell boxes (a render places a border up to half a pixel off), so the render fallback (rotated
/// pages, tables drawn as pictures) stays as good as the fast path.
///
/// The samples cover the template's Word-style borders, reportlab's strokes and a one-row band
/// whose short borders a page break cut off (r02).
@Test(
  arguments: Samples.textLayer.filter {
    ["t01", "t07", "r02", "r06"].contains(String($0.slug.prefix(3)))
  })
func renderedRulingsGiveTheSameJSONAsTheDrawing(_ sample: SampleFile) throws {
  func withoutBoxes(_ value: JSONValue) -> JSONValue {
    switch value {
    case .object(let members):
      return .object(members.filter { $0.key != "bbox" }.mapValues(withoutBoxes))
    case .array(let elements):
      return .array(elements.map(withoutBoxes))
    default:
      return value
    }
  }
  var settings = ExtractionSettings()
  settings.rulingSource = .render
  let rendered = withoutBoxes(try ReportExtractor(settings: settings).extract(sample.pdf).json())
  let drawn = withoutBoxes(try ReportExtractor().extract(sample.pdf).json())
  #expect(rendered.formatted() == drawn.formatted())
}
