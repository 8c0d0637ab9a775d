/// How one input file ended, as written to the manifest and the `reports.status` column.
public enum ReportStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// JSON written and every hard cross-check passed (worker exit 0).
  case ok
  /// JSON written, but at least one hard cross-check failed (worker exit 6).
  case checksFailed = "checks_failed"
  /// JSON written, every hard cross-check passed, but cells are listed in `review` (worker exit 7):
  /// a person should look at them before the values are used.
  case needsReview = "needs_review"
  /// No JSON: unreadable input, not a report, crash, timeout or memory limit.
  case failed
  /// The same bytes as a file processed earlier; not processed again.
  case duplicate
}
