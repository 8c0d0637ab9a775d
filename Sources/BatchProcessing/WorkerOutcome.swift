/// How one document ended in a worker process.
public struct WorkerOutcome: Sendable, Hashable {
  /// The way the document's extraction ended.
  public enum Termination: Sendable, Hashable {
    /// It ended with this exit code: the worker's answer, or the exit status of a worker process
    /// that ended without answering.
    case exited(Int32)
    /// A signal ended the worker (a crash, or a kill from outside).
    case signaled(Int32)
    /// It ran past the time limit and its worker was killed.
    case timedOut
    /// No worker could be started (errno of posix_spawn).
    case notStarted(Int32)
  }

  public var termination: Termination
  /// Wall-clock seconds from the request to the answer (or the worker's end).
  public var seconds: Double
  /// The end of what the worker wrote to stderr while on this document, at most
  /// `WorkerLauncher.stderrTailBytes` bytes.
  public var stderrTail: String
  /// The worker's own message for the document (`WorkerProtocol.Answer.message`); empty when it
  /// gave none or did not answer.
  public var message: String
  /// How many reports the worker wrote (`WorkerProtocol.Answer.reports`): more than 1 for a
  /// compilation, written to `OUTPUT.1` ….
  public var reports: Int

  public init(
    termination: Termination, seconds: Double, stderrTail: String, message: String = "",
    reports: Int = 1
  ) {
    self.termination = termination
    self.seconds = seconds
    self.stderrTail = stderrTail
    self.message = message
    self.reports = reports
  }

  /// The exit code when the document ended with one.
  public var exitCode: Int? {
    if case .exited(let code) = termination { return Int(code) }
    return nil
  }

  /// Whether the JSON was written: exit 0, 6 (a cross-check failed) or 7 (cells to review).
  public var wroteReport: Bool {
    guard let code = exitCode else { return false }
    return code == 0 || code == 6 || code == 7
  }

  /// The line a failure reason ends with: the last line of the worker's message, else of its
  /// stderr; nil when both are blank.
  public var lastLine: String? {
    for text in [message, stderrTail] {
      let line = text.split(whereSeparator: \.isNewline).last.map {
        String($0.trimmingCharacters(in: .whitespaces).prefix(300))
      }
      if let line, !line.isEmpty { return line }
    }
    return nil
  }

  /// Whether stderr or the message shows that memory ran out (the `--memory-limit` was hit).
  public var ranOutOfMemory: Bool {
    let markers = [
      "out of memory", "Out of memory", "bad_alloc", "Cannot allocate memory", "MemoryError",
      "failed to allocate", "memory allocation failed",
    ]
    return markers.contains { stderrTail.contains($0) || message.contains($0) }
  }
}
