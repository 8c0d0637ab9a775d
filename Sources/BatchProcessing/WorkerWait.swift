import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The blocking wait for one document's answer, and what it came to.
///
/// All of it runs on the worker's own thread, the time limit's kill and the reaping included, so
/// neither the limit nor the measured time depends on when the batch's async tasks next get a
/// thread (a busy cooperative pool delayed both by tens of seconds in a full test run).
struct WorkerWait: Sendable {
  enum Result: Sendable, Equatable {
    /// A complete answer line (without its newline); `extra` when more bytes followed it.
    case answer(String, extra: Bool)
    /// More than `maximumAnswerBytes` came without a newline.
    case overlong
    /// The worker ended before a complete line, with this `waitpid` status.
    case ended(status: Int32)
    /// The time limit passed; the worker was killed and reaped.
    case timedOut
  }

  var result: Result
  /// When the answer came or the worker was reaped.
  var end: ContinuousClock.Instant

  /// The longest answer line read, in bytes; a longer one breaks the protocol.
  ///
  /// An answer is a status and one stderr message (`WorkerProtocol`); 64 KiB is far above any,
  /// and keeps a worker that writes without newlines from filling the batch's memory.
  static let maximumAnswerBytes = 64 * 1024

  /// Waits, blocking in `poll(2)`, for the answer line of worker `pid` on `descriptor`; kills
  /// the worker at `deadline`, and reaps it when it ends without answering.
  static func answer(pid: pid_t, on descriptor: Int32, until deadline: ContinuousClock.Instant)
    -> Self
  {
    var line: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let remaining = deadline - ContinuousClock.now
      guard remaining > .zero else {
        kill(pid, SIGKILL)
        _ = reaped(pid, until: nil)
        return Self(result: .timedOut, end: .now)
      }
      let (seconds, attoseconds) = remaining.components
      let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
      var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      let ready = poll(&request, 1, milliseconds)
      if ready < 0 && errno != EINTR { return reaped(pid, until: deadline) }
      guard ready > 0 else { continue }
      let count = read(descriptor, &chunk, chunk.count)
      if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
      if count <= 0 { return reaped(pid, until: deadline) }
      line += chunk[0..<count]
      if let newline = line.firstIndex(of: UInt8(ascii: "\n")) {
        let text = String(decoding: line[..<newline], as: UTF8.self)
        return Self(result: .answer(text, extra: newline + 1 < line.count), end: .now)
      }
      if line.count > maximumAnswerBytes { return Self(result: .overlong, end: .now) }
    }
  }

  /// Waits for worker `pid`, which closed its stdout, to end (killing it at `deadline`, if
  /// any) and reaps it.
  static func reaped(_ pid: pid_t, until deadline: ContinuousClock.Instant?) -> Self {
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, deadline == nil ? 0 : WNOHANG)
      if result == pid || (result == -1 && errno != EINTR) { break }
      if result == 0 {
        if let deadline, ContinuousClock.now >= deadline { kill(pid, SIGKILL) }
        usleep(1000)  // it is ending: its stdout closed a moment ago
      }
    }
    return Self(result: .ended(status: status), end: .now)
  }
}
