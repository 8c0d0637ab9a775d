import Crypto
import Foundation

/// The SHA-256 of a file's bytes: the batch's identity of a report.
public enum FileDigest {
  /// Bytes read per chunk; 1 MiB keeps memory flat for large scans.
  static let chunkSize = 1 << 20

  /// Lowercase hex SHA-256 of the file at `path`, read in chunks.
  ///
  /// - Throws: The file system's error when the file cannot be opened or read.
  public static func sha256(ofFileAt path: String) throws -> String {
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    var hasher = SHA256()
    while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
      hasher.update(data: chunk)
    }
    return hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }
}
