import DOCXSource
import DocumentModel
import Foundation
import HTMLSource
import ReportSchema

/// Recognizes HTML and Word inputs and reads them into a `MarkupDocument`, turning the sources'
/// errors into `ExtractionError`s.
///
/// A file is told by its content first: `%PDF-` is a PDF whatever its name; a ZIP is a DOCX (an
/// OpenDocument text is converted); an OLE compound file is a Word 97–2003 or WPS document (or
/// a password-protected DOCX); `{\rtf` is RTF; markup is HTML, unless the file is named `.pdf`
/// (a portal's error page saved as the report keeps the PDF path's "not a PDF" error).
enum MarkupInput {
  /// The kind of a markup input, or nil for a PDF (or anything the PDF path should reject).
  static func kind(of data: Data, url: URL) -> SourceKind? {
    if hasPDFHeader(data) { return nil }
    let fileExtension = url.pathExtension.lowercased()
    switch WordFileKind.of(data, fileExtension: fileExtension) {
    case .zip:
      return isOpenDocument(data, fileExtension: fileExtension) ? .doc : .docx
    case .legacyWord, .rtf, .encryptedPackage, .otherCompoundFile:
      return .doc
    case nil:
      break
    }
    if fileExtension == "pdf" { return nil }
    if ["html", "htm", "xhtml", "shtml"].contains(fileExtension) || HTMLReader.looksLikeHTML(data) {
      return .html
    }
    return nil
  }

  /// The document in `data`, read as `kind`.
  ///
  /// - Throws: `ExtractionError` `.inputUnreadable` for a damaged, encrypted or unrecognized
  ///   file, `.dependencyMissing` when a .doc or .wps file needs LibreOffice and it is missing.
  static func document(_ kind: SourceKind, data: Data, url: URL) throws(ExtractionError)
    -> MarkupDocument
  {
    let path = url.path
    do {
      switch kind {
      case .html:
        return try HTMLReader().document(from: data)
      case .docx:
        return try DOCXReader().document(from: data)
      case .doc:
        let fileExtension = url.pathExtension.lowercased()
        switch WordFileKind.of(data, fileExtension: fileExtension) {
        case .encryptedPackage:
          throw DOCXSourceError(
            kind: .encrypted, message: "it is a password-protected Word document",
            remedy: "Open it in Word or WPS, remove the password, and save it again.")
        case .otherCompoundFile:
          throw DOCXSourceError(
            kind: .notWordDocument,
            message: "it is an Office file that is not a Word document (a spreadsheet?)",
            remedy: "Pass the report's PDF, HTML or Word file.")
        default:
          let docx = try LegacyDocumentConverter().docx(from: data, fileExtension: fileExtension)
          var document = try DOCXReader().document(from: docx)
          document.notices.append(
            "read through LibreOffice's conversion of the \(fileExtension.isEmpty ? "file" : ".\(fileExtension) file") to DOCX"
          )
          return document
        }
      case .pdf:
        preconditionFailure("a PDF is not markup")
      }
    } catch let error as HTMLSourceError {
      throw ExtractionError(
        kind: .inputUnreadable, message: "\(path): \(error.message)", remedy: error.remedy)
    } catch let error as DOCXSourceError {
      throw ExtractionError(
        kind: error.kind == .converterMissing ? .dependencyMissing : .inputUnreadable,
        message: "\(path): \(error.message)", remedy: error.remedy)
    } catch {
      throw ExtractionError(kind: .inputUnreadable, message: "\(path): \(error)")
    }
  }

  /// Whether the first 1024 bytes hold `%PDF-` (poppler's own test, `PDFFileCheck`).
  static func hasPDFHeader(_ data: Data) -> Bool {
    data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil
  }

  /// Whether a ZIP is an OpenDocument text: its first entry, stored uncompressed, is the
  /// `mimetype` naming it.
  static func isOpenDocument(_ data: Data, fileExtension: String) -> Bool {
    fileExtension == "odt"
      || data.prefix(128).range(of: Data("application/vnd.oasis.opendocument.text".utf8)) != nil
  }
}
