import DocumentModel
import Foundation
import LayoutAnalysis
import PDFSource
import ReportMapping
import ReportSchema
import ReportValidation
import ScanReading
import TableReconstruction

/// Reads one report PDF (or HTML page or Word document, `ReportExtractor+Markup.swift`) into the
/// output contract: the stages in written order.
///
/// 1. open the PDF; 2. read each page from its text layer or by OCR; 3. find table grids and
/// stitch tables across pages; 4. re-read OCR'd number cells digit by digit; 5. map labels to
/// canonical keys; 6. repair OCR misreads the cross-sums prove; 7. run the cross-checks and list
/// what a person should review.
public struct ReportExtractor: Sendable {
  public var settings: ExtractionSettings
  /// How many scanned pages are read at once (stages 2 and 4), each thread with its own tesseract
  /// engines; the output is the same for any value.
  ///
  /// With 1 (the default) pages are read one after another; `govreport extract` uses one thread
  /// per core. More than 1 also changes how glibc serves large buffers, for the rest of the
  /// process (`PageBufferPolicy`).
  public var threads: Int
  /// Set on the second pass that reads every page by OCR because the text layer did not read
  /// as a report: the pages' `source.page_reads` reason is then `not-a-report-text` (or what
  /// else was wrong with a page's layer), not `forced`.
  var textLayerDistrusted = false

  public init(settings: ExtractionSettings = ExtractionSettings(), threads: Int = 1) {
    precondition(threads >= 1, "at least one thread")
    self.settings = settings
    self.threads = threads
  }

  /// Extracts the report in the file at `url`.
  ///
  /// - Throws: `ExtractionError` when the file cannot be read as a PDF, a dependency is missing,
  ///   the PDF is not an annual report, or it holds several (`.severalReports`: use
  ///   `extractAll(_:)`).
  public func extract(_ url: URL) throws(ExtractionError) -> ExtractionOutput {
    let reports = try extractAll(url)
    guard reports.count == 1, let only = reports.first else {
      throw .severalReports(reports, in: url)
    }
    return only
  }

  /// Extracts every report in the file: one for most files, several for a compilation (each
  /// with its place in `source.report`).
  ///
  /// - Throws: `ExtractionError` as `extract(_:)`, but never `.severalReports`.
  public func extractAll(_ url: URL) throws(ExtractionError) -> [ExtractionOutput] {
    var stages: ExtractionStages? = nil
    return try extract(url, stages: &stages)
  }

  /// Extracts the reports, and when `stages` is non-nil on entry (one report wanted) fills it
  /// with the pages and tables found on the way (ReportExtractor+Stages.swift).
  func extract(
    _ url: URL, stages: inout ExtractionStages?, leadingFindings: [Finding] = []
  ) throws(ExtractionError) -> [ExtractionOutput] {
    var timer = StageTimer()
    let data = try InputFile.read(url)
    if let kind = MarkupInput.kind(of: data, url: url) {
      // HTML and Word: no pages to read, the same mapping, checks and review (+Markup.swift).
      guard stages == nil else { throw .pagesNeeded(url) }
      return [try extractMarkup(kind, data: data, url: url)]
    }
    let document = try InputFile.open(data, path: url.path)
    timer.mark("open")
    var findings = leadingFindings
    var workers: OCRWorkers? = nil
    let pages = try PageReader(
      settings: settings, threads: threads, textLayerDistrusted: textLayerDistrusted
    ).pages(
      of: document, data: data, workers: &workers, findings: &findings)  // 2
    timer.mark("pages")
    var file = SourceInfo(
      file: url.lastPathComponent, sha256: FileHash.sha256Hex(data), pages: document.pageCount,
      producer: document.producer, textPages: [], ocrPages: [])
    if stages == nil,
      let several = reports(
        in: pages, file: file, workers: workers, findings: findings, timer: &timer)
    {
      return several
    }
    do throws(MappingError) {
      return [
        try report(
          from: pages, file: &file, workers: workers, findings: findings, stages: &stages,
          timer: &timer)
      ]
    } catch {
      if settings.ocr == .auto, pages.contains(where: { $0.origin == .text }),
        document.pageCount <= settings.maximumPagesForOCRRetry
      {
        // A second witness: what the pages show. The text layer may lie or be missing.
        var again = self
        again.settings.ocr = .always
        again.textLayerDistrusted = true
        let note = Finding(
          check: "page.text-layer-distrusted", page: nil,
          message:
            "the text layer does not read as a report (\(error)); every page was read by OCR")
        return try again.extract(url, stages: &stages, leadingFindings: leadingFindings + [note])
      }
      throw ExtractionError(
        kind: .reportNotFound,
        message:
          "\(url.lastPathComponent) is not an annual information-disclosure report: \(error)",
        remedy: pages.allSatisfy({ $0.origin == .ocr }) && settings.ocr == .never
          ? "Its pages have no text layer; run with --ocr auto." : nil)
    }
  }

  /// The reports of a compilation, each from its own pages; nil unless at least two are found.
  ///
  /// A stretch of pages that does not map to a report (a cover, a contents page) is dropped.
  private func reports(
    in pages: [ReadPage], file: SourceInfo, workers: OCRWorkers?, findings: [Finding],
    timer: inout StageTimer
  ) -> [ExtractionOutput]? {
    let segments = ReportSegmenter(settings: settings.mapping).segments(of: pages.map(\.layout))
    guard segments.count >= 2 else { return nil }
    let byNumber = Dictionary(
      pages.map { ($0.layout.pageNumber, $0) }, uniquingKeysWith: { first, _ in first })
    var found: [(ExtractionOutput, ReportSegment)] = []
    for segment in segments {
      let parts = segment.layouts.compactMap { layout in
        byNumber[layout.pageNumber].map { $0.with(layout: layout) }
      }
      let range = segment.firstPage...segment.lastPage
      var source = file
      var noStages: ExtractionStages? = nil
      guard
        let output = try? report(
          from: parts, file: &source, workers: workers,
          findings: findings.filter { $0.page.map(range.contains) ?? true }, stages: &noStages,
          timer: &timer)
      else { continue }
      found.append((output, segment))
    }
    guard found.count >= 2 else { return nil }
    return found.enumerated().map { index, item in
      var (output, segment) = item
      output.source.report = ReportPosition(
        index: index + 1, count: found.count, firstPage: segment.firstPage,
        lastPage: segment.lastPage)
      return output
    }
  }

  /// Stages 3–7 on the pages of one report.
  private func report(
    from pages: [ReadPage], file: inout SourceInfo, workers: OCRWorkers?, findings: [Finding],
    stages: inout ExtractionStages?, timer: inout StageTimer
  ) throws(MappingError) -> ExtractionOutput {
    var pages = pages
    var findings = findings
    let builder = TableBuilder(settings: settings.tables)
    for page in pages { DebugDump.lines(page.layout, name: "page\(page.layout.pageNumber)-lines") }
    let tables = TableStitcher(settings: settings.tables).stitched(
      pages.flatMap { builder.tables(in: $0.layout) }, layouts: pages.map(\.layout))  // 3
    timer.mark("tables")
    DebugDump.tables(tables, name: "tables-page-ocr")
    let reread = ScanRereader(pictureLabelInset: settings.pictures.labelInset).reread(
      tables, pages: pages, workers: workers)  // 4
    let readTables = reread.tables
    DebugDump.tables(readTables, name: "tables-reread")
    pages = reread.pages
    if stages != nil { stages = ExtractionStages(pages: pages, tables: readTables) }
    timer.mark("rereads")
    var report = try ReportMapper(settings: settings.mapping).report(
      from: readTables, layouts: pages.map(\.layout), findings: &findings)  // 5
    timer.mark("mapping")
    var review: [ReviewItem] = []
    if pages.contains(where: { $0.origin == .ocr || !$0.layout.ocrRegions.isEmpty }) {
      let repair = SumRepairer().repaired(report)  // 6
      report = repair.0
      review += repair.1
    }
    let checks = ReportChecker().checks(for: report)  // 7
    review = Self.merged(
      review, ReviewBuilder().review(for: report, checks: checks, findings: findings))
    timer.mark("checks")
    file.textPages = pages.filter { $0.origin == .text }.map(\.layout.pageNumber)
    file.ocrPages = pages.filter { $0.origin == .ocr }.map(\.layout.pageNumber)
    for page in pages where page.turn != 0 {
      file.turnedPages[page.layout.pageNumber] = page.turn
    }
    file.pageReads = pages.map(\.reading)
    return ExtractionOutput(
      source: file, report: report, checks: checks, review: review,
      warnings: findings.map(\.line))
  }

  /// Review items from both lists, each (cell, reason) once, in canonical cell order.
  static func merged(_ first: [ReviewItem], _ second: [ReviewItem]) -> [ReviewItem] {
    var seen = Set<ReviewItem>()
    return (first + second).filter { seen.insert($0).inserted }
  }
}
