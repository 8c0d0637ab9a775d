import DocumentModel

/// What kind of file a report was read from.
///
/// The raw values are the output's `source.kind`, written only for a file that is not a PDF.
public enum SourceKind: String, Hashable, Sendable, CaseIterable {
  /// A PDF: pages with a text layer or scanned.
  case pdf
  /// An HTML page, as government portals publish reports.
  case html
  /// A Word document in the Office Open XML format (.docx).
  case docx
  /// A Word 97–2003 (.doc), WPS (.wps), RTF or OpenDocument file, read through LibreOffice's
  /// DOCX conversion.
  case doc

  /// Whether the file is markup: no pages, its values located by table, row and column.
  public var isMarkup: Bool { self != .pdf }
}

/// Facts about the input file and how each page was read.
///
/// A markup file (HTML, DOCX) is read as one page of flowing text: `pages` is 1 and
/// `textPages` `[1]`.
public struct SourceInfo: Hashable, Sendable {
  /// The kind of file; `.pdf` unless the report was read from markup.
  public var kind = SourceKind.pdf
  /// The file's name (not its path, so output does not depend on where the file sits).
  public var file: String
  /// The SHA-256 of the file's bytes, lowercase hex.
  public var sha256: String
  public var pages: Int
  /// The PDF's producer metadata, when present.
  public var producer: String?
  /// Pages read from the text layer, counted from 1.
  public var textPages: [Int]
  /// Pages read by OCR, counted from 1.
  public var ocrPages: [Int]
  /// Pages found scanned sideways or upside down: page number → degrees turned clockwise.
  ///
  /// Their text was turned 90, 180 or 270 degrees and they were read turned back. Empty when
  /// no page was.
  public var turnedPages: [Int: Int] = [:]
  /// Where the report lies in a file that holds several (a compilation); nil for a file that
  /// holds one.
  public var report: ReportPosition? = nil
  /// How each page of a PDF was read, in page order; empty for markup (no pages).
  ///
  /// Text layer, OCR or both, why by OCR, and the turn the page was read back from.
  ///
  /// `textPages` and `ocrPages` stay as they were: a text page whose pictures were read by OCR
  /// (`text+ocr`) is among the text pages.
  public var pageReads: [PageReading] = []

  public init(
    file: String, sha256: String, pages: Int, producer: String?, textPages: [Int], ocrPages: [Int]
  ) {
    self.file = file
    self.sha256 = sha256
    self.pages = pages
    self.producer = producer
    self.textPages = textPages
    self.ocrPages = ocrPages
  }
}

/// One report's place among the reports of a compilation.
public struct ReportPosition: Hashable, Sendable {
  /// Its number among the file's reports, from 1, in page order.
  public var index: Int
  /// How many reports the file holds.
  public var count: Int
  /// Its first and last page, counted from 1 (inclusive); neighbours share a page when one
  /// report ends and the next begins on it.
  public var firstPage: Int
  public var lastPage: Int

  public init(index: Int, count: Int, firstPage: Int, lastPage: Int) {
    self.index = index
    self.count = count
    self.firstPage = firstPage
    self.lastPage = lastPage
  }
}
