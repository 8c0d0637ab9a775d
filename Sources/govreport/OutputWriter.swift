import Foundation
import ReportExtraction

/// Writes output files atomically: a temporary file beside the target, then a rename.
enum OutputWriter {
  /// Writes `text` to `path`, replacing it whole or not at all.
  ///
  /// - Throws: `ExtractionError` of kind `.outputNotWritable`.
  static func write(_ text: String, to path: String) throws {
    try write(Array(text.utf8), to: path)
  }

  /// Writes `bytes` to `path`, replacing it whole or not at all.
  ///
  /// - Throws: `ExtractionError` of kind `.outputNotWritable`.
  static func write(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    do {
      try Data(bytes).write(to: temporary)
      // rename(2) replaces the target atomically within one file system.
      guard rename(temporary.path, url.path) == 0 else {
        throw CocoaError(
          .fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))]
        )
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw ExtractionError(
        kind: .outputNotWritable, message: "cannot write \(path): \(error.localizedDescription)",
        remedy: "Check that the folder exists and is writable.")
    }
  }
}
