import ReportStore

/// One line of `results.jsonl`: what happened to one input file.
public struct ManifestEntry: Sendable, Hashable, Codable {
  /// The file's path as found by the batch.
  public var file: String
  /// Lowercase hex SHA-256 of its bytes; nil when it could not be read.
  public var sha256: String?
  /// `ok`, `checks_failed`, `failed` or `duplicate`.
  public var status: ReportStatus
  /// The worker's exit code when it exited normally.
  public var exitCode: Int?
  /// Why it failed, or which checks failed.
  public var reason: String?
  public var pages: Int?
  /// Wall-clock seconds of its worker, rounded to milliseconds.
  public var seconds: Double?
  public var checksFailed: Int?
  public var cellsInReview: Int?
  /// The JSON written, relative to the output folder.
  public var output: String?
  /// For a duplicate: the file with the same bytes that was processed.
  public var duplicateOf: String?
  /// For one report of a compilation: its number in the file, from 1 (one line per report).
  public var report: Int?

  enum CodingKeys: String, CodingKey {
    case file, sha256, status, reason, pages, seconds, output, report
    case exitCode = "exit_code"
    case checksFailed = "checks_failed"
    case cellsInReview = "cells_in_review"
    case duplicateOf = "duplicate_of"
  }

  public init(
    file: String, sha256: String?, status: ReportStatus, exitCode: Int? = nil,
    reason: String? = nil, pages: Int? = nil, seconds: Double? = nil, checksFailed: Int? = nil,
    cellsInReview: Int? = nil, output: String? = nil, duplicateOf: String? = nil
  ) {
    self.file = file
    self.sha256 = sha256
    self.status = status
    self.exitCode = exitCode
    self.reason = reason
    self.pages = pages
    self.seconds = seconds.map { ($0 * 1000).rounded() / 1000 }
    self.checksFailed = checksFailed
    self.cellsInReview = cellsInReview
    self.output = output
    self.duplicateOf = duplicateOf
  }

  /// The entry for a report that was processed (ok, checks failed or failed).
  public init(report: StoredReport) {
    self.init(
      file: report.file, sha256: report.fileSHA256, status: report.status,
      exitCode: report.exitCode,
      reason: report.reason, pages: report.pages, seconds: report.seconds,
      checksFailed: report.status == .failed ? nil : report.checksFailed,
      cellsInReview: report.status == .failed ? nil : report.cellsInReview, output: report.output)
    self.report = report.place?.index
  }
}
