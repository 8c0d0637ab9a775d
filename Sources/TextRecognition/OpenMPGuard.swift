import Foundation

/// Makes sure Tesseract's OpenMP runs single-threaded, by restarting the process if needed.
///
/// Debian's Tesseract is built with OpenMP. With its default thread count, recognition on a
/// 2-core machine ran 2–4× slower in wall time and spent 6–8 s of system time per page
/// (`shared/spec/c-libraries.md` §3); with `OMP_THREAD_LIMIT=1` it spends 0.25 s. libgomp reads
/// the variable once, when it is loaded — before `main` runs — so `setenv` alone has no effect
/// (measured). The only fix from inside the program is to set the variable and re-execute
/// itself. Parallelism belongs to the caller: one engine per task.
public enum OpenMPGuard {
  /// The variable libgomp reads at load time.
  static let variable = "OMP_THREAD_LIMIT"

  /// When `OMP_THREAD_LIMIT` is unset, sets it to 1 and replaces the process with a fresh copy
  /// of itself (same executable via `/proc/self/exe`, same arguments); otherwise returns.
  ///
  /// Call it first thing in `main`, before any work is done. The new process finds the
  /// variable set and returns at once, so this happens at most once. If `execv` fails (no
  /// `/proc`, not Linux) the program just continues, only slower. A value the user set,
  /// including a larger one, is respected.
  public static func reexecIfNeeded() {
    #if os(Linux)
      guard needsReexec(environment: ProcessInfo.processInfo.environment) else { return }
      setenv(variable, "1", 1)
      // Output still buffered in this process would be lost by exec (seen in a scratch run).
      fflush(nil)
      _ = execv("/proc/self/exe", CommandLine.unsafeArgv)
    // Reached only when execv failed: carry on in this process.
    #endif
  }

  /// Whether a process with `environment` must restart to limit OpenMP.
  static func needsReexec(environment: [String: String]) -> Bool {
    environment[variable] == nil
  }
}
