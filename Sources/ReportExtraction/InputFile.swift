import Foundation
import PDFSource

/// Reads the input bytes and opens them with poppler, turning binding errors into
/// `ExtractionError`s with a remedy.
enum InputFile {
  /// The file's bytes.
  static func read(_ url: URL) throws(ExtractionError) -> Data {
    let path = url.path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ExtractionError(
        kind: .inputUnreadable, message: "\(path): no such file.", remedy: "Check the path.")
    }
    guard !isDirectory.boolValue else {
      throw ExtractionError(
        kind: .inputUnreadable, message: "\(path) is a folder, not a report file.",
        remedy: "Use `govreport batch \(path) --out DIR` to convert a folder.")
    }
    do {
      let data = try Data(contentsOf: url)
      guard !data.isEmpty else {
        throw ExtractionError(
          kind: .inputUnreadable, message: "\(path) is empty (0 bytes).",
          remedy: "The download or copy was probably interrupted; fetch the file again.")
      }
      return data
    } catch let error as ExtractionError {
      throw error
    } catch {
      throw ExtractionError(
        kind: .inputUnreadable, message: "\(path) cannot be read: \(error.localizedDescription)",
        remedy: "Check the file's permissions.")
    }
  }

  /// The opened document.
  static func open(_ data: Data, path: String) throws(ExtractionError) -> PDFDocument {
    do {
      return try PDFDocument(data: data)
    } catch let error as PDFSourceError {
      // Not a PDF, and not HTML or Word either (those were recognized before).
      let remedy =
        error.kind == .notPDF
        ? "govreport reads PDF, HTML and Word (.docx; .doc and .wps through LibreOffice) reports; convert the file to one of them."
        : error.remedy
      throw ExtractionError(
        kind: .inputUnreadable, message: "\(path): \(error.message)", remedy: remedy)
    } catch {
      throw ExtractionError(kind: .inputUnreadable, message: "\(path): \(error)")
    }
  }
}
