import BatchProcessing
import Foundation
import Testing

@Test func workerLimitsTurnHangsCrashesAndMemoryHogsIntoOutcomes() async throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let worker = try StubWorker.install(in: folder)
  // The hang gets 1 s; the others 30 s, as a start can take seconds on a busy CI machine.
  func run(_ directive: String) async throws -> WorkerOutcome {
    let launcher = WorkerLauncher(
      executable: worker, timeout: directive == "hang" ? 1 : 30, memoryLimitMB: 256)
    try folder.write(StubInput.text(directive, salt: directive), to: "\(directive).pdf")
    return await launcher.run(
      input: folder.file("\(directive).pdf"), output: folder.file("\(directive).json"),
      stderrPath: folder.file("\(directive).err"))
  }
  let hang = try await run("hang")
  #expect(hang.termination == .timedOut)
  // The limit is 1 s; a loaded 2-core CI machine may take a while to reap the killed worker.
  #expect(hang.seconds >= 1 && hang.seconds < 30)
  let crash = try await run("crash")
  #expect(crash.termination == .signaled(SIGSEGV))
  #expect(crash.stderrTail.contains("stub: crashing"))
  let hog = try await run("oom")
  #expect(hog.termination == .exited(2))  // awk: "out of memory"
  #expect(hog.ranOutOfMemory, "stderr: \(hog.stderrTail)")
  let exit4 = try await run("exit=4")
  #expect(exit4.termination == .exited(4))
  let missing = await WorkerLauncher(
    executable: "/nonexistent/worker", timeout: 1, memoryLimitMB: 0
  )
  .run(input: "x", output: folder.file("x.json"), stderrPath: folder.file("x.err"))
  #expect(missing.termination == .exited(127))
}

@Test func oneWorkerProcessServesDocumentsUntilOneCrashesIt() async throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let worker = try StubWorker.install(in: folder)
  try folder.write(FixtureReport.json(agency: "丁镇", year: 2023), to: "fixtures/good.json")
  let fixture = try Data(contentsOf: URL(fileURLWithPath: folder.file("fixtures/good.json")))
  let launcher = WorkerLauncher(executable: worker, timeout: 30, memoryLimitMB: 256)
  var process = try launcher.start(stderrPath: folder.file("worker.err"))
  for index in 0..<3 {
    try folder.write(
      StubInput.text("json=\(folder.file("fixtures/good.json"))", salt: "\(index)"),
      to: "in/good\(index).pdf")
    let output = folder.file("out\(index).json")
    let outcome = await process.extract(input: folder.file("in/good\(index).pdf"), output: output)
    #expect(outcome.termination == .exited(0) && outcome.wroteReport, "\(outcome)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == fixture)
  }
  try folder.write(StubInput.text("exit=4", salt: "n"), to: "in/notreport.pdf")
  let refused = await process.extract(
    input: folder.file("in/notreport.pdf"), output: folder.file("n.json"))
  #expect(refused.termination == .exited(4) && !refused.wroteReport)
  #expect(refused.message == "stub: exiting 4")
  #expect(refused.stderrTail == "stub: exiting 4\n")
  #expect(!process.hasEnded && process.documentsServed == 4)

  try folder.write(StubInput.text("crash", salt: "c"), to: "in/crash.pdf")
  let crash = await process.extract(
    input: folder.file("in/crash.pdf"), output: folder.file("c.json"))
  #expect(crash.termination == .signaled(SIGSEGV))
  // Only what the worker wrote while on this document.
  #expect(crash.stderrTail == "stub: crashing\n")
  #expect(crash.message.isEmpty)
  #expect(process.hasEnded)
  let served = StubWorker.served(in: folder)
  #expect(served.count == 5 && served.allSatisfy { $0.pid == Int(process.pid) })
}
