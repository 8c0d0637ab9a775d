import ArgumentParser
import BatchProcessing
import CommandSupport
import Foundation
import ReportStore

/// `govreport batch`: many reports through isolated, long-lived worker processes; JSON +
/// manifest + database.
struct Batch: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: StoreCommands.batchAbstract,
    discussion: """
      Inputs are report files (PDF, HTML, Word), folders (searched recursively for *.pdf, *.html, \
      *.htm, *.docx, *.doc and *.wps) or @list.txt files (one path per line). Each distinct file \
      content is extracted once by one of --jobs worker processes, each with a time limit per \
      file and a memory limit; a worker is replaced after --recycle-after files, above \
      --recycle-memory, and after any file that failed, crashed or hung. Re-running skips what \
      is done. See docs/batch.md.
      Exit status: 0 every file ok; 6 the batch finished but some files failed or failed their \
      cross-checks (see results.jsonl); 7 none failed, but some need review (status needs_review); \
      1 the batch itself failed (database, output folder).
      """)

  @Argument(help: "Report files (PDF, HTML, Word), folders, or @list.txt files.")
  var inputs: [String]

  @Option(name: .customLong("out"), help: "Output folder (JSON files, results.jsonl).")
  var outputDirectory: String

  @Option(help: "Worker processes at once (default: active cores).")
  var jobs: Int?

  @Option(help: "Seconds one file may take before its worker is killed.")
  var timeout: Double = 120

  @Option(
    name: .customLong("memory-limit"), help: "Address-space limit per worker in MB (0: none).")
  var memoryLimit: Int = 1024

  @Option(
    name: .customLong("recycle-after"),
    help: "Replace each worker process with a fresh one after this many files.")
  var recycleAfter = BatchSettings.defaultDocumentsPerWorker

  @Option(
    name: .customLong("recycle-memory"),
    help: "Replace a worker whose resident memory exceeds this many MB after a file (0: never).")
  var recycleMemory = BatchSettings.defaultRecycleMemoryMB

  @Option(
    help:
      "Database: sqlite:PATH or postgres://user@host:port/db (default: sqlite:OUT/govreport.sqlite)."
  )
  var db: String?

  @Option(help: "Share the work with other machines through this PostgreSQL queue (postgres://…).")
  var queue: String?

  @Option(help: "Process only shard i of n (i/n, by SHA-256), e.g. 0/4.")
  var shard: String?

  @Flag(inversion: .prefixedNo, help: "Skip files whose content is already done.")
  var resume = true

  @Flag(help: "Redo every file, even those already done.")
  var force = false

  @Option(help: "After the batch, also export the cell table: csv (writes OUT/cells.csv).")
  var export: String?

  @Option(help: "Progress on stderr: auto, bar, lines or none.")
  var progress: String = "auto"

  @Option(
    help: ArgumentHelp(
      "The worker executable, run as `WORKER worker` (default: govreport beside this program).",
      visibility: .hidden))
  var worker: String?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if timeout <= 0 { throw ValidationError("--timeout must be positive") }
    if memoryLimit < 0 { throw ValidationError("--memory-limit must be 0 or more") }
    if recycleAfter < 1 { throw ValidationError("--recycle-after must be at least 1") }
    if recycleMemory < 0 { throw ValidationError("--recycle-memory must be 0 or more") }
    if let shard, ShardSpec(shard) == nil {
      throw ValidationError("--shard must be i/n with 0 <= i < n")
    }
    if let export, export != "csv" { throw ValidationError("--export supports only csv") }
    if ProgressReporter.Style(rawValue: progress) == nil {
      throw ValidationError("--progress must be auto, bar, lines or none")
    }
    if let queue, !(queue.hasPrefix("postgres://") || queue.hasPrefix("postgresql://")) {
      throw ValidationError("--queue must be a postgres:// URL")
    }
  }

  func run() async throws {
    var settings = BatchSettings(
      inputs: inputs, outputDirectory: outputDirectory, jobs: jobs, worker: worker)
    settings.timeout = timeout
    settings.memoryLimitMB = memoryLimit
    settings.documentsPerWorker = recycleAfter
    settings.recycleMemoryMB = recycleMemory
    settings.force = force || !resume
    settings.shard = shard.flatMap(ShardSpec.init)
    settings.progress = ProgressReporter.Style(rawValue: progress) ?? .auto
    let summary: BatchSummary
    do {
      try FileManager.default.createDirectory(
        atPath: outputDirectory, withIntermediateDirectories: true)
      let location = try StoreLocation(
        parsing: db ?? queue ?? "sqlite:\(outputDirectory)/govreport.sqlite")
      let store = try await location.open()
      var workQueue: (any WorkQueue)?
      if let queue {
        let queueLocation = try StoreLocation(parsing: queue)
        workQueue =
          queueLocation == location
          ? store as? any WorkQueue : try await queueLocation.open() as? any WorkQueue
      }
      let runner = BatchRunner(settings: settings, store: store, queue: workQueue)
      do {
        summary = try await runner.run()
        if export == "csv" {
          try ExportCSV.write(try await store.exportedCells(), to: outputDirectory + "/cells.csv")
        }
      } catch {
        try? await store.close()
        throw error
      }
      try? await store.close()
    } catch {
      printToStandardError("error: \(error)")
      throw ExitCode(1)
    }
    printToStandardError(summary.text)
    if summary.failed > 0 || summary.checksFailed > 0 || !summary.missing.isEmpty {
      throw ExitCode(6)
    }
    if summary.needsReview > 0 { throw ExitCode(7) }
  }
}
