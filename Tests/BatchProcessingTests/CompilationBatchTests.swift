import BatchProcessing
import Foundation
import ReportStore
import Testing

/// A compilation in a batch: one row, one JSON and one `results.jsonl` line per report found,
/// each keyed by the file's SHA-256 and the report's number; a resumed batch redoes nothing.
@Test func aCompilationInABatchStoresEachOfItsReports() async throws {
  let worker = try #require(BuiltExecutable.govreport, "govreport is not built")
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let compilations = root.appendingPathComponent("Samples/compilations")
  let name = try #require(
    try FileManager.default.contentsOfDirectory(atPath: compilations.path)
      .filter { $0.hasSuffix(".pdf") }.sorted().first, "no Samples/compilations/*.pdf")
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  try FileManager.default.createDirectory(
    atPath: folder.file("inputs"), withIntermediateDirectories: true)
  try FileManager.default.copyItem(
    atPath: compilations.appendingPathComponent(name).path, toPath: folder.file("inputs/" + name))
  var settings = BatchSettings(
    inputs: [folder.file("inputs")], outputDirectory: folder.file("out"), jobs: 1, worker: worker)
  settings.progress = .none
  let store = try await StoreLocation.sqlite(path: folder.file("out/db.sqlite")).open()
  let summary = try await BatchRunner(settings: settings, store: store).run()
  let reports = try await store.reportSummaries()
  try await store.close()

  #expect(summary.failed == 0 && summary.ok + summary.needsReview + summary.checksFailed == 3)
  #expect(reports.count == 3)
  let sha = try #require(reports.first?.id.split(separator: "-").first.map(String.init))
  #expect(reports.map(\.id).sorted() == (1...3).map { "\(sha)-\($0)" })
  let entries = Manifest(path: folder.file("out/results.jsonl")).entries()
  #expect(entries.map(\.report) == [1, 2, 3])
  #expect(entries.allSatisfy { $0.sha256 == sha })
  let written = try FileManager.default.contentsOfDirectory(atPath: folder.file("out"))
    .filter { $0.hasSuffix(".json") }.sorted()
  let stem = String(name.dropLast(4))
  #expect(written == (1...3).map { "\(stem)-\(sha.prefix(8))-\($0).json" })

  let again = try await StoreLocation.sqlite(path: folder.file("out/db.sqlite")).open()
  let resumed = try await BatchRunner(settings: settings, store: again).run()
  try await again.close()
  #expect(resumed.skipped == 1 && resumed.ok == 0)
}
