import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The append-only `results.jsonl` in the output folder: one JSON object per line and file.
///
/// A line is appended only after the report's JSON is in place and its database transaction has
/// committed, so a line is the batch's commit point: on `--resume` a file with a line (status
/// other than duplicate) is done. The lines of one commit go out in one `write(2)` on an
/// `O_APPEND` descriptor; a line torn by a kill is ignored when read back. When a file has
/// several lines (after `--force`), the last one is its current state.
public struct Manifest: Sendable {
  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// Every complete, parseable line, in file order.
  public func entries() -> [ManifestEntry] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    let decoder = JSONDecoder()
    return data.split(separator: UInt8(ascii: "\n")).compactMap {
      try? decoder.decode(ManifestEntry.self, from: Data($0))
    }
  }

  /// Appends one line.
  ///
  /// - Throws: `CocoaError` when the file cannot be opened or written.
  public func append(_ entry: ManifestEntry) throws {
    try append([entry])
  }

  /// Appends one line per entry, in one write.
  ///
  /// - Throws: `CocoaError` when the file cannot be opened or written.
  public func append(_ entries: [ManifestEntry]) throws {
    guard !entries.isEmpty else { return }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var line = Data()
    for entry in entries {
      line.append(try encoder.encode(entry))
      line.append(UInt8(ascii: "\n"))
    }
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
    guard descriptor >= 0 else {
      throw CocoaError(.fileWriteNoPermission, userInfo: ["path": path])
    }
    defer { close(descriptor) }
    // A line torn by an earlier kill has no newline; start on a fresh line so this one parses.
    var prefix = Data()
    if let last = Self.lastByte(of: path), last != UInt8(ascii: "\n") {
      prefix.append(UInt8(ascii: "\n"))
    }
    let bytes = prefix + line
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    guard written == bytes.count else {
      throw CocoaError(.fileWriteUnknown, userInfo: ["path": path])
    }
  }

  private static func lastByte(of path: String) -> UInt8? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    let size = (try? handle.seekToEnd()) ?? 0
    guard size > 0 else { return nil }
    try? handle.seek(toOffset: size - 1)
    return (try? handle.read(upToCount: 1))?.first
  }
}
