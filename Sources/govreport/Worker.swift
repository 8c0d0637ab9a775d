import ArgumentParser
import CommandSupport
import Foundation

/// `govreport worker`: the long-lived batch worker (hidden; `govreport batch` starts it).
///
/// Reads one request per line on stdin and extracts each document exactly as
/// `govreport extract INPUT -o OUTPUT` would (the same `ExtractJob`, so the same JSON bytes),
/// answering each with one line on stdout: the exit code that command would have had and its
/// last stderr message (`WorkerProtocol`). One process serves many documents, so the dynamic
/// loading, Swift runtime and poppler set-up are paid once, not per file (issue #16). Ends at end
/// of file on stdin. The batch isolates failures: it recycles the process, and a crash or hang
/// costs only the document in flight.
struct Worker: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "worker",
    abstract: "Serve `govreport batch`: extract one document per stdin line, answer on stdout.",
    discussion: """
      Each request line is INPUT<tab>OUTPUT; each answer line is STATUS<tab>MESSAGE, STATUS being \
      the exit code `govreport extract INPUT -o OUTPUT` would have had. Backslash, tab and line \
      breaks in a field are written \\\\, \\t, \\n, \\r. Ends at end of input.
      """,
    shouldDisplay: false)

  func run() throws {
    // The answers get their own descriptor, and fd 1 becomes a copy of stderr: a library that
    // prints on stdout (tesseract did, shared/STYLE.md C4) cannot break the protocol. Close-on-
    // exec, so a helper the extraction starts (LibreOffice) cannot hold the batch's pipe open.
    let answers = fcntl(1, F_DUPFD_CLOEXEC, 3)
    guard answers >= 0, dup2(2, 1) >= 0 else {
      printToStandardError(
        "error: worker: cannot set up its output: \(String(cString: strerror(errno)))")
      throw ExitCode(1)
    }
    while let line = readLine(strippingNewline: true) {
      let answer: WorkerProtocol.Answer
      if let request = WorkerProtocol.Request(line: line) {
        // One OCR thread: the batch runs one worker per core (`--jobs`).
        let job = ExtractJob(
          file: request.input, output: request.output, threads: 1, numberedOutputs: true)
        let completion = job.run { $0 }
        answer = WorkerProtocol.Answer(
          status: completion.status, message: completion.message, reports: completion.reports)
      } else {
        let message = "error: worker: a request is INPUT<tab>OUTPUT, got \(line.debugDescription)"
        printToStandardError(message)
        answer = WorkerProtocol.Answer(status: 64, message: message)
      }
      // The batch has gone away when the answer cannot be written (SIGPIPE usually ends the
      // process first); so does the worker.
      guard Self.write(answer.line, to: answers) else { return }
    }
  }

  /// Writes all of `text` with write(2); false when the descriptor is closed.
  private static func write(_ text: String, to descriptor: Int32) -> Bool {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBytes { buffer in
      guard let base = buffer.baseAddress else { return true }
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0 && errno == EINTR {
          continue
        } else {
          return false
        }
      }
      return true
    }
  }
}
