import BatchProcessing
import Foundation
import ReportStore
import Testing

/// Writes `count` good stub inputs (each sleeping `sleep` s in the worker) under `folder/inputs`.
func writeSlowCorpus(in folder: TemporaryFolder, count: Int, sleep: Double) throws {
  let fixture = folder.file("fixtures/good.json")
  try folder.write(FixtureReport.json(agency: "丁镇", year: 2023), to: "fixtures/good.json")
  for index in 0..<count {
    try folder.write(
      StubInput.text("json=\(fixture)", salt: "slow\(index)", sleep: sleep),
      to: "inputs/r\(String(format: "%03d", index)).pdf")
  }
}

@Test(.timeLimit(.minutes(2)))
func killedBatchResumesWithNothingLostOrDuplicated() async throws {
  let executable = try #require(BuiltExecutable.govreport, "govreport is not built")
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let worker = try StubWorker.install(in: folder)
  let count = 40
  // 40 × 0.5 s over 2 jobs: ~10 s, long enough to be killed mid-way even on a loaded machine.
  try writeSlowCorpus(in: folder, count: count, sleep: 0.5)
  let out = folder.file("out")
  let arguments = [
    "batch", folder.file("inputs"), "--out", out, "--jobs", "2", "--worker", worker,
    "--progress", "none", "--timeout", "10",
  ]
  let first = Process()
  first.executableURL = URL(fileURLWithPath: executable)
  first.arguments = arguments
  first.standardError = FileHandle.nullDevice
  try first.run()
  let manifest = Manifest(path: out + "/results.jsonl")
  // Watched from a thread of its own: the test runner's small cooperative pool can be busy with
  // other tests (the CLI tests block it while their commands run) for longer than the batch takes.
  let pid = first.processIdentifier
  await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
    Thread.detachNewThread {
      let deadline = Date().addingTimeInterval(60)
      while manifest.entries().count < 8 && Date() < deadline { usleep(20_000) }
      kill(pid, SIGKILL)
      continuation.resume()
    }
  }
  await BuiltExecutable.waitForExit(first)
  #expect(first.terminationReason == .uncaughtSignal)
  let doneBeforeKill = manifest.entries().count
  #expect(doneBeforeKill > 0 && doneBeforeKill < count)

  let resumed = try await BuiltExecutable.run(executable, arguments)
  #expect(resumed.status == 0, "\(resumed.stderr)")
  // Files whose line was written before the kill are skipped; at most the ones in flight redone.
  let skipped = resumed.stderr.firstMatch(of: /(\d+) already done/).flatMap { Int($0.1) }
  #expect(skipped == doneBeforeKill, "\(resumed.stderr)")

  let entries = manifest.entries()
  #expect(entries.count == count, "manifest lines: \(entries.count)")
  #expect(Set(entries.map(\.file)).count == count)
  let store = try await StoreLocation.sqlite(path: out + "/govreport.sqlite").open()
  let counts = try await store.rowCounts()
  let reports = try await store.reportSummaries()
  try await store.close()
  #expect(counts.reports == count)
  #expect(counts.cells == count * FixtureReport.cellCount)
  #expect(counts.sections == count * 2 && counts.checks == count)
  #expect(reports.allSatisfy { $0.status == .ok })
  let outputs = try FileManager.default.contentsOfDirectory(atPath: out).filter {
    $0.hasSuffix(".json")
  }
  #expect(outputs.count == count)
}
