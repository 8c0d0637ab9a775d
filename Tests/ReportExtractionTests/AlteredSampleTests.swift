import DocumentModel
import Foundation
import ReportExtraction
import ReportSchema
import ReportTestSupport
import Testing

/// The committed altered text layers (`Samples/altered/`, issue #13): one PDF of each stress form
/// (`Scripts/stress --kind altered:FORM`), each read exactly, and each page read the way its form
/// calls for (`source.page_reads`).
///
/// Every sample is three pages or fewer of OCR: the forms that distrust the whole text layer read
/// every page by OCR, and CI runs on 2 cores.
struct AlteredSampleTests {
  static let folder = Repository.root.appendingPathComponent("Samples/altered")
  static let samples: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".pdf") }.sorted()

  /// The stress forms, as the samples' names spell them after `aNN-`.
  static let forms = [
    "lying-tounicode", "no-tounicode", "outlines", "table-picture", "mixed", "rotated",
    "cover-appendix",
  ]

  @Test func thereIsASampleOfEveryForm() {
    for form in Self.forms {
      #expect(Self.samples.contains { Self.form(of: $0) == form }, "no Samples/altered/*\(form)*")
    }
  }

  /// The form a sample shows: its name less `aNN-`, up to the producer.
  static func form(of name: String) -> String? {
    let rest = name.drop { $0 != "-" }.dropFirst()
    return forms.filter { rest.hasPrefix($0 + "-") }.max { $0.count < $1.count }
  }

  @Test(arguments: samples)
  func everyCellIsReadAndEveryPageAsItsFormCallsFor(_ name: String) throws {
    let pdf = Self.folder.appendingPathComponent(name)
    let form = try #require(Self.form(of: name), "\(name): no form in the name")
    let expectedFile = pdf.deletingPathExtension().appendingPathExtension("expected.json")
    let expected = try JSONParser.parse(String(contentsOf: expectedFile, encoding: .utf8))
    // Two threads, as `govreport extract` reads on a 2-core machine.
    let output = try ReportExtractor(threads: 2).extract(pdf)
    let json = output.json()
    #expect(try SchemaValidator.output().violations(of: json) == [])

    // Every value, the agency, year, format and checks; the OCR'd section titles may differ by
    // a character, as Scripts/stress reports but does not require.
    let differences = ExpectedComparison.differences(expected: expected, actual: json)
      .filter { !$0.hasPrefix("sections:") }
    #expect(differences.isEmpty, "\(name):\n\(differences.prefix(20).joined(separator: "\n"))")
    let (wrong, total) = ExpectedComparison.cellMismatches(expected: expected, actual: json)
    #expect(total > 100 && wrong.isEmpty, "\(name): \(wrong.count)/\(total) cells wrong: \(wrong)")
    if !Self.ocrForms.contains(form) {
      // Section titles read from the text layer: those too.
      let sections = ExpectedComparison.differences(expected: expected, actual: json)
      #expect(sections.isEmpty, "\(name): \(sections)")
    }

    let reads = output.source.pageReads
    #expect(reads.map(\.page) == Array(1...output.source.pages), "\(name): one entry per page")
    let how = Set(reads.map { "\($0.method.rawValue) \($0.reason?.rawValue ?? "-")" })
    switch form {
    case "lying-tounicode": #expect(how == ["ocr not-a-report-text"], "\(name): \(how)")
    case "no-tounicode": #expect(how == ["ocr garbled-text"], "\(name): \(how)")
    case "outlines": #expect(how == ["ocr outlines"], "\(name): \(how)")
    case "table-picture": #expect(how == ["text -", "text+ocr image-region"], "\(name): \(how)")
    case "mixed": #expect(how == ["text -", "ocr no-text"], "\(name): \(how)")
    default: #expect(how == ["text -"], "\(name): \(how)")
    }
    #expect(reads.allSatisfy { $0.turn == 0 }, "\(name): a page read turned")
    #expect(output.source.ocrPages == reads.filter { $0.method == .ocr }.map(\.page))
  }

  /// The forms whose pages (some or all) are read by OCR whole, so that section titles may
  /// differ; a table picture holds no section title.
  static let ocrForms: Set<String> = [
    "lying-tounicode", "no-tounicode", "outlines", "mixed",
  ]
}
