import Foundation
import ReportExtraction
import ReportSchema
import ReportTestSupport
import Testing

/// `ReportExtractor.keepsOCREngines`, as `govreport worker` extracts: the engines loaded for one
/// document read the next, and a document read with them gets the JSON it gets alone.
@Test func keptEnginesReadADocumentAsNewOnes() throws {
  // The two altered samples with the least to OCR: a table pasted as a picture, then two
  // scanned pages, on the same engines.
  let folder = Repository.root.appendingPathComponent("Samples/altered")
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
  let picture = try #require(names.first { $0.hasPrefix("a04-") && $0.hasSuffix(".pdf") })
  let mixed = try #require(names.first { $0.hasPrefix("a05-") && $0.hasSuffix(".pdf") })
  var keeping = ReportExtractor()
  keeping.keepsOCREngines = true
  let first = try keeping.extract(folder.appendingPathComponent(picture))
  // The picture was read by OCR: the engines were loaded and used.
  try #require(first.source.pageReads.contains { $0.method != .text })
  let second = folder.appendingPathComponent(mixed)
  let kept = try keeping.extract(second).json().formattedBytes()
  let alone = try ReportExtractor().extract(second).json().formattedBytes()
  #expect(kept == alone)
}
