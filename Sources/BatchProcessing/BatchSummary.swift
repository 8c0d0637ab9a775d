import ReportStore

/// What one batch run did, for the end summary and tests.
public struct BatchSummary: Sendable {
  /// Files found in the inputs (after the shard filter).
  public var found = 0
  /// Files processed in this run, by status.
  public var ok = 0
  public var checksFailed = 0
  public var needsReview = 0
  public var failed = 0
  /// Files with the same bytes as another file, recorded and not processed.
  public var duplicates = 0
  /// Files already done by an earlier run.
  public var skipped = 0
  /// With a shared queue: files done (or being done) by other workers.
  public var doneElsewhere = 0
  /// Inputs that did not exist or could not be read.
  public var missing: [String] = []
  /// The failures of this run: file and reason.
  public var failures: [(file: String, reason: String)] = []
  /// Carry-over mismatches found across the whole database after the run.
  public var carryOverMismatches: [CarryOverMismatch] = []
  /// Wall-clock seconds of the run.
  public var seconds = 0.0

  public init() {}

  /// Files processed in this run.
  public var processed: Int { ok + checksFailed + needsReview + failed }

  /// The summary printed on stderr at the end.
  public var text: String {
    let rate = seconds > 0 ? Double(processed) / seconds : 0
    var lines = [
      "batch: \(found) files: \(ok) ok, \(needsReview) needs_review, \(checksFailed) checks_failed, "
        + "\(failed) failed, "
        + "\(duplicates) duplicates, \(skipped) already done, \(doneElsewhere) by other workers; "
        + "\(processed) processed in \(String(format: "%.1f", seconds)) s "
        + "(\(String(format: "%.2f", rate)) files/s)"
    ]
    for path in missing { lines.append("missing: \(path)") }
    for failure in failures { lines.append("failed: \(failure.file): \(failure.reason)") }
    for mismatch in carryOverMismatches { lines.append("warning: carry-over: \(mismatch)") }
    return lines.joined(separator: "\n")
  }
}
