import Foundation
import ReportExtraction
import ReportSchema
import ReportTestSupport
import Testing

/// The committed compilations (`Samples/compilations/`): every report found, with its page range,
/// read exactly; each `<slug>.expected.json` lists the reports in page order.
struct CompilationSampleTests {
  static let folder = Repository.root.appendingPathComponent("Samples/compilations")
  static let samples: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".pdf") }.sorted()

  @Test func thereAreCompilationSamples() {
    #expect(Self.samples.count >= 2)
  }

  @Test(arguments: samples)
  func everyReportIsFoundWithItsPagesAndValues(_ name: String) throws {
    let pdf = Self.folder.appendingPathComponent(name)
    let expectedFile = pdf.deletingPathExtension().appendingPathExtension("expected.json")
    let expected = try JSONParser.parse(String(contentsOf: expectedFile, encoding: .utf8))
    let reports = try #require(expected["reports"]?.arrayValue)
    let outputs = try ReportExtractor().extractAll(pdf)
    #expect(outputs.count == reports.count)
    for (index, (want, output)) in zip(reports, outputs).enumerated() {
      let json = output.json()
      let differences = ExpectedComparison.differences(expected: want, actual: json)
      #expect(
        differences.isEmpty,
        "report \(index + 1):\n\(differences.prefix(20).joined(separator: "\n"))")
      #expect(json["source"]?["report"] == want["source"]?["report"], "report \(index + 1)")
    }
  }

  @Test func aCompilationAskedForOneReportNamesThemAll() throws {
    let name = try #require(Self.samples.first)
    let pdf = Self.folder.appendingPathComponent(name)
    do {
      _ = try ReportExtractor().extract(pdf)
      Issue.record("a compilation read as one report")
    } catch {
      #expect(error.kind == .severalReports)
      #expect(error.message.contains("holds 3 reports"))
      #expect(error.remedy?.contains("--split") == true)
    }
  }
}
