import DocumentModel
import Foundation
import PDFSource
import ReportSchema
import ReviewPage

/// Writes the visual review of one report: an annotated image per page with a table and a
/// self-contained `index.html` showing them next to the extracted tables (issue #6).
///
/// The images show what the extraction used: the rulings found, the grid cells with their spans
/// (merged cells outlined thick), and each value cell's key, value and review standing.
public struct ReportInspector: Sendable {
  public var settings: ExtractionSettings
  /// The resolution of the page images, in dpi.
  ///
  /// 110 dpi keeps an A4 page at 910 × 1286 px (about 150–250 KB as PNG) while a 5 pt label
  /// is still 7–8 px high and legible.
  public var dpi = 110.0

  public init(settings: ExtractionSettings = ExtractionSettings()) {
    self.settings = settings
  }

  /// The review page's file name inside the output folder.
  public static let indexFile = "index.html"

  /// Extracts the report at `url` and writes its review folder; returns the output.
  ///
  /// One extraction pass: the stages are recorded on the way, not recomputed.
  ///
  /// - Parameters:
  ///   - url: the report PDF.
  ///   - folder: the output folder, created if needed; `index.html` and `page-N.png` are written.
  ///   - jsonFile: the name of the JSON written beside them by the caller, shown in the header.
  /// - Returns: the extraction output the page shows.
  /// - Throws: `ExtractionError` as `ReportExtractor.extract(_:)`, or `.outputNotWritable`.
  public func inspect(_ url: URL, to folder: URL, jsonFile: String? = nil) throws(ExtractionError)
    -> ExtractionOutput
  {
    let (output, stages) = try ReportExtractor(settings: settings).extractWithStages(url)
    try write(output, stages: stages, pdf: url, to: folder, jsonFile: jsonFile)
    return output
  }

  /// The pages drawn: every page with a table cell or a value read, in order.
  func inspectedPages(_ output: ExtractionOutput, stages: ExtractionStages) -> [InspectedPage] {
    let gridCells = stages.tables.flatMap(\.cells)
    let valuePages = Set(output.report.cells.values.map(\.page))
    return zip(stages.layouts, stages.origins).compactMap { layout, origin in
      let number = layout.pageNumber
      let cells = gridCells.filter { $0.page == number }
      guard !cells.isEmpty || valuePages.contains(number) else { return nil }
      return InspectedPage(
        number: number, width: layout.width, height: layout.height, origin: origin,
        rulings: layout.rulings, cells: cells, dpi: dpi)
    }
  }

  /// Draws the page images and writes them with `index.html` into `folder`.
  func write(
    _ output: ExtractionOutput, stages: ExtractionStages, pdf url: URL, to folder: URL,
    jsonFile: String?
  ) throws(ExtractionError) {
    let pages = inspectedPages(output, stages: stages)
    try Self.createFolder(folder)
    let document = try InputFile.open(try InputFile.read(url), path: url.path)
    let builder = OverlayBuilder()
    for page in pages {
      let png: Data
      do {
        png = try document.annotatedPNG(
          page: page.number, dpi: page.dpi, overlay: builder.overlay(for: page, output: output))
      } catch {
        throw ExtractionError(
          kind: .inputUnreadable, message: "page \(page.number) cannot be drawn: \(error)")
      }
      try Self.write(png, to: folder.appendingPathComponent(page.imageFile))
    }
    let html = ReviewPageWriter().html(for: output, pages: pages, jsonFile: jsonFile)
    try Self.write(Data(html.utf8), to: folder.appendingPathComponent(Self.indexFile))
  }

  private static func createFolder(_ folder: URL) throws(ExtractionError) {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw ExtractionError(
        kind: .outputNotWritable,
        message: "cannot create \(folder.path): \(error.localizedDescription)",
        remedy: "Check that the parent folder exists and is writable.")
    }
  }

  /// Writes a file atomically (a temporary file renamed into place).
  static func write(_ data: Data, to url: URL) throws(ExtractionError) {
    do {
      try data.write(to: url, options: .atomic)
    } catch {
      throw ExtractionError(
        kind: .outputNotWritable,
        message: "cannot write \(url.path): \(error.localizedDescription)",
        remedy: "Check that the folder is writable.")
    }
  }
}
