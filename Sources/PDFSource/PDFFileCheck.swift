import Foundation

/// Checks a file before poppler opens it, so that common mistakes get a precise error kind.
enum PDFFileCheck {
  /// How far into the file the `%PDF-` header may start, in bytes.
  ///
  /// 1024 follows the PDF specification's implementation note (Acrobat accepts a header anywhere
  /// in the first 1024 bytes, e.g. after a mail or HTTP prefix).
  static let headerWindow = 1024

  /// The header every PDF starts with.
  private static let magic = Array("%PDF-".utf8)

  /// Throws unless `path` names a readable, non-empty file that starts like a PDF.
  static func check(path: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw PDFSourceError.notFound(path)
    }
    if isDirectory.boolValue {
      throw PDFSourceError.unreadable(path, reason: "it is a directory")
    }
    guard FileManager.default.isReadableFile(atPath: path),
      let handle = FileHandle(forReadingAtPath: path)
    else { throw PDFSourceError.unreadable(path, reason: "permission denied") }
    defer { try? handle.close() }
    let header: Data
    let size: UInt64
    do {
      header = try handle.read(upToCount: headerWindow) ?? Data()
      size = try handle.seekToEnd()
    } catch {
      throw PDFSourceError.unreadable(path, reason: error.localizedDescription)
    }
    try check(header: header, count: Int(size), path: path)
  }

  /// Throws `.empty` for zero bytes and `.notPDF` when `header` holds no `%PDF-`.
  static func check(header: Data, count: Int, path: String?) throws {
    guard count > 0 else { throw PDFSourceError.empty(path) }
    let bytes = [UInt8](header.prefix(headerWindow))
    guard bytes.count >= magic.count else { throw PDFSourceError.notPDF(path) }
    let found = (0...(bytes.count - magic.count)).contains { start in
      bytes[start..<(start + magic.count)].elementsEqual(magic)
    }
    if !found { throw PDFSourceError.notPDF(path) }
  }
}
