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
    let page: CleanedPage
    switch cleanedPage(job, data: data, ocr: ocr, findings: &findings) {
    case .success(let cleaned): page = cleaned
    case .failure(let error): return .failure(error)
    }
    var timer = StageTimer()
    // Page OCR reads labels and prose; numbers are re-read from the full-resolution image.
    // Page 1 keeps full resolution: its title's rare place-name characters need it.
    let words: [Word]
    switch pageOCRWords(of: page.image, page: number, ocr: ocr) {
    case .success(let read): words = read
    case .failure(let error): return .failure(error)
    }
    timer.mark("page \(number) OCR")
    // A page turned a quarter is as wide as the scan is high.
    let (width, height) =
      page.turn % 180 == 0 ? (job.width, job.height) : (job.height, job.width)
    let layout = analyzer.layout(
      pageNumber: number, width: width, height: height, words: words, rulings: page.rulings)
    timer.mark("page \(number) layout")
    return .success(
      (
        ReadPage(
          layout: layout, origin: .ocr, image: page.image, turn: page.turn, reason: job.reason),
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

  /// A scanned page made ready for OCR: upright, cleaned, its rulings found.
  private struct CleanedPage {
    /// 0 (ink) or 255 (paper), at `ocrDPI`.
    var image: PageImage
    var rulings: [Ruling]
    /// How far the scan was turned clockwise; `image` is turned back.
    var turn: Int
  }

  /// Renders, binarizes, turns upright and cleans the page and finds its rulings; the
  /// intermediate images (a color render is 26 MB at 300 dpi, each gray one 8.7) are released
  /// before OCR.
  private func cleanedPage(
    _ job: ScanJob, data: Data, ocr: OCRSession, findings: inout [Finding]
  ) -> Result<CleanedPage, ExtractionError> {
    var timer = StageTimer()
    let number = job.number
    let binarized: (text: PageImage, rulings: PageImage)
    do {
      // Binarized against the local paper level first: ScanCleaner's global threshold drops the
      // hairline strokes of blurred low-dpi scans; it then only deskews and despeckles.
      binarized = ScanBinarizer(seal: settings.scanCleaning).binarizedForTextAndRulings(
        try PDFDocument.render(page: number, of: data, dpi: settings.ocrDPI, color: true))
    } catch {
      return .failure(Self.renderError(page: number, error))
    }
    timer.mark("page \(number) render+binarize")
    let turn = uprightTurn(of: binarized.text, page: number, ocr: ocr, findings: &findings)
    timer.mark("page \(number) orientation")
    let cleaner = ScanCleaner(settings: settings.scanCleaning)
    let cleaned = cleaner.cleaned(binarized.text.turnedCounterClockwise(by: turn))
    // Rulings from the cleaned page and from a more lenient binarization: light gray borders
    // break up in the first (ScanBinarizer.rulingInkRatio), while in the second a shaded band
    // row swallows its own borders (s07's 第二十条 bands); their segments are cleaned together.
    let rulingImage = cleaner.straightened(
      binarized.rulings.turnedCounterClockwise(by: turn), skewDegrees: cleaned.skewDegrees)
    let detector = RulingDetector(settings: settings.rulings, cleanup: settings.rulingCleanup)
    let rulings = detector.rulings(in: [cleaned.image, rulingImage])
    DebugDump.image(cleaned.image, name: "page\(number)")
    DebugDump.image(rulingImage, name: "page\(number)-rulings")
    DebugDump.text(
      rulings.map { "\($0.axis) \(Int($0.position)) \(Int($0.start))–\(Int($0.end))" }
        .joined(separator: "\n"), name: "page\(number)-rulings")
    timer.mark("page \(number) cleaning")
    return .success(CleanedPage(image: cleaned.image, rulings: rulings, turn: turn))
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
          check: "page.orientation-doubtful", page: number,
          message:
            "orientation detection says the page is turned \(found.degrees)° (confidence \(confidence)), but it reads as a report upright (\(upright) of the format's word pairs, \(turned) turned); read as upright"
        ))
      return 0
    }
    findings.append(
      Finding(
        check: "page.turned", page: number,
        message:
          "the page is scanned turned \(found.degrees)° clockwise (confidence \(confidence); \(turned) of the format's word pairs read turned back, \(upright) as it lies); read turned back"
      ))
    return found.degrees
  }

  /// How many of the format's word pairs page OCR finds in `image` along horizontal lines (0
  /// when OCR fails).
  ///
  /// Only words wider than tall count: tesseract reads a page lying on its side as vertical
  /// text, word pairs and all (stress 9503:5, turned 90°: 97 pairs as it lay, 97 turned back).
  private func vocabularyPairs(in image: PageImage, ocr: OCRSession) -> Int {
    guard let words = try? ocr.words(in: image) else { return 0 }
    return words.filter { $0.box.width > $0.box.height }.reduce(0) {
      $0 + ReportVocabulary.hits(in: $1.text)
    }
  }
}
