import Crypto
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The SHA-256 of a file's bytes: the batch's identity of a report.
public enum FileDigest {
  /// Why a file could not be hashed: the system's error number.
  public struct Unreadable: Error, LocalizedError {
    public var code: Int32
    public var errorDescription: String? { String(cString: strerror(code)) }
  }

  /// Bytes read per chunk; 1 MiB keeps memory flat for large scans.
  static let chunkSize = 1 << 20

  /// Lowercase hex SHA-256 of the file at `path`, read in chunks.
  ///
  /// Read with read(2) into one buffer: `FileHandle.read(upToCount:)` reads 4 KiB a call, 6,500
  /// calls for `Scripts/bench-batch`'s 200 reports before the first one could start.
  ///
  /// - Throws: `Unreadable` when the file cannot be opened or read.
  public static func sha256(ofFileAt path: String) throws(Unreadable) -> String {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Unreadable(code: errno) }
    defer { close(descriptor) }
    var hasher = SHA256()
    // Not zero-filled: read(2) writes what is hashed. A zeroed 1 MiB array per file was 4.6 % of
    // the batch parent's instructions on 150 KB reports (docs/performance.md).
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let count = read(descriptor, buffer.baseAddress, chunkSize)
      if count < 0 {
        if errno == EINTR { continue }
        throw Unreadable(code: errno)
      }
      if count == 0 { break }
      hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
    }
    return hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }
}
