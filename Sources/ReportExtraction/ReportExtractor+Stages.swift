import DocumentModel
import Foundation
import ReportSchema
import ScanReading

/// What the pipeline found before mapping: each page's layout (rulings included) and how it was
/// read, and the table grids with their spans after stitching and number re-reading.
///
/// Kept for `govreport inspect`, whose page images draw exactly what the extraction used.
public struct ExtractionStages: Sendable {
  /// Every page read, in order, with its rulings and words (points).
  public var layouts: [PageLayout]
  /// How each page in `layouts` was read (parallel array).
  public var origins: [TextOrigin]
  /// The tables, stitched across pages; each cell knows its page.
  public var tables: [TableGrid]

  init(pages: [ReadPage], tables: [TableGrid]) {
    layouts = pages.map(\.layout)
    origins = pages.map(\.origin)
    self.tables = tables
  }
}

extension ReportExtractor {
  /// Extracts the report and returns the intermediate stages beside the output.
  ///
  /// The same single pass as `extract(_:)`: the stages are recorded, not recomputed.
  ///
  /// - Throws: `ExtractionError`, as `extract(_:)`.
  public func extractWithStages(_ url: URL) throws(ExtractionError) -> (
    ExtractionOutput, ExtractionStages
  ) {
    var stages: ExtractionStages? = ExtractionStages(pages: [], tables: [])
    // With stages asked for, the file is read as one report (a compilation's are not cut).
    let outputs = try extract(url, stages: &stages)
    guard let output = outputs.first, outputs.count == 1 else {
      throw .severalReports(outputs, in: url)
    }
    return (output, stages ?? ExtractionStages(pages: [], tables: []))
  }
}
