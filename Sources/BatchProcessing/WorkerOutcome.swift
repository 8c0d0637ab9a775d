/// How one worker process ended.
public struct WorkerOutcome: Sendable, Hashable {
  /// The way the process ended.
  public enum Termination: Sendable, Hashable {
    /// It exited with this code.
    case exited(Int32)
    /// A signal ended it (a crash, or a kill from outside).
    case signaled(Int32)
    /// It ran past the time limit and was killed.
    case timedOut
    /// It could not be started (errno of posix_spawn).
    case notStarted(Int32)
  }

  public var termination: Termination
  /// Wall-clock seconds from start to end.
  public var seconds: Double
  /// The end of what it wrote to stderr, at most `WorkerLauncher.stderrTailBytes` bytes.
  public var stderrTail: String

  public init(termination: Termination, seconds: Double, stderrTail: String) {
    self.termination = termination
    self.seconds = seconds
    self.stderrTail = stderrTail
  }

  /// The exit code when the process exited normally.
  public var exitCode: Int? {
    if case .exited(let code) = termination { return Int(code) }
    return nil
  }

  /// Whether stderr shows that memory ran out (the `--memory-limit` was hit).
  public var ranOutOfMemory: Bool {
    let markers = [
      "out of memory", "Out of memory", "bad_alloc", "Cannot allocate memory", "MemoryError",
      "failed to allocate", "memory allocation failed",
    ]
    return markers.contains { stderrTail.contains($0) }
  }
}
