import BatchProcessing
import Foundation
import ReportStore
import Testing

/// Good stub inputs `names` (each copying its own fixture report) under `folder/inputs`.
private func writeGoodInputs(_ names: [String], in folder: TemporaryFolder) throws {
  for (index, name) in names.enumerated() {
    let fixture = "fixtures/\(name).json"
    try folder.write(FixtureReport.json(agency: "戊乡", year: 2000 + index), to: fixture)
    try folder.write(
      StubInput.text("json=\(folder.file(fixture))", salt: name), to: "inputs/\(name).pdf")
  }
}

/// The JSON files in a batch's output folder, by name.
private func outputs(in folder: String) throws -> [String: Data] {
  var result: [String: Data] = [:]
  for name in try FileManager.default.contentsOfDirectory(atPath: folder)
  where name.hasSuffix(".json") {
    result[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
  }
  return result
}

@Test func aWorkerCrashingMidBatchFailsOnlyItsDocument() async throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let worker = try StubWorker.install(in: folder)
  let good = ["a0", "a1", "a2", "c0", "c1", "c2"]
  try writeGoodInputs(good, in: folder)
  try folder.write(StubInput.text("crash", salt: "b"), to: "inputs/b-crash.pdf")
  // One slot, so one process serves a0–a2 in file order before the crash, and c0–c2 are queued.
  var settings = BatchSettings(
    inputs: [folder.file("inputs")], outputDirectory: folder.file("out"), jobs: 1, worker: worker)
  settings.progress = .none
  let store = try await StoreLocation.sqlite(path: folder.file("out/db.sqlite")).open()
  let summary = try await BatchRunner(settings: settings, store: store).run()
  let reports = try await store.reportSummaries()
  try await store.close()

  #expect(summary.ok == good.count && summary.failed == 1)
  let crash = folder.file("inputs/b-crash.pdf")
  let failed = try #require(reports.first { $0.file == crash })
  #expect(failed.status == .failed)
  #expect(failed.reason == "crashed: signal 11 (SIGSEGV): stub: crashing", "\(failed.reason ?? "")")
  for name in good {
    let report = try #require(reports.first { $0.file == folder.file("inputs/\(name).pdf") })
    #expect(report.status == .ok && report.cellCount == FixtureReport.cellCount, "\(name)")
  }
  let entries = Manifest(path: folder.file("out/results.jsonl")).entries()
  #expect(entries.count == good.count + 1)
  #expect(entries.first { $0.file == crash }?.status == .failed)
  let written = try outputs(in: folder.file("out"))
  #expect(written.count == good.count)
  for (name, data) in written {
    let stem = String(name.prefix(2))
    #expect(
      data == (try Data(contentsOf: URL(fileURLWithPath: folder.file("fixtures/\(stem).json")))))
  }
  // The crash hit a process that had served a0–a2; the file was tried once more in a fresh
  // process (it crashed again), and another fresh process served c0–c2.
  let served = StubWorker.served(in: folder)
  #expect(
    served.map { ($0.input as NSString).lastPathComponent } == [
      "a0.pdf", "a1.pdf", "a2.pdf", "b-crash.pdf", "b-crash.pdf", "c0.pdf", "c1.pdf", "c2.pdf",
    ])
  let pids = served.map(\.pid)
  #expect(Set(pids[0...3]).count == 1)
  #expect(pids[4] != pids[3] && pids[5] != pids[4] && Set(pids[5...]).count == 1)
}

@Test func recycledWorkersGiveTheSameResults() async throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let worker = try StubWorker.install(in: folder)
  let names = ["r0", "r1", "r2", "r3", "r4"]
  try writeGoodInputs(names, in: folder)
  try folder.write(
    FixtureReport.json(agency: "乙县", year: 2023, failingCheck: true), to: "fixtures/x.fail.json")
  try folder.write(
    StubInput.text("json=\(folder.file("fixtures/x.fail.json"))", salt: "x"), to: "inputs/x.pdf")
  try folder.write(StubInput.text("exit=4", salt: "n"), to: "inputs/notreport.pdf")
  let fileCount = names.count + 2

  /// Runs the batch into `out`; returns its summary, row counts and the pids that served it.
  func run(_ out: String, configure: (inout BatchSettings) -> Void) async throws -> (
    BatchSummary, StoreRowCounts, [Int]
  ) {
    try? FileManager.default.removeItem(atPath: folder.file("served.log"))
    var settings = BatchSettings(
      inputs: [folder.file("inputs")], outputDirectory: folder.file(out), jobs: 1, worker: worker)
    settings.progress = .none
    configure(&settings)
    let store = try await StoreLocation.sqlite(path: folder.file("\(out)/db.sqlite")).open()
    let summary = try await BatchRunner(settings: settings, store: store).run()
    let counts = try await store.rowCounts()
    try await store.close()
    return (summary, counts, StubWorker.served(in: folder).map(\.pid))
  }

  let (plain, plainCounts, plainPIDs) = try await run("plain") { _ in }
  let (everyTwo, everyTwoCounts, everyTwoPIDs) = try await run("every-two") {
    $0.documentsPerWorker = 2
  }
  // A stub worker (dash) holds more than 1 MiB, so each file gets a fresh process.
  let (bigRSS, bigRSSCounts, bigRSSPIDs) = try await run("big-rss") { $0.recycleMemoryMB = 1 }

  #expect(plain.ok == names.count && plain.checksFailed == 1 && plain.failed == 1)
  #expect(plainCounts.reports == fileCount)
  // Without recycling, one process serves every file up to the failed one (notreport.pdf, the
  // 1st in file order), then a fresh one serves the rest: two in all.
  #expect(Set(plainPIDs).count == 2 && plainPIDs.count == fileCount)
  // After two files each: ⌈7 / 2⌉ = 4 processes, except that notreport.pdf (1st) retires its
  // process after one file: 1 + ⌈6 / 2⌉ = 4.
  #expect(Set(everyTwoPIDs).count == 4 && everyTwoPIDs.count == fileCount)
  #expect(Set(bigRSSPIDs).count == fileCount)
  for (summary, counts) in [(everyTwo, everyTwoCounts), (bigRSS, bigRSSCounts)] {
    #expect(summary.ok == plain.ok && summary.checksFailed == 1 && summary.failed == 1)
    #expect(counts == plainCounts)
  }
  let expected = try outputs(in: folder.file("plain"))
  #expect(expected.count == names.count + 1)
  #expect(try outputs(in: folder.file("every-two")) == expected)
  #expect(try outputs(in: folder.file("big-rss")) == expected)
  let reasons = Manifest(path: folder.file("every-two/results.jsonl")).entries()
    .filter { $0.status == .failed }.compactMap(\.reason)
  #expect(reasons == ["not a report: no table matched the schema (exit 4): stub: exiting 4"])
}
