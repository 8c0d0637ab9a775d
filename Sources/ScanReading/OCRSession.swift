import DocumentModel
import TextRecognition

/// The tesseract engines one thread of an extraction reads with, loaded on the first page that
/// needs OCR.
///
/// Loading a model is slow (c-libraries.md §3), so the engines live for the whole document:
/// the page engine (`chi_sim`) for labels, headings and prose, the digits engine (`eng`
/// restricted to `digitCharacters`, one line) for re-reading number cells one by one, and the
/// orientation detector, which the threads of a document share.
package final class OCRSession {
  /// The engines' languages and the re-read tunables.
  package let settings: OCRSettings
  private let page: OCREngine
  private let digits: OCREngine
  /// Tesseract's orientation detection (`osd`), shared with the document's other sessions.
  package let orientationDetector: OrientationDetector

  /// The characters a number cell may hold: digits, the decimal point, and the signs of the
  /// 2019 format's change column (`+10`; without `+` it was read as `4`: `410`, s07).
  static let digitCharacters = "0123456789.-+"
  /// Sets each `3` and `5` of a number reading by the glyph's shape.
  private let threeFive = ThreeFiveCheck()

  /// Loads the page and digits engines, then the orientation engine unless `orientation` is
  /// given (another session's, to share).
  ///
  /// - Throws: `OCRError` when tesseract, leptonica or the page or digits language data is
  ///   missing; missing `osd` data only leaves orientation undetected.
  package init(settings: OCRSettings, orientation: OrientationDetector? = nil) throws(OCRError) {
    self.settings = settings
    page = try OCREngine(language: settings.language, dataPath: settings.tessdataPath)
    digits = try OCREngine(
      language: "eng", dataPath: settings.tessdataPath,
      variables: [
        "tessedit_char_whitelist": Self.digitCharacters,
        // Dictionaries only hurt numbers; turning them off also speeds up initialization.
        "load_system_dawg": "0", "load_freq_dawg": "0",
      ],
      pageSegmentation: .singleLine)
    orientationDetector = orientation ?? OrientationDetector(settings: settings)
  }

  /// Why orientation cannot be detected (no `osd` data), for the one finding that says pages
  /// were not checked; nil when it can.
  package var orientationUnavailable: String? { orientationDetector.unavailableReason }

  /// Which way up the page's text is, or nil when it cannot be told (no `osd` data, too little
  /// text).
  package func orientation(of image: PageImage) -> PageOrientation? {
    orientationDetector.orientation(of: image)
  }

  /// The words of a cleaned page image, boxes in points.
  package func words(in image: PageImage) throws(OCRError) -> [Word] {
    try page.words(in: image)
  }

  /// The text of `box` read as one line, or nil when recognition fails.
  func line(in image: PageImage, box: Box) -> TextReading? {
    try? page.readLine(in: image, box: box)
  }

  /// The text of `box` read alone as a block of lines (page segmentation on the crop), with the
  /// mean word confidence; nil when nothing is read.
  func block(in image: PageImage, box: Box) -> TextReading? {
    guard let (x0, y0, x1, y1) = Self.pixels(of: box, in: image, rounding: .inward) else {
      return nil
    }
    let pad = Int((4 * image.dpi / 72).rounded())
    let crop = Self.crop(image, x0: x0, y0: y0, x1: x1, y1: y1, pad: pad)
    guard let words = try? page.words(in: crop), !words.isEmpty else { return nil }
    let text = words.map(\.text).joined()
    guard !text.isEmpty else { return nil }
    let confidence = words.map(\.confidence).reduce(0, +) / Double(words.count)
    return TextReading(text: text, confidence: confidence)
  }

  /// The text of `box` read as one line after scaling the crop to `height` pixels.
  func line(in image: PageImage, box: Box, height: Int) -> TextReading? {
    try? page.readLine(in: image, box: box, height: height)
  }

  /// The number whose ink lies in `ink` (points), read alone on white; nil when nothing is read.
  ///
  /// Only the pixels inside `ink` are copied, so specks and ruling fragments around it (which
  /// `InkCluster` left out) cannot be read as `.`, `-` or `1`.
  func number(in image: PageImage, ink: Box) -> TextReading? {
    guard let reading = firstNumber(in: image, ink: ink) else { return nil }
    let digits = Self.digitCount(reading.text)
    guard digits > 0, let glyphs = Self.glyphCount(in: image, ink: ink), digits < glyphs else {
      return reading
    }
    return recounted(reading, glyphs: glyphs, in: image, ink: ink)
  }

  /// A reading with as many digits as the ink has glyphs that keeps every digit `reading`
  /// read, from the crop enlarged by `lostDigitScales`, at most at `reshapedConfidence`; else
  /// `reading` at most at it.
  ///
  /// The ink is a second witness of how many digits a number has: each printed digit is one
  /// run of inked pixel columns as tall as the number. A reading with fewer dropped some.
  private func recounted(_ reading: TextReading, glyphs: Int, in image: PageImage, ink: Box)
    -> TextReading
  {
    let doubted = TextReading(
      text: reading.text, confidence: min(reading.confidence, settings.reshapedConfidence))
    guard let (x0, y0, x1, y1) = Self.pixels(of: ink, in: image, rounding: .outward) else {
      return doubted
    }
    let crop = paddedCrop(image, x0: x0, y0: y0, x1: x1, y1: y1)
    return scaledReading(of: crop, by: settings.lostDigitScales, in: image, ink: ink) {
      Self.digitCount($0.text) == glyphs && Self.keepsDigits(of: reading.text, in: $0.text)
    } ?? doubted
  }

  /// The number in `ink` (points) as the page engine reads it, when it reads digits alone.
  ///
  /// The crop has 1 pt padding; the reading is kept at most at `reshapedConfidence`, so a person
  /// confirms it. Nil when the page engine reads anything but a number.
  ///
  /// The digits engine (`eng`) reads some glyphs as nothing: the bold, squared `0`s of a blurred
  /// 150 dpi scan binarized fat, set flush against their border (stress 9806:67), which `eng`
  /// alone reads as `a` or `q` and with the digit whitelist as nothing, in every padding and
  /// scale; `chi_sim` read them `0`. A second engine is a second witness, not a sure one.
  func numberByPageEngine(in image: PageImage, ink: Box) -> TextReading? {
    guard let (x0, y0, x1, y1) = Self.pixels(of: ink, in: image, rounding: .outward),
      let read = readLine(paddedCrop(image, x0: x0, y0: y0, x1: x1, y1: y1), engine: page)
    else { return nil }
    let text = Self.trimmedMarks(read.text)
    // A lone stroke the digits engine did not take for a `1` is a speck or a ruling's stub, not
    // a glyph it cannot class: `chi_sim` read such specks in blank cells as `1` (Samples/s16,
    // 100 dpi: three blank cells then repaired to `0` from the sums).
    guard text.first?.isASCIIDigit == true, text != "1",
      text.allSatisfy({ $0.isASCIIDigit || $0 == "." })
    else { return nil }
    return TextReading(
      text: text, confidence: min(read.confidence, settings.reshapedConfidence))
  }

  /// How many digits a reading holds.
  static func digitCount(_ text: String) -> Int {
    text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
  }

  /// Whether the digits of `old` appear in `new` in order (digits dropped, none changed).
  static func keepsDigits(of old: String, in new: String) -> Bool {
    var rest = Substring(new.filter(\.isASCIIDigit))
    for digit in old where digit.isASCIIDigit {
      guard let index = rest.firstIndex(of: digit) else { return false }
      rest = rest[rest.index(after: index)...]
    }
    return true
  }

  /// How many glyphs the ink holds: runs of inked pixel columns whose ink spans at least half
  /// the box's height (a decimal point, a comma or a minus sign is lower); nil when a run is
  /// wider than a digit (`digitWidthShare` of the height), as a CJK glyph is.
  ///
  /// Label cells come here too when page OCR read them as a digit or two; counted, their
  /// glyphs made `2` a `232` and the row was lost (stress 9771:4).
  static func glyphCount(in image: PageImage, ink: Box) -> Int? {
    let region = PixelRect(covering: ink, in: image)
    guard !region.isEmpty else { return nil }
    var count = 0
    for run in image.inkedColumnRuns(in: region) {
      let rows = (region.y..<region.maxY).filter { y in
        run.contains { image.gray(x: $0, y: y) < 128 }
      }
      guard let top = rows.first, let bottom = rows.last else { continue }
      let height = bottom - top + 1
      guard 2 * height >= region.height else { continue }
      guard Double(run.count) <= digitWidthShare * Double(height) else { return nil }
      count += 1
    }
    return count
  }

  /// A glyph wider than this share of its height is no digit: printed digits are 0.5–0.65 of
  /// their height wide, a `1` less, CJK glyphs about 1.
  static let digitWidthShare = 0.8

  /// The number as the paddings, the vote and the shrunk retries read it.
  private func firstNumber(in image: PageImage, ink: Box) -> TextReading? {
    let scale = image.dpi / 72
    guard let (x0, y0, x1, y1) = Self.pixels(of: ink, in: image, rounding: .outward) else {
      return nil
    }
    for padding in settings.digitPaddings {
      let crop = Self.crop(
        image, x0: x0, y0: y0, x1: x1, y1: y1, pad: Int((padding * scale).rounded()))
      if let reading = readDigits(crop).flatMap({
        checked($0, in: image, ink: ink, doubtful: false)
      }) {
        guard reading.confidence < settings.voteBelow else { return reading }
        return voted(reading, in: image, x0: x0, y0: y0, x1: x1, y1: y1, ink: ink)
      }
    }
    let crop = paddedCrop(image, x0: x0, y0: y0, x1: x1, y1: y1)
    return scaledReading(of: crop, by: settings.retryScales, in: image, ink: ink) { _ in true }
  }

  /// The pixels `x0..<x1 × y0..<y1` with the first of `digitPaddings` around them.
  private func paddedCrop(_ image: PageImage, x0: Int, y0: Int, x1: Int, y1: Int) -> PageImage {
    let pad = Int((settings.digitPaddings[0] * image.dpi / 72).rounded())
    return Self.crop(image, x0: x0, y0: y0, x1: x1, y1: y1, pad: pad)
  }

  /// The first reading of `crop` scaled by one of `factors`, in order, that `accepts`; marked
  /// doubtful (`checked`).
  private func scaledReading(
    of crop: PageImage, by factors: [Double], in image: PageImage, ink: Box,
    accepts: (TextReading) -> Bool
  ) -> TextReading? {
    for factor in factors {
      let height = Int((Double(crop.height) * factor).rounded())
      if let reading = readDigits(crop, height: height).flatMap({
        checked($0, in: image, ink: ink, doubtful: true)
      }), accepts(reading) {
        return reading
      }
    }
    return nil
  }

  /// The majority of the readings at every padding and scale (`first` among them); its confidence
  /// stays that of `first`, below the review threshold, so the value is still listed for review.
  private func voted(
    _ first: TextReading, in image: PageImage, x0: Int, y0: Int, x1: Int, y1: Int, ink: Box
  ) -> TextReading {
    var readings: [TextReading] = []
    let scale = image.dpi / 72
    for padding in settings.digitPaddings {
      let crop = Self.crop(
        image, x0: x0, y0: y0, x1: x1, y1: y1, pad: Int((padding * scale).rounded()))
      for factor in [1.0] + settings.retryScales {
        let height = factor == 1 ? nil : Int((Double(crop.height) * factor).rounded())
        if let reading = readDigits(crop, height: height).flatMap({
          checked($0, in: image, ink: ink, doubtful: false)
        }) {
          readings.append(reading)
        }
      }
    }
    guard let vote = ReadingVote.of(readings), vote.agreement > 0.5 else { return first }
    return TextReading(text: vote.text, confidence: first.confidence)
  }

  /// `reading` with trailing marks dropped and each `3`/`5` set by its shape; nil when nothing is
  /// left.
  ///
  /// A reading that changed, or a `doubtful` one, keeps at most `reshapedConfidence`.
  private func checked(_ reading: TextReading, in image: PageImage, ink: Box, doubtful: Bool)
    -> TextReading?
  {
    let trimmed = Self.trimmedMarks(reading.text)
    guard !trimmed.isEmpty else { return nil }
    let shaped = threeFive.corrected(trimmed, in: image, ink: ink)
    let changed = shaped.changed || trimmed != reading.text
    // The engine disagreed with the glyphs' shape or read a speck: a person confirms the value.
    let confidence =
      changed || doubtful
      ? min(reading.confidence, settings.reshapedConfidence) : reading.confidence
    return TextReading(text: shaped.text, confidence: confidence)
  }

  /// The text without the `.` and `-` it ends with: no number ends in a mark, so a speck next
  /// to the digits was read as one (`0.`, `0-`, `14.`: s01, s03, s14, each the whole misread).
  static func trimmedMarks(_ text: String) -> String {
    var text = Substring(text)
    while let last = text.last, last == "." || last == "-" { text = text.dropLast() }
    return String(text)
  }

  /// Which pixels a box in points covers, clipped to the image: those it touches (`outward`) or
  /// those wholly inside it (`inward`); nil when none.
  static func pixels(of box: Box, in image: PageImage, rounding: PixelRounding)
    -> (x0: Int, y0: Int, x1: Int, y1: Int)?
  {
    let scale = image.dpi / 72
    let (low, high): (FloatingPointRoundingRule, FloatingPointRoundingRule) =
      rounding == .outward ? (.down, .up) : (.up, .down)
    let x0 = max(0, Int((box.minX * scale).rounded(low)))
    let y0 = max(0, Int((box.minY * scale).rounded(low)))
    let x1 = min(image.width, Int((box.maxX * scale).rounded(high)))
    let y1 = min(image.height, Int((box.maxY * scale).rounded(high)))
    return x1 > x0 && y1 > y0 ? (x0, y0, x1, y1) : nil
  }

  enum PixelRounding { case outward, inward }

  /// The pixels of `x0..<x1 × y0..<y1` on white, with `pad` white pixels around them.
  static func crop(_ image: PageImage, x0: Int, y0: Int, x1: Int, y1: Int, pad: Int) -> PageImage {
    let width = x1 - x0 + 2 * pad
    let height = y1 - y0 + 2 * pad
    var pixels = [UInt8](repeating: 255, count: width * height)
    for y in y0..<y1 {
      for x in x0..<x1 {
        pixels[(y - y0 + pad) * width + (x - x0 + pad)] = image.gray(x: x, y: y)
      }
    }
    return PageImage(width: width, height: height, channels: 1, dpi: image.dpi, pixels: pixels)
  }

  /// The digits of a whole crop, scaled to `height` pixels first when given.
  private func readDigits(_ image: PageImage, height: Int? = nil) -> TextReading? {
    readLine(image, engine: digits, height: height)
  }

  /// A whole crop read as one line by `engine`, scaled to `height` pixels first when given; nil
  /// when nothing is read.
  private func readLine(_ image: PageImage, engine: borrowing OCREngine, height: Int? = nil)
    -> TextReading?
  {
    let whole = Box(
      minX: 0, minY: 0, maxX: Double(image.width) * 72 / image.dpi,
      maxY: Double(image.height) * 72 / image.dpi)
    guard let reading = try? engine.readLine(in: image, box: whole, height: height) else {
      return nil
    }
    let text = String(reading.text.filter { !$0.isWhitespace })
    return text.isEmpty ? nil : TextReading(text: text, confidence: reading.confidence)
  }

}
