import Foundation

/// Writes a line to stderr; stdout carries only JSON.
public func printToStandardError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Writes bytes to stdout with write(2), unbuffered (the JSON is complete before the process
/// ends, whatever ends it).
public enum StandardOutput {
  /// Writes all of `bytes`; stops silently when stdout is closed (a reader that went away).
  public static func write(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(1, base + offset, buffer.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0 && errno == EINTR {
          continue
        } else {
          return
        }
      }
    }
  }
}
