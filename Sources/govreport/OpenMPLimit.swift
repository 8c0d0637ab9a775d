import Foundation

/// Restarts the process with OMP_THREAD_LIMIT=1 before tesseract runs.
///
/// Debian's tesseract is built with OpenMP; with the limit unset it ran 2–4× slower on 2 cores and
/// burned 6–8 s of system time per page (shared/spec/c-libraries.md §3). libgomp reads the variable
/// once, when the library loads, so setting it with setenv inside a running process is too late:
/// the only fix that needs nothing from the user is to set it and exec ourselves again.
enum OpenMPLimit {
  /// Whether the environment already sets the limit (then no restart, and no need to look for
  /// pages that need OCR, which reads the document once more).
  static var isSet: Bool { ProcessInfo.processInfo.environment["OMP_THREAD_LIMIT"] != nil }

  /// Re-executes the current command with the limit set, unless the environment already has one.
  ///
  /// Returns normally (and OCR just runs slower) if the exec fails.
  static func restartIfNeeded() {
    guard !isSet else { return }
    setenv("OMP_THREAD_LIMIT", "1", 1)
    fflush(nil)  // anything buffered before the exec would be lost
    let argv = CommandLine.unsafeArgv
    execv("/proc/self/exe", argv)
  }
}
