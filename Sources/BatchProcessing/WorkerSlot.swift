import Foundation

/// One of the batch's `--jobs` places: runs documents one at a time through a long-lived worker
/// process, and replaces the process when it must go.
///
/// A fresh process is started for the first document and after the process
/// - ended (a crash, the time limit, the memory limit),
/// - extracted a document that failed, so nothing a failure left behind in the process meets
///   another document,
/// - served `BatchSettings.documentsPerWorker` documents, or
/// - holds more than `BatchSettings.recycleMemoryMB` of resident memory.
///
/// A document that crashed or ran out of memory in a process that had served other documents is
/// tried once more in a fresh one, and the second outcome stands: its result is then what a
/// fresh `govreport extract` would have given, whatever earlier documents left behind (the
/// address space that `--memory-limit` caps grows over a process's life).
struct WorkerSlot: Sendable {
  let launcher: WorkerLauncher
  let documentsPerWorker: Int
  let recycleMemoryMB: Int
  /// The folder the workers' stderr files go to.
  let stderrFolder: String
  private var worker: WorkerProcess?

  init(settings: BatchSettings, stderrFolder: String) {
    launcher = WorkerLauncher(
      executable: settings.worker, timeout: settings.timeout,
      memoryLimitMB: settings.memoryLimitMB)
    documentsPerWorker = max(1, settings.documentsPerWorker)
    recycleMemoryMB = settings.recycleMemoryMB
    self.stderrFolder = stderrFolder
  }

  /// Extracts one document; see the type's comment for when the process is replaced.
  mutating func extract(input: String, output: String) async -> WorkerOutcome {
    if var current = worker, current.endedBetweenDocuments() {
      worker = current
      await retire()
    }
    let servedBefore = worker?.documentsServed ?? 0
    let outcome = await extractOnce(input: input, output: output)
    let crashed: Bool
    if case .signaled = outcome.termination { crashed = true } else { crashed = false }
    if servedBefore > 0 && (crashed || outcome.ranOutOfMemory) && !Task.isCancelled {
      return await extractOnce(input: input, output: output)
    }
    return outcome
  }

  /// Ends the current process, if any, and removes its stderr file.
  mutating func retire() async {
    guard var current = worker else { return }
    await current.stop()
    try? FileManager.default.removeItem(atPath: current.stderrPath)
    worker = nil
  }

  private mutating func extractOnce(input: String, output: String) async -> WorkerOutcome {
    var current: WorkerProcess
    if let worker {
      current = worker
    } else {
      do {
        current = try launcher.start(
          stderrPath: "\(stderrFolder)/worker-\(UUID().uuidString).stderr")
      } catch {
        return WorkerOutcome(termination: .notStarted(error.code), seconds: 0, stderrTail: "")
      }
    }
    let outcome = await current.extract(input: input, output: output)
    worker = current
    if current.hasEnded || !outcome.wroteReport || current.documentsServed >= documentsPerWorker
      || (recycleMemoryMB > 0 && (current.residentMegabytes ?? 0) > Double(recycleMemoryMB))
    {
      await retire()
    }
    return outcome
  }
}
