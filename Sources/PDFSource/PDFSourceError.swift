/// Why a PDF could not be opened or read, with a message and a remedy a user can act on.
///
/// When a file is opened, the file itself (missing, unreadable, empty, not a PDF) is examined
/// before poppler sees it, so the common mistakes get a precise message; poppler's own failures
/// become `.encrypted` or `.damaged`.
public struct PDFSourceError: Error, CustomStringConvertible, Sendable, Equatable {
  /// What went wrong, as a stable category the pipeline maps to its own error kinds.
  public enum Kind: String, Sendable, CaseIterable {
    /// No file at the path.
    case notFound
    /// The file exists but cannot be read (permissions, a directory, I/O error).
    case unreadable
    /// The file has zero bytes.
    case empty
    /// The first 1024 bytes hold no `%PDF-` header.
    case notPDF
    /// The document needs a password.
    case encrypted
    /// Poppler could not parse the document (truncated, corrupt xref, …).
    case damaged
    /// A page number outside `1...pageCount` was asked for.
    case pageOutOfRange
  }

  /// The category.
  public var kind: Kind
  /// The file the error is about, or nil for a document opened from memory.
  public var path: String?
  /// What happened, in one sentence.
  public var message: String
  /// What the user can do next.
  public var remedy: String?

  public init(kind: Kind, path: String?, message: String, remedy: String? = nil) {
    self.kind = kind
    self.path = path
    self.message = message
    self.remedy = remedy
  }

  /// The message, followed by the remedy on its own line when there is one.
  public var description: String {
    [message, remedy].compactMap { $0 }.joined(separator: "\n")
  }
}

extension PDFSourceError {
  /// The name used in messages: the path, or "the PDF data" for an in-memory document.
  private static func name(_ path: String?) -> String { path ?? "the PDF data" }

  static func notFound(_ path: String) -> Self {
    Self(
      kind: .notFound, path: path, message: "\(path): no such file.",
      remedy: "Check the path and the current directory.")
  }

  static func unreadable(_ path: String, reason: String) -> Self {
    Self(
      kind: .unreadable, path: path, message: "\(path) cannot be read: \(reason).",
      remedy: "Check that it is a regular file and that you have permission to read it.")
  }

  static func empty(_ path: String?) -> Self {
    Self(
      kind: .empty, path: path, message: "\(name(path)) is empty (0 bytes).",
      remedy: "The download or copy probably failed; fetch the file again.")
  }

  static func notPDF(_ path: String?) -> Self {
    Self(
      kind: .notPDF, path: path,
      message: "\(name(path)) is not a PDF (no %PDF- header in its first 1024 bytes).",
      remedy:
        "Pass the report as a PDF; convert other formats first "
        + "(e.g. `libreoffice --headless --convert-to pdf in.docx`).")
  }

  static func encrypted(_ path: String?) -> Self {
    Self(
      kind: .encrypted, path: path, message: "\(name(path)) is encrypted and needs a password.",
      remedy: "Decrypt it first, e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`.")
  }

  static func damaged(_ path: String?, detail: String) -> Self {
    Self(
      kind: .damaged, path: path, message: "\(name(path)) is damaged: \(detail).",
      remedy: "Fetch the file again, or try repairing it (e.g. `qpdf in.pdf repaired.pdf`).")
  }

  static func pageOutOfRange(_ path: String?, page: Int, count: Int) -> Self {
    Self(
      kind: .pageOutOfRange, path: path,
      message: "\(name(path)) has no page \(page); its pages are 1...\(count).",
      remedy: "Ask for a page between 1 and \(count).")
  }
}
