import DocumentModel
import Foundation
import LayoutAnalysis
import PDFSource
import PageImaging
import ScanReading
import TextRecognition
import VectorGraphics

/// Reads every page from its text layer when usable, otherwise by OCR (stage 2).
///
/// Pages are first sorted out in order: text-layer pages are read at once, and pages to OCR are
/// set aside. Those are then read in parallel, `threads` at a time (`PageReader+Scan.swift`).
struct PageReader: Sendable {
  var settings: ExtractionSettings
  /// How many scanned pages are read at once, each thread with its own engines.
  var threads: Int
  /// Whether every page is read by OCR because the document's text layer did not read as a
  /// report (`ReportExtractor`'s second witness), rather than because `--ocr always` asked.
  var textLayerDistrusted: Bool
  let analyzer: LayoutAnalyzer

  init(settings: ExtractionSettings, threads: Int, textLayerDistrusted: Bool = false) {
    self.settings = settings
    self.threads = max(1, threads)
    self.textLayerDistrusted = textLayerDistrusted
    analyzer = LayoutAnalyzer(settings: settings.layout)
  }

  /// A page to OCR: its number, its size in points, and why it is read by OCR.
  struct ScanJob: Sendable {
    var number: Int
    var width: Double
    var height: Double
    var reason: PageReading.Reason
  }

  /// What one page gave: its findings, then the page read from its text layer or the page set
  /// aside for OCR (neither for a page that could not be read); a text page with pictures to
  /// read by OCR has both `page` and `pictures`.
  private struct PageOutcome {
    var findings: [Finding] = []
    var page: ReadPage? = nil
    var scan: ScanJob? = nil
    var pictures: PictureJob? = nil
  }

  /// Reads every page of `document`.
  ///
  /// - Parameters:
  ///   - document: The opened PDF.
  ///   - data: Its bytes, which the OCR threads render from.
  ///   - workers: Set to the OCR threads when a page needed OCR, for the re-reads.
  ///   - findings: Where each page's findings are appended, in page order.
  /// - Returns: The pages read, in order (an unreadable page is left out, with a finding).
  /// - Throws: `ExtractionError` for the first page, in page order, that stops the document: the
  ///   OCR libraries or languages missing, a render or recognition failing.
  func pages(
    of document: PDFDocument, data: Data, workers: inout OCRWorkers?,
    findings: inout [Finding]
  ) throws(ExtractionError) -> [ReadPage] {
    guard document.pageCount > 0 else {
      throw ExtractionError(kind: .inputUnreadable, message: "The PDF has no pages.")
    }
    var outcomes: [PageOutcome] = []
    var stop: ExtractionError? = nil
    var drawings = Drawings(data: data)
    for number in 1...document.pageCount {
      do {
        outcomes.append(
          try outcome(ofPage: number, in: document, drawings: &drawings, workers: &workers))
      } catch {
        // Later pages are not read, as a loop reading each page in turn would not; the pages
        // before it that wait for OCR are, since one of them may stop the document first.
        stop = error
        break
      }
    }
    if let workers {
      var timer = StageTimer()
      try readScans(in: &outcomes, data: data, workers: workers)
      timer.mark("scanned pages")
    }
    if let stop { throw stop }
    for finding in outcomes.flatMap(\.findings) {
      // Every scanned page says orientation could not be checked; the first says it for all.
      if finding.check == Self.orientationUnchecked,
        findings.contains(where: { $0.check == Self.orientationUnchecked })
      {
        continue
      }
      findings.append(finding)
    }
    return outcomes.compactMap(\.page)
  }

  /// Reads page `number` from its text layer, or sets it aside for OCR (loading the OCR
  /// engines for the first such page).
  private func outcome(
    ofPage number: Int, in document: PDFDocument, drawings: inout Drawings,
    workers: inout OCRWorkers?
  ) throws(ExtractionError) -> PageOutcome {
    var timer = StageTimer()
    var outcome = PageOutcome()
    let text: PageText
    do {
      text = try document.pageText(number)
    } catch {
      outcome.findings.append(Finding(check: "page.unreadable", page: number, message: "\(error)"))
      return outcome
    }
    let layerVerdict = settings.textLayer.verdict(for: text)
    var verdict = layerVerdict
    if verdict == .empty,
      (try? document.imageCoverage(number)) ?? 1 < settings.textLayer.scanImageCoverage
    {
      // A sparse page of a text report (a band pushed over by a page break), not a scan.
      verdict = .usable
    }
    let useOCR = settings.ocr == .always || (settings.ocr == .auto && verdict != .usable)
    if !useOCR {
      if verdict != .usable {
        outcome.findings.append(
          Finding(
            check: "page.no-text", page: number,
            message: "the text layer is \(verdict.rawValue) and OCR is off (--ocr never)"))
      }
      timer.mark("page \(number) text")
      let vector =
        settings.rulingSource == .auto
        ? drawings.parsed()?.rulings(
          page: number, settings: settings.vectorRulings, cleanup: settings.rulingCleanup)
        : nil
      let pictures = pictureRegions(in: document, text: text, imageArea: vector?.imageArea)
      let rulings = try textPageRulings(
        document, number, vector: vector, size: (text.width, text.height), pictures: pictures)
      timer.mark("page \(number) rulings")
      let page = ReadPage(
        layout: analyzer.layout(of: text, rulings: rulings), origin: .text, image: nil)
      timer.mark("page \(number) layout")
      if pictures.isEmpty {
        outcome.page = page
      } else {
        try loadWorkers(&workers)
        outcome.pictures = PictureJob(page: page, regions: pictures)
      }
      return outcome
    }
    if verdict == .garbage {
      outcome.findings.append(
        Finding(
          check: "page.garbage-text", page: number,
          message: "the text layer does not decode to readable characters; read by OCR instead"))
    }
    try loadWorkers(&workers)
    let reason = ocrReason(
      layer: layerVerdict, sparse: layerVerdict == .empty && verdict == .usable,
      shapes: {
        drawings.parsed()?.rulings(
          page: number, settings: settings.vectorRulings, cleanup: settings.rulingCleanup)?
          .filledShapes ?? 0
      })
    outcome.scan = ScanJob(
      number: number, width: text.width, height: text.height, reason: reason)
    return outcome
  }

  /// Why a page is read by OCR (`source.page_reads`).
  ///
  /// - Parameters:
  ///   - layer: The text layer's own verdict.
  ///   - sparse: Whether the page has too few glyphs for a text layer but no scan's image: a
  ///     text report's near-empty page, or one whose glyphs are drawn as outlines.
  ///   - shapes: The page drawing's filled shapes that are not lines, asked for only for a
  ///     sparse page read again because the text layer did not read as a report.
  /// - Returns: The reason, `forced` for `--ocr always`.
  private func ocrReason(
    layer: TextLayerQuality.Verdict, sparse: Bool, shapes: () -> Int
  ) -> PageReading.Reason {
    if settings.ocr == .always && !textLayerDistrusted { return .forced }
    switch layer {
    case .garbage: return .garbledText
    case .empty where !sparse: return .noText
    case .empty where shapes() >= settings.textLayer.minimumOutlineShapes: return .outlines
    case .empty, .usable: return .notAReportText
    }
  }

  /// Loads the OCR threads' engines for the first page that needs them.
  private func loadWorkers(_ workers: inout OCRWorkers?) throws(ExtractionError) {
    try requireImagingLibraries()
    guard workers == nil else { return }
    if threads > 1 { PageBufferPolicy.keepPageBuffersInArenas() }
    do throws(OCRError) {
      workers = try OCRWorkers(threads: threads, settings: settings.recognition)
    } catch {
      throw ExtractionError(
        kind: .dependencyMissing, message: "OCR is needed but unavailable: \(error)",
        remedy: error.remedy)
    }
  }

  /// The PDF's page drawings, parsed from its bytes when a text-layer page first needs its
  /// rulings: a scan needs none, and the parsed file holds a copy of the bytes (7.5 MB for a
  /// 60-page scan) for as long as it lives.
  private struct Drawings {
    let data: Data
    /// nil until parsed; then the drawings, or nil when PDFStructure cannot read the file.
    private var drawing: PDFDrawing?? = nil

    init(data: Data) { self.data = data }

    mutating func parsed() -> PDFDrawing? {
      if let drawing { return drawing }
      let parsed = PDFDrawing(data: data)
      drawing = .some(parsed)
      return parsed
    }
  }

  /// A page read on the OCR threads: a scan, or a text page's pictures.
  private enum OCRJob: Sendable {
    case scan(ScanJob)
    case pictures(PictureJob)
  }

  /// Reads the outcomes' scan and picture jobs on the workers' threads and stores each page in
  /// its outcome.
  private func readScans(in outcomes: inout [PageOutcome], data: Data, workers: OCRWorkers)
    throws(ExtractionError)
  {
    var indices: [Int] = []
    var jobs: [OCRJob] = []
    for (index, outcome) in outcomes.enumerated() {
      if let scan = outcome.scan {
        jobs.append(.scan(scan))
      } else if let pictures = outcome.pictures {
        jobs.append(.pictures(pictures))
      } else {
        continue
      }
      indices.append(index)
    }
    let results = workers.map(jobs.count) { [self, jobs] session, index in
      switch jobs[index] {
      case .scan(let job): scannedPage(job, data: data, ocr: session)
      case .pictures(let job): picturePage(job, data: data, ocr: session)
      }
    }
    for (index, (page, findings)) in zip(indices, try results.get()) {
      outcomes[index].page = page
      outcomes[index].findings += findings
    }
  }

  /// A text-layer page's rulings: from its drawing (`vector`, when read) when that can be
  /// trusted, else from a render; none inside `pictures`, which are read by OCR with their own.
  ///
  /// A drawing is not trusted when images cover much of the page, since a table may be a
  /// picture; pictures read by OCR do not count.
  private func textPageRulings(
    _ document: PDFDocument, _ number: Int, vector: VectorRulingReader.Result?,
    size: (Double, Double), pictures: [Box]
  ) throws(ExtractionError) -> [Ruling] {
    let pictureArea = pictures.reduce(0) { $0 + $1.width * $1.height }
    if let vector,
      vector.imageArea - pictureArea
        <= settings.maximumImageFractionForVectorRulings * size.0 * size.1
    {
      return Self.outside(vector.rulings, pictures: pictures)
    }
    try requireImagingLibraries()
    let image = try render(document, number, dpi: settings.rulingDPI, color: false)
    return Self.outside(
      RulingDetector(settings: settings.rulings, cleanup: settings.rulingCleanup).rulings(
        in: image), pictures: pictures)
  }

  /// Leptonica and tesseract are loaded on first use; a missing one is a setup problem to report,
  /// not a page without rulings.
  ///
  /// Called before any OCR thread starts: loading sets the OpenMP thread limit in the
  /// environment (Sources/OCRLibraryLoader/library.c), which no other thread may read meanwhile.
  private func requireImagingLibraries() throws(ExtractionError) {
    if let reason = OCRLibraries.unavailableReason() {
      throw ExtractionError(
        kind: .dependencyMissing, message: "This page needs leptonica and tesseract: \(reason).",
        remedy: "Install them with `Scripts/install-deps` (libleptonica-dev, libtesseract-dev).")
    }
  }

  private func render(_ document: PDFDocument, _ page: Int, dpi: Double, color: Bool)
    throws(ExtractionError)
    -> PageImage
  {
    do {
      return try document.render(page: page, dpi: dpi, color: color)
    } catch {
      throw Self.renderError(page: page, error)
    }
  }

  static func renderError(page: Int, _ error: any Error) -> ExtractionError {
    ExtractionError(
      kind: .inputUnreadable, message: "page \(page) cannot be rendered: \(error)",
      remedy: "The PDF may be damaged; try repairing it with `qpdf in.pdf out.pdf`.")
  }
}
