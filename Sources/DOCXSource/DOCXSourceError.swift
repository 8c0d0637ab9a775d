/// Why a Word document could not be read, with what the user can do next.
public struct DOCXSourceError: Error, CustomStringConvertible, Sendable, Equatable {
  /// What went wrong, as a stable category the pipeline maps to its own error kinds.
  public enum Kind: String, Sendable, CaseIterable {
    /// A damaged or truncated ZIP, or a part that is not well-formed XML.
    case damaged
    /// A readable container that holds no Word document (a spreadsheet, an unknown ZIP).
    case notWordDocument
    /// Password-protected.
    case encrypted
    /// A .doc or .wps file needs LibreOffice, which is not installed.
    case converterMissing
    /// LibreOffice ran but produced no DOCX (damaged, protected, or not a document).
    case conversionFailed
  }

  public var kind: Kind
  /// What happened, in one sentence about the file ("it is …").
  public var message: String
  /// What the user can do next.
  public var remedy: String?

  public init(kind: Kind, message: String, remedy: String? = nil) {
    self.kind = kind
    self.message = message
    self.remedy = remedy
  }

  public var description: String { [message, remedy].compactMap { $0 }.joined(separator: "\n") }

  static func damaged(_ detail: String) -> Self {
    Self(
      kind: .damaged, message: "it is a damaged Word document: \(detail)",
      remedy: "Open it in Word or WPS and save it again as .docx, or fetch the file again.")
  }
}
