import ArgumentParser
import ReportExtraction

extension ExtractionError.Kind {
  /// Exit codes are public interface (README, "Exit codes"): add, never renumber.
  var exitCode: ExitCode {
    switch self {
    case .inputUnreadable: ExitCode(2)
    case .dependencyMissing: ExitCode(3)
    case .reportNotFound: ExitCode(4)
    case .outputNotWritable: ExitCode(5)
    case .severalReports: ExitCode(8)
    }
  }
}

/// Exit code 6: the JSON was written, but at least one hard cross-check failed.
let checksFailedExitCode = ExitCode(6)

/// Exit code 7: the JSON was written and every hard cross-check passed, but cells are in
/// `review` (unreadable, low confidence, repaired, not found …): a person should look at them.
let needsReviewExitCode = ExitCode(7)

/// The exit code of a written report: 0, 6 when a hard check failed, 7 when every check passed
/// but cells are in `review` (report-format.md §7: such a file is not "ok").
func writtenReportExitCode(allChecksPass: Bool, reviewCount: Int) -> ExitCode {
  if !allChecksPass { return checksFailedExitCode }
  return reviewCount > 0 ? needsReviewExitCode : ExitCode(0)
}
