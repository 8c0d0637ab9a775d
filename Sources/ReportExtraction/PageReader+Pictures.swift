import DocumentModel
import Foundation
import PDFSource
import PageImaging
import ScanReading
import TextRecognition

extension PageReader {
  /// A text-layer page holding pictures to read by OCR (tables pasted in as screenshots).
  struct PictureJob: Sendable {
    /// The page as its text layer gave it: words, vector rulings (none inside the pictures).
    var page: ReadPage
    /// The pictures, in points, each grown by `PictureSettings.margin`.
    var regions: [Box]
  }

  /// The pictures on a text page worth reading by OCR: images (joined where they touch) at
  /// least `minimumWidth` × `minimumHeight` points with at most `maximumGlyphsOver` visible
  /// glyphs of the text layer over them, each grown by `margin`, top to bottom.
  ///
  /// - Parameters:
  ///   - document: The opened PDF.
  ///   - text: The page's text layer.
  ///   - imageArea: The area the page's drawing paints with images, in squared points, when the
  ///     drawing was read: a page without images (every clean text page) asks poppler nothing.
  /// - Returns: The regions; empty when pictures are not read (`--ocr never`, or disabled).
  func pictureRegions(in document: PDFDocument, text: PageText, imageArea: Double?) -> [Box] {
    let rule = settings.pictures
    guard rule.enabled, settings.ocr == .auto else { return [] }
    if let imageArea, imageArea < rule.minimumWidth * rule.minimumHeight { return [] }
    guard let boxes = try? document.imageBoxes(text.number), !boxes.isEmpty else { return [] }
    let glyphCentres = text.glyphs.filter { !$0.isWhitespace }.map { ($0.box.midX, $0.box.midY) }
    return Self.joined(boxes, gap: rule.joinGap).filter { box in
      box.width >= rule.minimumWidth && box.height >= rule.minimumHeight
        && glyphCentres.lazy.filter { box.contains(x: $0.0, y: $0.1) }.prefix(
          rule.maximumGlyphsOver + 1
        ).count <= rule.maximumGlyphsOver
    }.map { box in
      Box(
        minX: max(0, box.minX - rule.margin), minY: max(0, box.minY - rule.margin),
        maxX: min(text.width, box.maxX + rule.margin),
        maxY: min(text.height, box.maxY + rule.margin))
    }.sorted { ($0.minY, $0.minX) < ($1.minY, $1.minX) }
  }

  /// The boxes with every two that overlap or lie within `gap` points of each other replaced by
  /// their union, until none do.
  ///
  /// - Complexity: O(n³) for n boxes in the worst case; a page has a handful of images.
  static func joined(_ boxes: [Box], gap: Double) -> [Box] {
    var boxes = boxes
    func near(_ a: Box, _ b: Box) -> Bool {
      a.minX - gap <= b.maxX && b.minX <= a.maxX + gap && a.minY - gap <= b.maxY
        && b.minY <= a.maxY + gap
    }
    var changed = true
    while changed {
      changed = false
      search: for i in boxes.indices {
        for j in boxes.indices where j > i && near(boxes[i], boxes[j]) {
          boxes[i] = boxes[i].union(boxes[j])
          boxes.remove(at: j)
          changed = true
          break search
        }
      }
    }
    return boxes
  }

  /// The page's rulings from a render, less those inside `pictures`: a picture's rulings come
  /// from its own OCR render, at full resolution.
  static func outside(_ rulings: [Ruling], pictures: [Box]) -> [Ruling] {
    guard !pictures.isEmpty else { return rulings }
    return rulings.filter { ruling in
      let (x, y) =
        ruling.axis == .horizontal
        ? ((ruling.start + ruling.end) / 2, ruling.position)
        : (ruling.position, (ruling.start + ruling.end) / 2)
      return !pictures.contains { $0.contains(x: x, y: y) }
    }
  }

  /// Reads the pictures of a text page on the calling thread (render, cut out, binarize, clean,
  /// find rulings, OCR) and lays out the page again with their words and rulings beside its
  /// text-layer words and rulings.
  ///
  /// The picture is read in the page's own frame: a render of the whole page at `ocrDPI` with
  /// everything outside the pictures whitened, never turned (the page is upright, its text
  /// layer says so) nor deskewed (its words must stay where the text layer's are), so its
  /// words' boxes are page points and its cells are re-read from the same image as a scan's
  /// (`ScanRereader`).
  ///
  /// - Returns: The page, its image the cleaned pictures, and a finding naming them; or why
  ///   the document cannot be read.
  func picturePage(_ job: PictureJob, data: Data, ocr: OCRSession)
    -> Result<(ReadPage, [Finding]), ExtractionError>
  {
    var timer = StageTimer()
    let layout = job.page.layout
    let number = layout.pageNumber
    let render: PageImage
    do {
      render = try PDFDocument.render(page: number, of: data, dpi: settings.ocrDPI, color: true)
    } catch {
      return .failure(Self.renderError(page: number, error))
    }
    let binarized = ScanBinarizer(seal: settings.scanCleaning).binarizedForTextAndRulings(
      Self.whitened(render, outside: job.regions))
    timer.mark("page \(number) picture render+binarize")
    var cleaning = settings.scanCleaning
    cleaning.minimumSkew = .infinity  // a picture on a text page is as straight as the page
    let cleaned = ScanCleaner(settings: cleaning).cleaned(binarized.text).image
    let found = RulingDetector(settings: settings.rulings, cleanup: settings.rulingCleanup)
      .rulings(in: [cleaned, binarized.rulings])
    // Page OCR reads the picture without its vertical borders; the re-reads (cell crops, ink
    // lines up to the cell's edge) without any (`RulingEraser`, `PictureSettings`).
    let eraser = RulingEraser(
      maximumThickness: settings.pictures.rulingThickness,
      searchDistance: settings.pictures.rulingSearchDistance)
    let withoutVerticals = eraser.erased(found.filter { $0.axis == .vertical }, from: cleaned)
    let withoutRulings = eraser.erased(
      found.filter { $0.axis == .horizontal }, from: withoutVerticals)
    DebugDump.image(cleaned, name: "page\(number)-pictures")
    DebugDump.image(withoutRulings, name: "page\(number)-pictures-erased")
    timer.mark("page \(number) picture cleaning")
    let recognized: [Word]
    switch pageOCRWords(of: withoutVerticals, page: number, ocr: ocr) {
    case .success(let read): recognized = read
    case .failure(let error): return .failure(error)
    }
    timer.mark("page \(number) picture OCR")
    let words = pictureWords(recognized, in: job.regions, besides: layout.words)
    let rulings = pictureRulings(found, in: job.regions)
    var merged = analyzer.layout(
      pageNumber: number, width: layout.width, height: layout.height,
      words: layout.words + words, rulings: layout.rulings + rulings)
    merged.ocrRegions = job.regions
    let sizes = job.regions.map { "\(Int($0.width.rounded()))×\(Int($0.height.rounded())) pt" }
    let finding = Finding(
      check: "page.picture-read", page: number,
      message:
        "\(job.regions.count == 1 ? "a picture" : "\(job.regions.count) pictures") (\(sizes.joined(separator: ", "))) with no text over \(job.regions.count == 1 ? "it" : "them") read by OCR: \(words.count) words, \(rulings.count) rulings"
    )
    return .success(
      (
        ReadPage(layout: merged, origin: .text, image: withoutRulings, reason: .imageRegion),
        [finding]
      ))
  }

  /// The recognized words whose centre lies in a picture and that no text-layer word overlaps
  /// by `overlapWithText` of their box.
  private func pictureWords(_ words: [Word], in regions: [Box], besides text: [Word]) -> [Word] {
    words.filter { word in
      let box = word.box
      guard regions.contains(where: { $0.contains(x: box.midX, y: box.midY) }) else {
        return false
      }
      let area = max(box.width * box.height, 1e-6)
      return !text.contains { other in
        box.horizontalOverlap(with: other.box) * box.verticalOverlap(with: other.box)
          >= settings.pictures.overlapWithText * area
      }
    }
  }

  /// The rulings found in the pictures' render whose middle lies in a picture, clipped to it.
  private func pictureRulings(_ rulings: [Ruling], in regions: [Box]) -> [Ruling] {
    rulings.compactMap { ruling in
      let horizontal = ruling.axis == .horizontal
      let middle = (ruling.start + ruling.end) / 2
      let (x, y) = horizontal ? (middle, ruling.position) : (ruling.position, middle)
      guard let region = regions.first(where: { $0.contains(x: x, y: y) }) else { return nil }
      let (low, high) = horizontal ? (region.minX, region.maxX) : (region.minY, region.maxY)
      return Ruling(
        axis: ruling.axis, position: ruling.position, start: max(ruling.start, low),
        end: min(ruling.end, high))
    }
  }

  /// The image with every pixel outside `regions` (points) set to white.
  static func whitened(_ image: PageImage, outside regions: [Box]) -> PageImage {
    let scale = image.dpi / 72
    let (width, height, channels) = (image.width, image.height, image.channels)
    let rects = regions.compactMap { region -> (x0: Int, x1: Int, y0: Int, y1: Int)? in
      let x0 = max(0, Int((region.minX * scale).rounded(.down)))
      let x1 = min(width, Int((region.maxX * scale).rounded(.up)))
      let y0 = max(0, Int((region.minY * scale).rounded(.down)))
      let y1 = min(height, Int((region.maxY * scale).rounded(.up)))
      return x1 > x0 && y1 > y0 ? (x0, x1, y0, y1) : nil
    }
    var pixels = image.pixels
    pixels.withUnsafeMutableBufferPointer { buffer in
      func whiten(_ row: Int, from start: Int, to end: Int) {
        guard end > start else { return }
        let base = row * width * channels
        for index in (base + start * channels)..<(base + end * channels) { buffer[index] = 255 }
      }
      for y in 0..<height {
        let spans = rects.filter { $0.y0 <= y && y < $0.y1 }.map { ($0.x0, $0.x1) }.sorted {
          $0.0 < $1.0
        }
        var x = 0
        for (start, end) in spans {
          whiten(y, from: x, to: start)
          x = max(x, end)
        }
        whiten(y, from: x, to: width)
      }
    }
    return PageImage(
      width: width, height: height, channels: channels, dpi: image.dpi, pixels: pixels)
  }
}
