import CLeptonica
import CTesseract
import DocumentModel
import Foundation

/// Re-reads the numbers in table cells one cell at a time with a digits-only `eng` engine.
///
/// Page segmentation reads most numbers right but turns some `1`s into `4` or `工`, and
/// confidence does not flag those errors (digit symbols score 96–99 right or wrong). Reading
/// each cell alone, cropped to its ink, under a whitelist, with `.singleLine`, was exact on
/// 224/224 cells of both pages of the vector test PDF at 300 dpi in the planning prototype
/// (`shared/spec/c-libraries.md` §3), at 3–6 ms per cell with `OMP_THREAD_LIMIT=1`.
///
/// Like `OCREngine`, a reader is noncopyable and not `Sendable`: one per task.
public struct DigitReader: ~Copyable {
  private let engine: OCREngine
  private let inkFinder: InkFinder
  public let settings: DigitReaderSettings

  /// Loads the `eng` model with the digit whitelist.
  ///
  /// - Parameters:
  ///   - dataPath: The tessdata directory; nil for `TESSDATA_PREFIX` or the default.
  ///   - settings: Whitelist, ink detection and retry tunables.
  /// - Throws: `OCRError.languageDataMissing` when `eng` is not installed.
  public init(dataPath: String? = nil, settings: DigitReaderSettings = DigitReaderSettings())
    throws(OCRError)
  {
    engine = try OCREngine(
      language: "eng", dataPath: dataPath,
      variables: [
        "tessedit_char_whitelist": settings.characters,
        // Dictionaries only hurt numbers; turning them off also speeds up initialization.
        "load_system_dawg": "0", "load_freq_dawg": "0",
      ],
      pageSegmentation: .singleLine)
    inkFinder = InkFinder(settings: settings)
    self.settings = settings
  }

  /// Reads the number printed in `box` (points), typically one table cell.
  ///
  /// The box is shrunk by `settings.rulingInset` to drop its frame, the ink inside is found
  /// and cropped tight, framed with white and recognized; when that reads nothing it is tried
  /// again at `settings.retryScale`, then binarized at full and at retry scale (on a simulated
  /// scan of hongze-2023 p. 3, isolated zeros came back empty until the binarized retry:
  /// 96 → 101 of 101). Whitespace inside the result is removed.
  ///
  /// - Returns: `.blank` when the cell has no ink; the text with the lowest symbol confidence
  ///   / 100; nil when there is ink but nothing could be read (or recognition failed).
  public func readNumber(in image: PageImage, box: DocumentModel.Box) -> TextReading? {
    let inset = Int((settings.rulingInset * image.dpi / 72).rounded())
    let cell = PixelRect(covering: box, in: image).inset(by: inset)
    guard let ink = inkFinder.inkBounds(in: image, region: cell) else { return .blank }
    guard let cropped = try? LeptonicaPix(gray: image, region: ink),
      let framed = try? cropped.bordered(by: OCREngine.cropBorder)
    else { return nil }
    if let reading = read(framed, dpi: image.dpi), !reading.text.isEmpty { return reading }
    if let smaller = try? framed.scaled(by: settings.retryScale),
      let reading = read(smaller, dpi: image.dpi * settings.retryScale), !reading.text.isEmpty
    {
      return reading
    }
    // Scans: speckled paper makes isolated glyphs come back empty; pure black on white reads.
    guard let clean = try? framed.binarized(threshold: settings.inkThreshold) else { return nil }
    if let reading = read(clean, dpi: image.dpi), !reading.text.isEmpty { return reading }
    guard let smaller = try? clean.scaled(by: settings.retryScale),
      let reading = read(smaller, dpi: image.dpi * settings.retryScale), !reading.text.isEmpty
    else { return nil }
    return reading
  }

  /// One recognition pass: the text without whitespace and its weakest symbol's confidence.
  private func read(_ pix: borrowing LeptonicaPix, dpi: Double) -> TextReading? {
    do {
      try engine.recognize(pix, dpi: dpi, segmentation: .singleLine)
    } catch {
      return nil
    }
    defer { TessBaseAPIClear(engine.api) }
    let text = String(
      OCREngine.takeText(TessBaseAPIGetUTF8Text(engine.api)).filter { !$0.isWhitespace })
    return TextReading(text: text, confidence: minimumSymbolConfidence())
  }

  /// The lowest symbol confidence of the last recognition, in `0...1` (0 when there is none).
  private func minimumSymbolConfidence() -> Double {
    guard let iterator = TessBaseAPIGetIterator(engine.api) else { return 0 }
    defer { TessResultIteratorDelete(iterator) }
    var lowest: Float?
    repeat {
      let confidence = TessResultIteratorConfidence(iterator, RIL_SYMBOL)
      lowest = Swift.min(lowest ?? confidence, confidence)
    } while TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
    return Swift.min(1, Swift.max(0, Double(lowest ?? 0) / 100))
  }
}

@available(*, unavailable, message: "A Tesseract engine must not be shared between tasks")
extension DigitReader: Sendable {}
