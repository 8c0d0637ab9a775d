import Foundation

/// What one `govreport batch` run does.
public struct BatchSettings: Sendable {
  /// Files, folders and `@list.txt` files (see `InputCollector`).
  public var inputs: [String]
  /// Where the JSON files, `results.jsonl` and (by default) `govreport.sqlite` go.
  public var outputDirectory: String
  /// Worker processes running at once (`WorkerSlot`s).
  public var jobs: Int
  /// Seconds one document may take before its worker is killed.
  ///
  /// 120 s is about 4× the slowest scanned sample's OCR time on one core.
  public var timeout: Double = 120
  /// RLIMIT_AS of one worker in MiB; 0 for none.
  public var memoryLimitMB: Int = 1024
  /// Documents one worker process extracts before a fresh process replaces it.
  ///
  /// A worker's start (dynamic loading, the Swift runtime, poppler) costs about 10 ms, close to
  /// half of a text-layer report: a `govreport extract` loop over `Scripts/bench-batch`'s 200
  /// reports takes 22.5 ms a report, one worker 12 ms of CPU. Spread over 200 documents it is
  /// 0.05 ms each, while whatever a document leaves behind in the process lives for at most 200
  /// documents.
  public var documentsPerWorker = defaultDocumentsPerWorker
  /// Resident memory of a worker, in MiB, above which it is replaced between documents; 0 for
  /// no limit.
  ///
  /// One worker held 31 MB, flat, over `Scripts/bench-batch`'s 200 text-layer reports, and
  /// 144, 155, 167, 176 MB after the scans s02, s07, s11 and s04 (its address space ~100 MB
  /// above that): ~10 MB more a scan. At 400 MB a scan worker is replaced after some 20 scans,
  /// its address space still about half the default 1024 MB `memoryLimitMB`.
  public var recycleMemoryMB = defaultRecycleMemoryMB
  /// Redo files whose content is already done.
  public var force = false
  /// The worker executable, run as `WORKER worker` (`WorkerProtocol`); each extracts with one
  /// OCR thread, so `jobs` workers keep `jobs` cores busy.
  public var worker: String
  /// Process only this shard of the inputs.
  public var shard: ShardSpec?
  /// How progress is shown on stderr.
  public var progress: ProgressReporter.Style = .auto
  /// This process's name in the shared queue's `claims.worker`.
  public var workerName: String

  /// `documentsPerWorker`'s default, also `batch --recycle-after`'s.
  public static let defaultDocumentsPerWorker = 200
  /// `recycleMemoryMB`'s default, also `batch --recycle-memory`'s.
  public static let defaultRecycleMemoryMB = 400

  public init(inputs: [String], outputDirectory: String, jobs: Int? = nil, worker: String? = nil) {
    self.inputs = inputs
    self.outputDirectory = outputDirectory
    self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    self.worker = worker ?? WorkerLauncher.defaultWorker()
    workerName = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
  }

  /// Seconds a queue claim lasts: the time limit plus a margin, so a live worker always finishes
  /// (or is killed) before its claim can be taken by another.
  public var claimLease: Int { Int(timeout.rounded(.up)) + 60 }

  /// The manifest's path.
  public var manifestPath: String { outputDirectory + "/results.jsonl" }
}
