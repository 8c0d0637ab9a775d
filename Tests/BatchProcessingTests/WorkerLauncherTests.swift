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
