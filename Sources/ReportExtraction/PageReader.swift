import DocumentModel
import Foundation
import LayoutAnalysis
import PDFSource
import PageImaging
import ScanReading
import TextRecognition

/// Reads every page from its text layer when usable, otherwise by OCR (stage 2).
struct PageReader {
  var settings: ExtractionSettings
  private let analyzer: LayoutAnalyzer

  init(settings: ExtractionSettings) {
    self.settings = settings
    analyzer = LayoutAnalyzer(settings: settings.layout, cleanup: settings.rulingCleanup)
  }

  /// The pages in order.
  func pages(
    of document: PDFDocument, drawing: PDFDrawing?, session: inout OCRSession?,
    findings: inout [Finding]
  ) throws(ExtractionError) -> [ReadPage] {
    guard document.pageCount > 0 else {
      throw ExtractionError(kind: .inputUnreadable, message: "The PDF has no pages.")
    }
    var pages: [ReadPage] = []
    var timer = StageTimer()
    for number in 1...document.pageCount {
      let text: PageText
      do {
        text = try document.pageText(number)
      } catch {
        findings.append(Finding(check: "page.unreadable", page: number, message: "\(error)"))
        continue
      }
      var verdict = settings.textLayer.verdict(for: text)
      if verdict == .empty,
        (try? document.imageCoverage(number)) ?? 1 < settings.textLayer.scanImageCoverage
      {
        // A sparse page of a text report (a band pushed over by a page break), not a scan.
        verdict = .usable
      }
      let useOCR =
        settings.ocr == .always || (settings.ocr == .auto && verdict != .usable)
      if !useOCR {
        if verdict != .usable {
          findings.append(
            Finding(
              check: "page.no-text", page: number,
              message: "the text layer is \(verdict.rawValue) and OCR is off (--ocr never)"))
        }
        timer.mark("page \(number) text")
        let rulings = try textPageRulings(
          document, drawing, number, size: (text.width, text.height))
        timer.mark("page \(number) rulings")
        pages.append(
          ReadPage(layout: analyzer.layout(of: text, rulings: rulings), origin: .text, image: nil))
        timer.mark("page \(number) layout")
        continue
      }
      if verdict == .garbage {
        findings.append(
          Finding(
            check: "page.garbage-text", page: number,
            message: "the text layer does not decode to readable characters; read by OCR instead"))
      }
      try requireImagingLibraries()
      let ocr: OCRSession
      if let existing = session {
        ocr = existing
      } else {
        do throws(OCRError) {
          ocr = try OCRSession(settings: settings.recognition)
        } catch {
          throw ExtractionError(
            kind: .dependencyMissing, message: "OCR is needed but unavailable: \(error)",
            remedy: error.remedy)
        }
        session = ocr
      }
      let image = try render(document, number, dpi: settings.ocrDPI, color: true)
      // Binarized against the local paper level first: ScanCleaner's global threshold drops the
      // hairline strokes of blurred low-dpi scans; it then only deskews and despeckles.
      let binarized = ScanBinarizer(seal: settings.scanCleaning).binarizedForTextAndRulings(image)
      let turn = uprightTurn(of: binarized.text, page: number, ocr: ocr, findings: &findings)
      let cleaner = ScanCleaner(settings: settings.scanCleaning)
      let cleaned = cleaner.cleaned(binarized.text.turnedCounterClockwise(by: turn))
      // Rulings from the cleaned page and from a more lenient binarization: light gray borders
      // break up in the first (ScanBinarizer.rulingInkRatio), while in the second a shaded band
      // row swallows its own borders (s07's 第二十条 bands); the layout stage merges the two.
      let rulingImage = cleaner.straightened(
        binarized.rulings.turnedCounterClockwise(by: turn), skewDegrees: cleaned.skewDegrees)
      // A page turned a quarter is as wide as the scan is high.
      let (width, height) =
        turn % 180 == 0 ? (text.width, text.height) : (text.height, text.width)
      let detector = RulingDetector(settings: settings.rulings, cleanup: settings.rulingCleanup)
      let rulings = detector.rulings(in: cleaned.image) + detector.rulings(in: rulingImage)
      DebugDump.image(cleaned.image, name: "page\(number)")
      DebugDump.image(rulingImage, name: "page\(number)-rulings")
      // Page OCR reads labels and prose; numbers are re-read from the full-resolution image.
      // Page 1 keeps full resolution: its title's rare place-name characters need it.
      let pageImage =
        number <= settings.fullResolutionPages
        ? cleaned.image : ImageScaler.downscaled(cleaned.image, toDPI: settings.pageOCRDPI)
      let words: [Word]
      do throws(OCRError) {
        words = try ocr.words(in: pageImage)
      } catch {
        throw ExtractionError(
          kind: .dependencyMissing, message: "OCR failed on page \(number): \(error)",
          remedy: error.remedy)
      }
      let layout = analyzer.layout(
        pageNumber: number, width: width, height: height, words: words, rulings: rulings)
      pages.append(ReadPage(layout: layout, origin: .ocr, image: cleaned.image, turn: turn))
    }
    return pages
  }

  /// How far the scanned page's text is turned clockwise (0, 90, 180 or 270), as tesseract's
  /// orientation detection finds it on a reduced copy; 0 when it cannot tell with
  /// `minimumOrientationConfidence`.
  private func uprightTurn(
    of image: PageImage, page number: Int, ocr: OCRSession, findings: inout [Finding]
  ) -> Int {
    if let reason = ocr.orientationUnavailable {
      if !findings.contains(where: { $0.check == "page.orientation-unchecked" }) {
        findings.append(
          Finding(
            check: "page.orientation-unchecked", page: nil,
            message:
              "scanned pages are read as upright: orientation detection is unavailable (\(reason)); install tesseract-ocr-osd"
          ))
      }
      return 0
    }
    let reduced = ImageScaler.downscaled(image, toDPI: settings.recognition.orientationDPI)
    guard let found = ocr.orientation(of: reduced), found.degrees != 0 else { return 0 }
    guard found.confidence >= settings.recognition.minimumOrientationConfidence else {
      findings.append(
        Finding(
          check: "page.orientation-doubtful", page: number,
          message:
            "the page may be turned \(found.degrees)° (confidence \(String(format: "%.1f", found.confidence))); read as upright"
        ))
      return 0
    }
    findings.append(
      Finding(
        check: "page.turned", page: number,
        message: "the page is scanned turned \(found.degrees)° clockwise; read turned back"))
    return found.degrees
  }

  /// A text-layer page's rulings: from its drawing when that can be trusted, else from a render.
  private func textPageRulings(
    _ document: PDFDocument, _ drawing: PDFDrawing?, _ number: Int, size: (Double, Double)
  ) throws(ExtractionError) -> [Ruling] {
    if settings.rulingSource == .auto, let drawing,
      let vector = drawing.rulings(
        page: number, settings: settings.vectorRulings, cleanup: settings.rulingCleanup),
      vector.imageArea <= settings.maximumImageFractionForVectorRulings * size.0 * size.1
    {
      return vector.rulings
    }
    try requireImagingLibraries()
    let image = try render(document, number, dpi: settings.rulingDPI, color: false)
    return RulingDetector(settings: settings.rulings, cleanup: settings.rulingCleanup).rulings(
      in: image)
  }

  /// Leptonica and tesseract are loaded on first use; a missing one is a setup problem to report,
  /// not a page without rulings.
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
      throw ExtractionError(
        kind: .inputUnreadable, message: "page \(page) cannot be rendered: \(error)",
        remedy: "The PDF may be damaged; try repairing it with `qpdf in.pdf out.pdf`.")
    }
  }
}
