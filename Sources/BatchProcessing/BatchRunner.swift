import Foundation
import ReportSchema
import ReportStore

/// Runs `govreport batch`: finds the files, has worker processes extract each distinct content,
/// writes each report's JSON, the manifest and the database, then checks the archive.
///
/// The parent never parses a PDF. Each of the `--jobs` slots (`WorkerSlot`) keeps a long-lived
/// worker process with a time limit per document and a memory limit (`WorkerLauncher`,
/// `WorkerProcess`); whatever a document does to it — crash, hang, run out of memory — becomes
/// that file's failure with a reason, a fresh process takes the next file, and the batch goes
/// on (BatchRunner+Scheduling.swift). Per file, in this order: the worker's JSON is renamed
/// into place (atomic), the database transaction commits (one for the files that finished
/// meanwhile), the manifest line is appended. A kill at any point therefore loses at most the
/// files in flight, which `--resume` redoes, and never leaves a half-written report in the
/// database.
public struct BatchRunner: Sendable {
  public var settings: BatchSettings
  /// Where reports are saved.
  public var store: any ReportStore
  /// The shared queue of `--queue`; nil for a local batch.
  public var queue: (any WorkQueue)?

  public init(settings: BatchSettings, store: any ReportStore, queue: (any WorkQueue)? = nil) {
    self.settings = settings
    self.store = store
    self.queue = queue
  }

  /// One distinct file content to process.
  struct Job: Sendable {
    var path: String
    var sha256: String
  }

  /// A finished job, before it is committed by the parent.
  struct JobResult: Sendable {
    var report: StoredReport
    /// The worker's JSON, still under `.tmp/`.
    var temporaryOutput: String?
  }

  /// Runs the batch to the end.
  ///
  /// - Throws: Only for failures of the batch itself (output folder or database unusable);
  ///   failures of single files are recorded and counted.
  public func run() async throws -> BatchSummary {
    let started = Date()
    let temporaryFolder = settings.outputDirectory + "/.tmp"
    try FileManager.default.createDirectory(
      atPath: temporaryFolder, withIntermediateDirectories: true)
    let manifest = Manifest(path: settings.manifestPath)
    var summary = BatchSummary()
    let jobs = try plan(manifest: manifest, summary: &summary)
    var progress = ProgressReporter(style: settings.progress, total: jobs.count)
    if let queue {
      try await runQueued(
        jobs, on: queue, manifest: manifest, summary: &summary, progress: &progress)
    } else {
      try await runLocal(jobs, manifest: manifest, summary: &summary, progress: &progress)
    }
    progress.close()
    try? FileManager.default.removeItem(atPath: temporaryFolder)
    summary.carryOverMismatches = CarryOverCheck.mismatches(in: try await store.carryOverCells())
    summary.seconds = Date().timeIntervalSince(started)
    return summary
  }

  /// Finds and hashes the files, records duplicates, and returns what is left to do.
  private func plan(manifest: Manifest, summary: inout BatchSummary) throws -> [Job] {
    let (files, missing) = InputCollector.collect(settings.inputs)
    summary.missing = missing
    let previous = manifest.entries()
    var doneByContent: [String: ManifestEntry] = [:]
    var lastByFile: [String: ManifestEntry] = [:]
    for entry in previous {
      lastByFile[entry.file] = entry
      if entry.status != .duplicate, let sha = entry.sha256 { doneByContent[sha] = entry }
    }
    var firstByContent: [String: String] = [:]
    var jobs: [Job] = []
    for path in files {
      let sha: String
      do {
        sha = try FileDigest.sha256(ofFileAt: path)
      } catch {
        let reason = "cannot read the file: \(error.localizedDescription)"
        try manifest.append(ManifestEntry(file: path, sha256: nil, status: .failed, reason: reason))
        summary.found += 1
        summary.failed += 1
        summary.failures.append((path, reason))
        continue
      }
      if let shard = settings.shard, !shard.contains(sha256: sha) { continue }
      summary.found += 1
      var original = firstByContent[sha]
      if original == nil {
        firstByContent[sha] = path
        if !settings.force && queue == nil, let done = doneByContent[sha] {
          if done.file == path {
            summary.skipped += 1
            continue
          }
          original = done.file
        }
      }
      if let original {
        summary.duplicates += 1
        let recorded = lastByFile[path]
        if recorded?.status != .duplicate || recorded?.sha256 != sha {
          try manifest.append(
            ManifestEntry(file: path, sha256: sha, status: .duplicate, duplicateOf: original))
        }
        continue
      }
      jobs.append(Job(path: path, sha256: sha))
    }
    return jobs
  }

  /// The job's reports from the worker's outcome and JSON: one, or one per report of a
  /// compilation (`<sha256>-<n>`, written by the worker to `OUTPUT.<n>`); a single failure when
  /// any of them is missing.
  func results(of extraction: Extraction) -> [JobResult] {
    let (job, outcome, temporary) = (extraction.job, extraction.outcome, extraction.temporary)
    let count = outcome.reports
    let files = count > 1 ? (1...count).map { "\(temporary).\($0)" } : [temporary]
    defer { if count > 1 { try? FileManager.default.removeItem(atPath: temporary) } }
    guard let code = outcome.exitCode, outcome.wroteReport else {
      for file in files { try? FileManager.default.removeItem(atPath: file) }
      return [failure(job, outcome, reason: FailureReason.text(for: outcome, settings: settings))]
    }
    var results: [JobResult] = []
    for (index, file) in files.enumerated() {
      guard let data = FileManager.default.contents(atPath: file),
        let json = try? JSONParser.parse([UInt8](data))
      else {
        for file in files { try? FileManager.default.removeItem(atPath: file) }
        return [failure(job, outcome, reason: "worker exited \(code) but wrote no valid JSON")]
      }
      let number = count > 1 ? index + 1 : nil
      var report = StoredReport(
        outputJSON: json,
        id: number.map { StoredReport.id(sha256: job.sha256, reportIndex: $0) } ?? job.sha256,
        fileSHA256: job.sha256, file: job.path, status: .ok, exitCode: code,
        seconds: outcome.seconds, output: Self.outputName(for: job, report: number))
      if report.checksFailed > 0 {
        report.status = .checksFailed
      } else if report.cellsInReview > 0 {
        report.status = .needsReview
      } else if count == 1 && code == 6 {
        report.status = .checksFailed
      } else if count == 1 && code == 7 {
        report.status = .needsReview
      }
      results.append(JobResult(report: report, temporaryOutput: file))
    }
    return results
  }

  private func failure(_ job: Job, _ outcome: WorkerOutcome, reason: String) -> JobResult {
    JobResult(
      report: StoredReport(
        id: job.sha256, file: job.path, status: .failed, reason: reason,
        exitCode: outcome.exitCode, seconds: outcome.seconds),
      temporaryOutput: nil)
  }

  /// Puts finished jobs in place: their JSON files, then one database transaction for all of
  /// them, then their manifest lines; returns the reports as saved (failed where the JSON could
  /// not be put in place).
  func commit(_ results: [JobResult], manifest: Manifest) async throws -> [StoredReport] {
    let reports = results.map(placed)
    if let queue {
      for report in reports { try await queue.complete(report, worker: settings.workerName) }
    } else {
      try await store.save(reports)
    }
    try manifest.append(reports.map(ManifestEntry.init(report:)))
    return reports
  }

  /// Renames the job's JSON into place; the report, or a failure when the rename failed.
  private func placed(_ result: JobResult) -> StoredReport {
    let report = result.report
    guard let temporary = result.temporaryOutput, let output = report.output else { return report }
    let destination = settings.outputDirectory + "/" + output
    guard rename(temporary, destination) != 0 else { return report }
    let message = String(cString: strerror(errno))
    try? FileManager.default.removeItem(atPath: temporary)
    return StoredReport(
      id: report.id, file: report.file, status: .failed,
      reason: "cannot write \(destination): \(message)", exitCode: report.exitCode,
      seconds: report.seconds)
  }

  /// Counts a committed report in the summary and the progress.
  func account(
    _ report: StoredReport, summary: inout BatchSummary, progress: inout ProgressReporter
  ) {
    switch report.status {
    case .ok: summary.ok += 1
    case .checksFailed: summary.checksFailed += 1
    case .needsReview: summary.needsReview += 1
    case .failed, .duplicate:
      summary.failed += 1
      summary.failures.append((report.file, report.reason ?? "failed"))
    }
    // Progress counts files: a compilation's reports after its first do not move it.
    if (report.place?.index ?? 1) == 1 { progress.finished(failed: report.status == .failed) }
  }

  /// The report's JSON file name: the input's name without extension, a dash, and the first 8
  /// hex digits of its SHA-256 (`洪泽区2023-1a2b3c4d.json`), unique and stable across runs; a
  /// compilation's report `n` adds `-<n>` (`县汇编-1a2b3c4d-2.json`).
  static func outputName(for job: Job, report number: Int? = nil) -> String {
    let stem = URL(fileURLWithPath: job.path).deletingPathExtension().lastPathComponent
    let suffix = number.map { "-\($0)" } ?? ""
    return "\(stem)-\(job.sha256.prefix(8))\(suffix).json"
  }
}
