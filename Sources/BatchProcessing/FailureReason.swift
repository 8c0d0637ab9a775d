import Foundation

/// Turns a failed worker's outcome into the sentence stored as the file's `reason`.
enum FailureReason {
  /// The reason, ending with the last line of the worker's message or stderr when there is one.
  static func text(for outcome: WorkerOutcome, settings: BatchSettings) -> String {
    var reason: String
    switch outcome.termination {
    case .timedOut:
      reason = "timeout: killed after \(Int(settings.timeout)) s"
    case .notStarted(let code):
      reason = "worker could not be started: \(String(cString: strerror(code)))"
    case .signaled(let signal):
      reason = "crashed: signal \(signal) (\(name(of: signal)))"
    case .exited(let code):
      switch code {
      case 1: reason = "worker failed unexpectedly (exit 1)"
      case 2:
        reason =
          "input unreadable: missing, not a PDF/HTML/Word file, damaged or encrypted (exit 2)"
      case 3: reason = "dependency missing (exit 3)"
      case 4: reason = "not a report: no table matched the schema (exit 4)"
      case 5: reason = "output not writable (exit 5)"
      case 64: reason = "worker usage error (exit 64)"
      default: reason = "worker exited \(code)"
      }
    }
    if outcome.ranOutOfMemory && settings.memoryLimitMB > 0 {
      reason = "out of memory: limit \(settings.memoryLimitMB) MB; " + reason
    }
    if let lastLine = outcome.lastLine { reason += ": \(lastLine)" }
    return reason
  }

  private static func name(of signal: Int32) -> String {
    switch signal {
    case SIGSEGV: "SIGSEGV"
    case SIGABRT: "SIGABRT"
    case SIGBUS: "SIGBUS"
    case SIGILL: "SIGILL"
    case SIGTRAP: "SIGTRAP"
    case SIGFPE: "SIGFPE"
    case SIGKILL: "SIGKILL, killed from outside or by the kernel's OOM killer"
    case SIGTERM: "SIGTERM"
    default: "signal \(signal)"
    }
  }
}
