import DocumentModel
import Foundation
import ReportSchema
import ReportTestSupport
import Testing

/// `ExtractionOutput(json:)` is the inverse of `json()`.
@Suite struct DecodingTests {
  @Test(arguments: [Fixtures.cleanSample, Fixtures.defectSample])
  func extractedOutputRoundTripsByteForByte(_ sample: URL) throws {
    let output = try Fixtures.output(sample)
    let text = output.json().formatted()
    let decoded = try ExtractionOutput(json: try JSONParser.parse(text))
    #expect(decoded.json().formatted() == text)
    #expect(decoded.report.values == output.report.values)
    // Boxes are written rounded to 0.01 pt; everything else comes back exactly.
    #expect(Set(decoded.report.cells.keys) == Set(output.report.cells.keys))
    for (key, reading) in output.report.cells {
      let back = try #require(decoded.report.cells[key])
      #expect(
        back.text == reading.text && back.origin == reading.origin && back.page == reading.page)
      #expect(
        abs(back.box.minX - reading.box.minX) <= 0.005
          && abs(back.box.maxY - reading.box.maxY) <= 0.005)
    }
    #expect(decoded.review == output.review)
    #expect(decoded.checks.map(\.ok) == output.checks.map(\.ok))
  }

  @Test func realReportRoundTrips() throws {
    guard let hongze = Repository.hongze else { return }  // ../shared absent: nothing to check
    let text = try Fixtures.output(hongze.pdf).json().formatted()
    #expect(try ExtractionOutput(json: try JSONParser.parse(text)).json().formatted() == text)
  }

  @Test func howEachPageWasReadRoundTrips() throws {
    var output = try Fixtures.output(Fixtures.cleanSample)
    #expect(output.source.pageReads.map(\.method).allSatisfy { $0 == .text })
    #expect(output.source.pageReads.map(\.page) == Array(1...output.source.pages))
    output.source.pageReads = [
      PageReading(page: 1, method: .text, reason: nil),
      PageReading(page: 2, method: .textAndOCR, reason: .imageRegion),
      PageReading(page: 3, method: .ocr, reason: .noText, turn: 90),
    ]
    let json = output.json()
    #expect(try SchemaValidator.output().violations(of: json) == [])
    #expect(
      json["source"]?["page_reads"]?.arrayValue?[1]
        == .object([
          "page": .int(2), "read": .string("text+ocr"), "reason": .string("image-region"),
          "turned": .int(0),
        ]))
    let decoded = try ExtractionOutput(json: json)
    #expect(decoded.source.pageReads == output.source.pageReads)
    let unknown = json.setting(
      ["source", "page_reads"],
      to: .array([
        .object([
          "page": .int(1), "read": .string("ocr"), "reason": .string("because"),
          "turned": .int(0),
        ])
      ]))
    #expect(throws: ExtractionOutput.DecodingFailure.self) { try ExtractionOutput(json: unknown) }
  }

  @Test func problemsNameTheirPath() throws {
    let json = try Fixtures.output(Fixtures.cleanSample).json()
    let exponent = json.setting(["applications", "rows", "new", "total"], to: .number("1e3"))
    #expect(throws: ExtractionOutput.DecodingFailure.self) { try ExtractionOutput(json: exponent) }
    do {
      _ = try ExtractionOutput(json: exponent)
    } catch let failure as ExtractionOutput.DecodingFailure {
      #expect(failure.path == "$.applications.rows.new.total")
    }
    let unknownCell = json.setting(
      ["cells", "applications.rows.nonsense.total"],
      to: json["cells"]?["applications.rows.new.total"] ?? .null)
    #expect(throws: ExtractionOutput.DecodingFailure.self) {
      try ExtractionOutput(json: unknownCell)
    }
    let noSource = json.setting(["source"], to: .null)
    #expect(throws: ExtractionOutput.DecodingFailure.self) { try ExtractionOutput(json: noSource) }
  }
}
