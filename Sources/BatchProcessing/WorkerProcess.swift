import CommandSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One running worker process, given one document at a time (`WorkerProtocol`).
///
/// The parent sends a request line and waits for the answer line with a blocking `poll(2)` on a
/// thread of the worker's own dispatch queue (`WorkerWait`), outside Swift's cooperative pool, so
/// a finished document is noticed at once and a wait holds none of the threads the batch's
/// database work runs on. When the time limit passes or the task is cancelled, the worker is
/// killed (SIGKILL); when it ends without answering (a crash, the memory limit), its exit status
/// is the document's outcome. Either way the process is gone and takes no more documents
/// (`hasEnded`).
///
/// A value that owns two descriptors and a process: exactly one copy is in use at a time, and
/// `stop()`, or a document that ends the process, releases them.
public struct WorkerProcess: Sendable {
  /// The worker's process id (after the shell's `exec`, the worker itself).
  public let pid: pid_t
  /// Our end of the worker's stdin.
  let requests: Int32
  /// Our end of the worker's stdout.
  let answers: Int32
  /// The file the worker's stderr goes to.
  public let stderrPath: String
  /// Seconds one document may take.
  let timeout: Double
  /// Documents given to this process so far.
  public private(set) var documentsServed = 0
  /// Whether the process has ended; it then takes no more documents.
  public private(set) var hasEnded = false
  /// Where the current document's stderr starts in `stderrPath`.
  private var stderrOffset: UInt64 = 0
  /// Runs the blocking waits of this worker, one at a time.
  private let waiter = DispatchQueue(label: "govreport.batch.worker")

  init(pid: pid_t, requests: Int32, answers: Int32, stderrPath: String, timeout: Double) {
    self.pid = pid
    self.requests = requests
    self.answers = answers
    self.stderrPath = stderrPath
    self.timeout = timeout
  }

  /// Has the worker extract `input` into `output` and waits for its answer.
  ///
  /// - Precondition: `hasEnded` is false.
  /// - Returns: How the document ended, with the stderr the worker wrote meanwhile.
  public mutating func extract(input: String, output: String) async -> WorkerOutcome {
    precondition(!hasEnded, "a worker that has ended takes no more documents")
    documentsServed += 1
    let clock = ContinuousClock()
    let start = clock.now
    let deadline = start + .milliseconds(Int64((timeout * 1000).rounded(.up)))
    let (pid, answers, waiter) = (self.pid, self.answers, self.waiter)
    let wait: WorkerWait
    if Self.sendLine(WorkerProtocol.Request(input: input, output: output).line, to: requests) {
      wait = await withTaskCancellationHandler {
        await Self.run(on: waiter) { WorkerWait.answer(pid: pid, on: answers, until: deadline) }
      } onCancel: {
        kill(pid, SIGKILL)  // the wait then sees end of file
      }
    } else {
      wait = await Self.run(on: waiter) { WorkerWait.reaped(pid, until: deadline) }
    }
    var termination: WorkerOutcome.Termination
    var message = ""
    var reports = 1
    switch wait.result {
    case .answer(let line, let extra):
      let answer = WorkerProtocol.Answer(line: line)
      termination = .exited(answer?.status ?? 1)
      reports = answer?.reports ?? 1
      message =
        answer?.message
        ?? "the worker broke the protocol: it answered \(line.prefix(200).debugDescription)"
      // An unreadable answer, or more than one: the worker is not trusted with another document.
      if answer == nil || extra { await stop() }
    case .overlong:
      termination = .exited(1)
      message =
        "the worker broke the protocol: an answer line over \(WorkerWait.maximumAnswerBytes) bytes"
      await stop()
    case .ended(let status):
      release()
      let signal = status & 0x7f
      termination = signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    case .timedOut:
      release()
      termination = .timedOut
    }
    let elapsed = wait.end - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    return WorkerOutcome(
      termination: termination, seconds: seconds, stderrTail: newStderr(), message: message,
      reports: reports)
  }

  /// The worker's resident set size in MiB, from `/proc/PID/statm`; nil when it cannot be read.
  public var residentMegabytes: Double? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else {
      return nil
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Double(fields[1]) else { return nil }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / (1024 * 1024)
  }

  /// Whether the process has ended between documents (reaping it if so).
  public mutating func endedBetweenDocuments() -> Bool {
    guard !hasEnded else { return true }
    var status: Int32 = 0
    guard waitpid(pid, &status, WNOHANG) == pid else { return false }
    release()
    return true
  }

  /// Ends the process (SIGKILL: it is between documents, so nothing is lost) and releases it.
  public mutating func stop() async {
    guard !hasEnded else { return }
    let pid = self.pid
    kill(pid, SIGKILL)
    _ = await Self.run(on: waiter) { WorkerWait.reaped(pid, until: nil) }
    release()
  }

  /// Closes our descriptors once the process is gone.
  private mutating func release() {
    close(requests)
    close(answers)
    hasEnded = true
  }

  /// What the worker wrote to stderr since the last call, at most `stderrTailBytes` of its end.
  private mutating func newStderr() -> String {
    // Most documents write nothing: a stat, not an open, tells.
    var status = stat()
    guard stat(stderrPath, &status) == 0, UInt64(status.st_size) > stderrOffset else { return "" }
    guard let handle = FileHandle(forReadingAtPath: stderrPath) else { return "" }
    defer { try? handle.close() }
    let size = (try? handle.seekToEnd()) ?? 0
    let tailStart =
      size > UInt64(WorkerLauncher.stderrTailBytes)
      ? size - UInt64(WorkerLauncher.stderrTailBytes) : 0
    let start = max(stderrOffset, tailStart)
    stderrOffset = size
    guard start < size else { return "" }
    try? handle.seek(toOffset: start)
    let data = (try? handle.read(upToCount: Int(size - start))) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  /// Runs a blocking call on the worker's own queue.
  private static func run<T: Sendable>(
    on queue: DispatchQueue, _ body: @escaping @Sendable () -> T
  ) async -> T {
    await withCheckedContinuation { continuation in
      queue.async { continuation.resume(returning: body()) }
    }
  }

  /// Sends the whole line; false when the worker's end is closed.
  private static func sendLine(_ line: String, to descriptor: Int32) -> Bool {
    var bytes = Array(line.utf8)
    return bytes.withUnsafeMutableBytes { buffer in
      guard let base = buffer.baseAddress else { return true }
      var offset = 0
      while offset < buffer.count {
        let sent = send(descriptor, base + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
        if sent > 0 {
          offset += sent
        } else if sent < 0 && errno == EINTR {
          continue
        } else {
          return false
        }
      }
      return true
    }
  }
}
