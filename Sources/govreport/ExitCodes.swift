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
    }
  }
}

/// Exit code 6: the JSON was written, but at least one hard cross-check failed.
let checksFailedExitCode = ExitCode(6)
