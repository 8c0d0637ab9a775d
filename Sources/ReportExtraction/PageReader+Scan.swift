import DocumentModel
import Foundation
import PDFSource
import PageImaging
import ReportSchema
import ScanReading
import TextRecognition

extension PageReader {
  /// The check id of the one finding that says scanned pages were not checked for orientation.
  static let orientationUnchecked = "page.orientation-unchecked"
  /// The check ids of the findings that say a scanned page was read turned back, or read as
  /// upright although orientation detection called it turned.
  static let pageTurned = "page.turned"
  static let orientationDoubtful = "page.orientation-doubtful"

  /// Reads one scanned page on the calling thread: render, binarize, turn upright, clean, find
  /// rulings, OCR, lay out.
  ///
  /// - Parameters:
  ///   - job: The page.
  ///   - data: The PDF's bytes, opened again for the render (`PDFDocument.render(page:of:)`).
  ///   - ocr: The calling thread's engines.
  /// - Returns: The page (its image kept for the re-reads) and its findings, or why the
  ///   document cannot be read.
  func scannedPage(_ job: ScanJob, data: Data, ocr: OCRSession)
    -> Result<(ReadPage, [Finding]), ExtractionError>
  {
    var findings: [Finding] = []
    let number = job.number
    // Read as the page lies first: most scans are upright, and a page whose words are the
    // format's needs no orientation detection (`uprightVocabularyPairs`). Any other page is
    // rendered again for the detection, and read again if it is turned. The binarized images
    // are not kept meanwhile (17 MB a page at 300 dpi, docs/performance.md).
    var page: CleanedPage
    var words: [Word]
    switch binarizedPage(job, data: data).flatMap({ read($0, page: number, turn: 0, ocr: ocr) }) {
    case .success(let read): (page, words) = read
    case .failure(let error): return .failure(error)
    }
    if Self.horizontalVocabularyPairs(in: words) < settings.recognition.uprightVocabularyPairs {
      let binarized: BinarizedPage
      switch binarizedPage(job, data: data) {
      case .success(let images): binarized = images
      case .failure(let error): return .failure(error)
      }
      var timer = StageTimer()
      let turn = uprightTurn(of: binarized.text, page: number, ocr: ocr, findings: &findings)
      timer.mark("page \(number) orientation")
      if turn != 0 {
        switch read(binarized, page: number, turn: turn, ocr: ocr) {
        case .success(let read):
          // The turn was judged on a reduced copy; the two full readings decide it. OSD called
          // a 150 dpi bilevel page of letter-spaced labels and zeros upside down with
          // confidence 2.6, no word pair read either way, and its 149 zeros were lost turned
          // (stress 9766:19 p. 3; mean word confidence 0.49 upright, 0.30 turned).
          let upright = Self.horizontalVocabularyPairs(in: words)
          let turned = Self.horizontalVocabularyPairs(in: read.1)
          let uprightConfidence = Self.meanConfidence(of: words)
          let turnedConfidence = Self.meanConfidence(of: read.1)
          if Self.readsBetterUpright(upright: words, turned: read.1) {
            findings.removeAll { $0.check == Self.pageTurned && $0.page == number }
            findings.append(
              Finding(
                check: Self.orientationDoubtful, page: number,
                message: String(
                  format:
                    "orientation detection says the page is turned %d°, but read at full resolution it reads better upright (%d of the format's word pairs, mean confidence %.2f) than turned back (%d, %.2f); read as upright",
                  turn, upright, uprightConfidence, turned, turnedConfidence)
              ))
          } else {
            (page, words) = read
          }
        case .failure(let error): return .failure(error)
        }
      }
    }
    var timer = StageTimer()
    words = UnreadValueReader(settings: settings.recognition).completed(
      words, in: page.image, rulings: page.rulings,
      rulingTolerance: settings.tables.edgeTolerance, session: ocr)
    timer.mark("page \(number) unread values")
    // A page turned a quarter is as wide as the scan is high.
    let (width, height) =
      page.turn % 180 == 0 ? (job.width, job.height) : (job.height, job.width)
    let layout = analyzer.layout(
      pageNumber: number, width: width, height: height, words: words, rulings: page.rulings)
    timer.mark("page \(number) layout")
    return .success(
      (
        ReadPage(
          layout: layout, origin: .ocr, image: page.image, turn: page.turn, reason: job.reason,
          darkInk: page.darkInk),
        findings
      ))
  }

  /// Page OCR's words of a cleaned page image (or a picture's), read at full resolution on the
  /// first `fullResolutionPages` pages and at `pageOCRDPI` after them.
  func pageOCRWords(of image: PageImage, page number: Int, ocr: OCRSession)
    -> Result<[Word], ExtractionError>
  {
    let pageImage =
      number <= settings.fullResolutionPages
      ? image : ImageScaler.downscaled(image, toDPI: settings.pageOCRDPI)
    do throws(OCRError) {
      return .success(try ocr.words(in: pageImage))
    } catch {
      return .failure(
        ExtractionError(
          kind: .dependencyMissing, message: "OCR failed on page \(number): \(error)",
          remedy: error.remedy))
    }
  }

  /// A scanned page binarized for its text and for its rulings, and on the first page for its
  /// dark ink (`ScanBinarizer.binarizedForTextAndRulings`).
  private typealias BinarizedPage = (text: PageImage, rulings: PageImage, darkInk: PageImage?)

  /// A scanned page made ready for OCR: upright, cleaned, its rulings found.
  private struct CleanedPage {
    /// 0 (ink) or 255 (paper), at `ocrDPI`.
    var image: PageImage
    var rulings: [Ruling]
    /// How far the scan was turned clockwise; `image` is turned back.
    var turn: Int
    /// The dark ink, lined up with `image`; first page only.
    var darkInk: PageImage?
  }

  /// Renders and binarizes the page; the color render (26 MB at 300 dpi) is released before
  /// the page is cleaned.
  private func binarizedPage(_ job: ScanJob, data: Data) -> Result<BinarizedPage, ExtractionError> {
    var timer = StageTimer()
    defer { timer.mark("page \(job.number) render+binarize") }
    do {
      // Binarized against the local paper level first: ScanCleaner's global threshold drops the
      // hairline strokes of blurred low-dpi scans; it then only deskews and despeckles.
      return .success(
        ScanBinarizer(seal: settings.scanCleaning).binarizedForTextAndRulings(
          try PDFDocument.render(page: job.number, of: data, dpi: settings.ocrDPI, color: true),
          darkInk: job.number == 1))
    } catch {
      return .failure(Self.renderError(page: job.number, error))
    }
  }

  /// The binarized page turned back by `turn`, cleaned, its rulings found, and its words.
  private func read(_ binarized: BinarizedPage, page number: Int, turn: Int, ocr: OCRSession)
    -> Result<(CleanedPage, [Word]), ExtractionError>
  {
    let page = cleanedPage(binarized, page: number, turn: turn)
    var timer = StageTimer()
    defer { timer.mark("page \(number) OCR") }
    // Page OCR reads labels and prose; numbers are re-read from the full-resolution image.
    // Page 1 keeps full resolution: its title's rare place-name characters need it.
    return pageOCRWords(of: page.image, page: number, ocr: ocr).map { (page, $0) }
  }

  /// Turns the binarized page back, cleans it and finds its rulings.
  private func cleanedPage(_ binarized: BinarizedPage, page number: Int, turn: Int) -> CleanedPage {
    var timer = StageTimer()
    let cleaner = ScanCleaner(settings: settings.scanCleaning)
    let cleaned = cleaner.cleaned(binarized.text.turnedCounterClockwise(by: turn))
    // Rulings from the cleaned page and from a more lenient binarization: light gray borders
    // break up in the first (ScanBinarizer.rulingInkRatio), while in the second a shaded band
    // row swallows its own borders (s07's 第二十条 bands); their segments are cleaned together.
    let rulingImage = cleaner.straightened(
      binarized.rulings.turnedCounterClockwise(by: turn), skewDegrees: cleaned.skewDegrees)
    let detector = RulingDetector(settings: settings.rulings, cleanup: settings.rulingCleanup)
    let found = detector.found(in: [cleaned.image, rulingImage])
    let rulings = RulingCompleter(
      settings: settings.rulings.completion, tolerance: settings.rulingCleanup.snapTolerance
    ).completed(found.rulings, in: [cleaned.image, rulingImage])
    // Dashed borders are taken out of the page before OCR: tesseract's page layout takes their
    // thousands of dashes for noise or pictures and reads whole regions as junk (9741:28, a
    // table in 3.6 pt dashes: table 三 read as `|加本其，志1/时`, while the same page without
    // them reads right). Solid rulings it finds and drops itself.
    let image =
      found.dashed.isEmpty
      ? cleaned.image
      : cleaned.image.whitened(
        along: found.dashed, halfWidth: settings.rulings.dashMaximumThickness)
    // A page read both ways keeps both readings' dumps apart.
    let name = "page\(number)" + (turn == 0 ? "" : "-turned\(turn)")
    DebugDump.image(image, name: name)
    DebugDump.image(rulingImage, name: "\(name)-rulings")
    DebugDump.image(cleaned.image, rulings: rulings, name: "\(name)-grid")
    DebugDump.text(
      found.dashed.map { "\($0.axis) \(Int($0.position)) \(Int($0.start))–\(Int($0.end))" }
        .joined(separator: "\n"), name: "\(name)-dashed")
    DebugDump.text(
      rulings.map { "\($0.axis) \(Int($0.position)) \(Int($0.start))–\(Int($0.end))" }
        .joined(separator: "\n"), name: "\(name)-rulings")
    timer.mark("page \(number) cleaning")
    let darkInk = binarized.darkInk.map {
      cleaner.straightened($0.turnedCounterClockwise(by: turn), skewDegrees: cleaned.skewDegrees)
    }
    return CleanedPage(image: image, rulings: rulings, turn: turn, darkInk: darkInk)
  }

  /// How many of the format's word pairs `words` hold, counting only words wider than tall.
  ///
  /// Tesseract reads a page lying on its side as vertical text, word pairs and all (stress
  /// 9503:5, turned 90°: 97 pairs as it lay, 97 turned back); its words are taller than wide.
  static func horizontalVocabularyPairs(in words: [Word]) -> Int {
    words.filter { $0.box.width > $0.box.height }.reduce(0) {
      $0 + ReportVocabulary.hits(in: $1.text)
    }
  }

  /// Whether a page's full reading as it lies reads better than its reading turned back: more
  /// of the format's word pairs, or as many and a higher mean confidence.
  static func readsBetterUpright(upright: [Word], turned: [Word]) -> Bool {
    let (uprightPairs, turnedPairs) =
      (horizontalVocabularyPairs(in: upright), horizontalVocabularyPairs(in: turned))
    return turnedPairs < uprightPairs
      || (turnedPairs == uprightPairs && meanConfidence(of: turned) < meanConfidence(of: upright))
  }

  /// The mean OCR confidence of `words` (0 for none).
  static func meanConfidence(of words: [Word]) -> Double {
    words.isEmpty ? 0 : words.reduce(0) { $0 + $1.confidence } / Double(words.count)
  }

  /// How far the scanned page's text is turned clockwise (0, 90, 180 or 270).
  ///
  /// Tesseract's orientation detection proposes a turn on a reduced copy; the page's own words
  /// decide it. OSD judges glyph shapes, and on pages of digits and ruled cells it calls upright
  /// pages upside down with confidences of 0.9–4.0 (stress 9502: 6 pages of 12 documents, whole
  /// tables then read as garbage), while upright OCR of a report page finds dozens of the
  /// format's word pairs (`ReportVocabulary`) and turned OCR almost none. So the page is read
  /// both ways and the way with more of them wins; when both find as many (none), OSD's answer
  /// stands if it is confident.
  private func uprightTurn(
    of image: PageImage, page number: Int, ocr: OCRSession, findings: inout [Finding]
  ) -> Int {
    if let reason = ocr.orientationUnavailable {
      findings.append(
        Finding(
          check: Self.orientationUnchecked, page: nil,
          message:
            "scanned pages are read as upright: orientation detection is unavailable (\(reason)); install tesseract-ocr-osd"
        ))
      return 0
    }
    let reduced = ImageScaler.downscaled(image, toDPI: settings.recognition.orientationDPI)
    guard let found = ocr.orientation(of: reduced), found.degrees != 0 else { return 0 }
    let confidence = String(format: "%.1f", found.confidence)
    let upright = vocabularyPairs(in: reduced, ocr: ocr)
    let turned = vocabularyPairs(in: reduced.turnedCounterClockwise(by: found.degrees), ocr: ocr)
    let confident = found.confidence >= settings.recognition.minimumOrientationConfidence
    guard turned > upright || (turned == upright && confident) else {
      findings.append(
        Finding(
          check: Self.orientationDoubtful, page: number,
          message:
            "orientation detection says the page is turned \(found.degrees)° (confidence \(confidence)), but it reads as a report upright (\(upright) of the format's word pairs, \(turned) turned); read as upright"
        ))
      return 0
    }
    findings.append(
      Finding(
        check: Self.pageTurned, page: number,
        message:
          "the page is scanned turned \(found.degrees)° clockwise (confidence \(confidence); \(turned) of the format's word pairs read turned back, \(upright) as it lies); read turned back"
      ))
    return found.degrees
  }

  /// How many of the format's word pairs page OCR finds in `image` along horizontal lines (0
  /// when OCR fails; `horizontalVocabularyPairs`).
  private func vocabularyPairs(in image: PageImage, ocr: OCRSession) -> Int {
    guard let words = try? ocr.words(in: image) else { return 0 }
    return Self.horizontalVocabularyPairs(in: words)
  }
}
