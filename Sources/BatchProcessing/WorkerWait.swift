import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What waiting for a worker's answer came to.
enum WorkerWait: Sendable, Equatable {
  /// A complete answer line (without its newline); `extra` when more bytes followed it.
  case answer(String, extra: Bool)
  /// The worker closed its stdout (it ended) before a complete line.
  case closed
  /// The deadline passed first.
  case timedOut

  /// Reads one answer line from `descriptor`, blocking in `poll(2)` until it comes, the worker's
  /// end closes, or `deadline` passes.
  static func answerLine(from descriptor: Int32, until deadline: ContinuousClock.Instant) -> Self {
    var line: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let remaining = deadline - ContinuousClock.now
      guard remaining > .zero else { return .timedOut }
      let (seconds, attoseconds) = remaining.components
      let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
      var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      let ready = poll(&request, 1, milliseconds)
      if ready < 0 && errno != EINTR { return .closed }
      guard ready > 0 else { continue }
      let count = read(descriptor, &chunk, chunk.count)
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return .closed
      }
      if count == 0 { return .closed }
      line += chunk[0..<count]
      if let newline = line.firstIndex(of: UInt8(ascii: "\n")) {
        return .answer(
          String(decoding: line[..<newline], as: UTF8.self), extra: newline + 1 < line.count)
      }
    }
  }
}
