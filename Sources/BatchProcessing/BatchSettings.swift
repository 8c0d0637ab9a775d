import Foundation

/// What one `govreport batch` run does.
public struct BatchSettings: Sendable {
  /// Files, folders and `@list.txt` files (see `InputCollector`).
  public var inputs: [String]
  /// Where the JSON files, `results.jsonl` and (by default) `govreport.sqlite` go.
  public var outputDirectory: String
  /// Workers running at once.
  public var jobs: Int
  /// Seconds one worker may run before it is killed.
  ///
  /// 120 s is about 4× the slowest scanned sample's OCR time on one core.
  public var timeout: Double = 120
  /// RLIMIT_AS of one worker in MiB; 0 for none.
  public var memoryLimitMB: Int = 1024
  /// Redo files whose content is already done.
  public var force = false
  /// The worker executable, run as `WORKER extract IN -o OUT --threads 1`.
  public var worker: String
  /// Process only this shard of the inputs.
  public var shard: ShardSpec?
  /// How progress is shown on stderr.
  public var progress: ProgressReporter.Style = .auto
  /// This process's name in the shared queue's `claims.worker`.
  public var workerName: String

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
