import BatchProcessing
import Foundation
import ReportStore
import Testing

/// Tests against a real PostgreSQL server: run `export GOVREPORT_TEST_PG=$(Scripts/start-postgres)`.
@Suite(.enabled(if: TestPostgres.serverURL != nil, "GOVREPORT_TEST_PG is not set"))
struct PostgresQueueTests {
  @Test func mixedCorpusLandsInPostgresWithEveryCell() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = try MixedCorpus(folder: folder, goodCount: 3)
    let url = try TestPostgres.freshDatabase()
    let store = try await StoreLocation(parsing: url).open()
    let summary = try await BatchRunner(
      settings: corpus.settings(out: folder.file("out")), store: store
    )
    .run()
    #expect(summary.ok == 3 && summary.failed == corpus.bad.count)
    let reports = try await store.reportSummaries()
    #expect(reports.count == 3 + 1 + corpus.bad.count)
    for report in reports where corpus.good.contains(report.file) {
      #expect(report.cellCount == FixtureReport.cellCount)
    }
    for report in reports where report.status == .failed {
      #expect(report.reason?.isEmpty == false)
    }
    // Saving again replaces, never duplicates; the exported cells keep printed digits.
    let counts = try await store.rowCounts()
    let cells = try await store.exportedCells()
    #expect(cells.contains { $0.cell.row == "fees_10k_yuan" && $0.cell.value == "7730.28" })
    var forced = corpus.settings(out: folder.file("out"))
    forced.force = true
    _ = try await BatchRunner(settings: forced, store: store).run()
    #expect(try await store.rowCounts() == counts)
    try await store.close()
  }

  @Test(.timeLimit(.minutes(2)))
  func twoWorkersOnOneQueueProcessEachFileExactlyOnce() async throws {
    let executable = try #require(BuiltExecutable.govreport, "govreport is not built")
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let worker = try StubWorker.install(in: folder)
    let count = 30
    try writeSlowCorpus(in: folder, count: count, sleep: 0.1)
    let url = try TestPostgres.freshDatabase()
    var processes: [Process] = []
    for name in ["a", "b"] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = [
        "batch", folder.file("inputs"), "--out", folder.file("out-\(name)"), "--queue", url,
        "--jobs", "2", "--worker", worker, "--progress", "none",
      ]
      process.standardError = FileHandle.nullDevice
      try process.run()
      processes.append(process)
    }
    for process in processes {
      await BuiltExecutable.waitForExit(process)
      #expect(process.terminationStatus == 0)
    }
    let byWorker = ["a", "b"].map {
      Manifest(path: folder.file("out-\($0)/results.jsonl")).entries()
    }
    let processedFiles = byWorker.flatMap { $0 }.filter { $0.status != .duplicate }.map(\.file)
    #expect(processedFiles.count == count)
    #expect(Set(processedFiles).count == count)
    #expect(byWorker.allSatisfy { !$0.isEmpty }, "both workers took part")
    let store = try await StoreLocation(parsing: url).open()
    let claims = try await (store as? any WorkQueue)?.claims() ?? []
    let counts = try await store.rowCounts()
    try await store.close()
    #expect(claims.count == count)
    #expect(claims.allSatisfy { $0.state == "done" && $0.attempts == 1 })
    #expect(counts.reports == count && counts.cells == count * FixtureReport.cellCount)
  }

  @Test func anExpiredClaimOfADeadWorkerIsTakenAgain() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let worker = try StubWorker.install(in: folder)
    try writeSlowCorpus(in: folder, count: 3, sleep: 0)
    let url = try TestPostgres.freshDatabase()
    let store = try await StoreLocation(parsing: url).open()
    let queue = try #require(store as? any WorkQueue)
    let files = InputCollector.collect([folder.file("inputs")]).files
    let items = try files.map { QueueItem(id: try FileDigest.sha256(ofFileAt: $0), file: $0) }
    try await queue.enqueue(items)
    // A worker claims one file with a lease that has already run out, then dies.
    let taken = try await queue.claim(among: items.map(\.id), worker: "dead", lease: 0)
    #expect(taken != nil)
    var settings = BatchSettings(
      inputs: [folder.file("inputs")], outputDirectory: folder.file("out"), jobs: 1, worker: worker)
    settings.progress = .none
    let summary = try await BatchRunner(settings: settings, store: store, queue: queue).run()
    #expect(summary.ok == 3)
    let claims = try await queue.claims()
    #expect(claims.allSatisfy { $0.state == "done" && $0.worker != "dead" })
    #expect(claims.first { $0.id == taken }?.attempts == 2)
    try await store.close()
  }
}
