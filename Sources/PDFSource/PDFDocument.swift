import CPoppler
import DocumentModel
import Foundation

/// An open PDF: its metadata, each page's text layer with glyph boxes, and page renders.
///
/// Owns one `PopplerDocument` and releases it in `deinit`. Not `Sendable`: poppler documents are
/// not safe to share between threads, so give each task its own document.
///
/// Pages are counted from 1 everywhere in this API; poppler's 0-based index appears only in
/// `page(_:)`.
public final class PDFDocument {
  /// The `PopplerDocument *`; released in `deinit`.
  private let document: OpaquePointer
  /// The file the document came from, for messages; nil when opened from memory.
  public let path: String?
  /// The number of pages.
  public let pageCount: Int

  /// Opens the PDF file at `url`.
  ///
  /// The file is checked before poppler sees it, so that the common mistakes get a precise kind.
  ///
  /// - Parameter url: A file URL; a relative path is resolved against the current directory.
  /// - Throws: `PDFSourceError` of kind `.notFound`, `.unreadable`, `.empty`, `.notPDF`,
  ///   `.encrypted` or `.damaged`.
  public init(contentsOf url: URL) throws {
    let path = url.standardizedFileURL.path
    try PDFFileCheck.check(path: path)
    var error: UnsafeMutablePointer<GError>?
    defer { g_clear_error(&error) }
    guard let uri = g_filename_to_uri(path, nil, &error) else {
      throw PDFSourceError.unreadable(path, reason: Self.message(of: error))
    }
    defer { g_free(uri) }
    guard let document = poppler_document_new_from_file(uri, nil, &error) else {
      throw Self.openError(error, path: path)
    }
    self.document = document
    self.path = path
    self.pageCount = Int(poppler_document_get_n_pages(document))
  }

  /// Opens a PDF held in memory.
  ///
  /// - Parameter data: The bytes of a PDF file.
  /// - Throws: `PDFSourceError` of kind `.empty`, `.notPDF`, `.encrypted` or `.damaged`.
  public convenience init(data: Data) throws {
    // Poppler keeps its own reference to (and here its own copy of) the bytes, so ours goes at
    // once.
    let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
    defer { g_bytes_unref(bytes) }
    try self.init(bytes: bytes, header: data.prefix(PDFFileCheck.headerWindow), count: data.count)
  }

  /// Opens the PDF in `buffer` without copying it; the caller keeps `buffer` alive and unchanged
  /// until the document is released.
  convenience init(borrowing buffer: UnsafeRawBufferPointer) throws {
    let bytes = g_bytes_new_static(buffer.baseAddress, gsize(buffer.count))
    defer { g_bytes_unref(bytes) }
    try self.init(
      bytes: bytes, header: Data(buffer.prefix(PDFFileCheck.headerWindow)), count: buffer.count)
  }

  /// Opens the PDF in `bytes`, a `GBytes *` that poppler takes its own reference to.
  private init(bytes: OpaquePointer?, header: Data, count: Int) throws {
    try PDFFileCheck.check(header: header, count: count, path: nil)
    var error: UnsafeMutablePointer<GError>?
    defer { g_clear_error(&error) }
    guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
      throw Self.openError(error, path: nil)
    }
    self.document = document
    self.path = nil
    self.pageCount = Int(poppler_document_get_n_pages(document))
  }

  deinit { cpoppler_object_release(UnsafeMutableRawPointer(document)) }

  /// The document's producer (the program that wrote the PDF), or nil when absent or empty.
  public var producer: String? { Self.take(poppler_document_get_producer(document)) }
  /// The document's title, or nil when absent or empty.
  public var title: String? { Self.take(poppler_document_get_title(document)) }
  /// The document's creator (the program the content came from), or nil when absent or empty.
  public var creator: String? { Self.take(poppler_document_get_creator(document)) }

  /// The size of a page in points.
  ///
  /// - Parameter number: The page number, `1...pageCount`; anything else is a programming error.
  /// - Returns: The page's width and height in points, as displayed (rotation applied).
  public func pageSize(_ number: Int) -> (width: Double, height: Double) {
    precondition(number >= 1 && number <= pageCount, "no page \(number) in 1...\(pageCount)")
    guard let page = try? page(number) else { return (0, 0) }
    return page.size
  }

  /// The page with number `number` (from 1), or `.pageOutOfRange`.
  func page(_ number: Int) throws -> PDFPage {
    guard number >= 1, number <= pageCount,
      let handle = poppler_document_get_page(document, Int32(number - 1))
    else { throw PDFSourceError.pageOutOfRange(path, page: number, count: pageCount) }
    return PDFPage(handle: handle)
  }

  /// Copies a `gchar *` into a String and frees it; empty strings become nil.
  static func take(_ string: UnsafeMutablePointer<gchar>?) -> String? {
    guard let string else { return nil }
    defer { g_free(string) }
    let value = String(cString: string)
    return value.isEmpty ? nil : value
  }

  /// The message of a GError, or a generic phrase when there is none.
  private static func message(of error: UnsafeMutablePointer<GError>?) -> String {
    guard let error, let message = error.pointee.message else { return "unknown error" }
    return String(cString: message)
  }

  /// Maps poppler's open failure to a kind, matching the GError on domain *and* code (a missing
  /// file comes back in G_FILE_ERROR, whose codes overlap poppler's).
  private static func openError(_ error: UnsafeMutablePointer<GError>?, path: String?)
    -> PDFSourceError
  {
    if let error, error.pointee.domain == poppler_error_quark(),
      error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
    {
      return .encrypted(path)
    }
    return .damaged(path, detail: message(of: error))
  }
}
