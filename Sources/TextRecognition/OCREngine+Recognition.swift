import CLeptonica
import CTesseract
import DocumentModel
import Foundation
import PageImaging

extension OCREngine {
  /// White margin added around a cropped region before recognition, in pixels.
  ///
  /// Tesseract misses glyphs that touch the image edge; 10 px at 300 dpi read 224/224 digit
  /// cells in the planning prototype (`shared/spec/c-libraries.md` §3).
  static let cropBorder = 10

  /// Recognizes the whole page and returns its words in Tesseract's reading order.
  ///
  /// For `chi_sim` a "word" is often a single CJK character; `LayoutAnalysis` merges them.
  /// Boxes are converted from pixels to points (× 72 / dpi), the origin is `.ocr` and the
  /// confidence is Tesseract's word confidence / 100.
  ///
  /// - Throws: `OCRError` when the image cannot be converted or recognition fails.
  public func words(in image: PageImage) throws(OCRError) -> [Word] {
    let region = PixelRect(of: image)
    let pix = try Self.leptonica(image, region: region)
    try recognize(pix, dpi: image.dpi, segmentation: pageSegmentation)
    defer { TessBaseAPIClear(api) }
    return recognizedWords(region: region, dpi: image.dpi)
  }

  /// Reads one line of text, such as a heading or a row label, from `box` (points) of `image`.
  ///
  /// The region is cropped, framed in white and recognized with `.singleLine`, which fixes
  /// headings that page segmentation splits into junk (`shared/spec/c-libraries.md` §3).
  ///
  /// - Returns: The text and Tesseract's mean word confidence / 100; `.blank` for a region
  ///   outside the image.
  /// - Throws: `OCRError` when recognition fails.
  public func readLine(
    in image: PageImage, box: DocumentModel.Box
  ) throws(OCRError) -> TextReading {
    try readLine(in: image, box: box, height: nil)
  }

  /// Reads one line of text from `box` (points) of `image`, scaled first so that the crop is
  /// `height` pixels tall (nil: unscaled).
  ///
  /// Scaling a binarized crop smooths its edges into gray, and Tesseract reads large title glyphs
  /// better so: on the cleaned 300 dpi pages of `Samples/s07`, `s08`, `s14` the title crop
  /// (129–171 px tall) read `长于县`, `包十镇`, `北用市` unscaled and right at every height
  /// from 36 to 84 px; above about 90 px the misreads come back. Single heights still flip a
  /// rare glyph (`包屯` read `包地` at 48 and 64 px), so callers read several heights and vote.
  ///
  /// - Returns: The text and Tesseract's mean word confidence / 100; `.blank` for a region
  ///   outside the image.
  /// - Throws: `OCRError` when recognition fails.
  public func readLine(
    in image: PageImage, box: DocumentModel.Box, height: Int?
  ) throws(OCRError) -> TextReading {
    let region = PixelRect(covering: box, in: image)
    guard !region.isEmpty else { return .blank }
    var crop = try Self.leptonica(image, region: region)
    if let height, height > 0, height != region.height {
      guard let scaled = crop.scaled(by: Double(height) / Double(region.height)) else {
        throw OCRError.imageConversionFailed(width: region.width, height: height)
      }
      crop = scaled
    }
    guard let pix = crop.bordered(by: Self.cropBorder) else {
      throw OCRError.imageConversionFailed(width: crop.width, height: crop.height)
    }
    try recognize(pix, dpi: image.dpi, segmentation: .singleLine)
    defer { TessBaseAPIClear(api) }
    let text = Self.takeText(TessBaseAPIGetUTF8Text(api))
    guard !text.isEmpty else { return TextReading(text: "", confidence: 0) }
    return TextReading(text: text, confidence: Double(TessBaseAPIMeanTextConf(api)) / 100)
  }

  /// The leptonica copy of `region` of `image` that Tesseract reads.
  ///
  /// - Throws: `OCRError.imageConversionFailed` for an empty region or a failed allocation.
  static func leptonica(_ image: PageImage, region: PixelRect) throws(OCRError) -> LeptonicaImage {
    guard let pix = LeptonicaImage.gray(image, region: region) else {
      throw OCRError.imageConversionFailed(width: region.width, height: region.height)
    }
    return pix
  }

  /// Hands `pix` to Tesseract and runs recognition with `segmentation`.
  ///
  /// Tesseract clones the image, so the caller keeps (and frees) its own.
  func recognize(
    _ pix: LeptonicaImage, dpi: Double, segmentation: PageSegmentation
  ) throws(OCRError) {
    TessBaseAPISetPageSegMode(api, segmentation.tesseractMode)
    TessBaseAPISetImage2(api, pix.pix)
    // Without it Tesseract estimates the resolution and says so on stderr.
    TessBaseAPISetSourceResolution(api, Int32(dpi.rounded()))
    guard TessBaseAPIRecognize(api, nil) == 0 else {
      TessBaseAPIClear(api)
      throw OCRError.recognitionFailed
    }
  }

  /// The words of the last recognition, boxes mapped back into page points.
  ///
  /// - Parameters:
  ///   - region: Where the recognized image was cut from the page.
  ///   - dpi: The page image's resolution.
  /// - Returns: The words in Tesseract's order.
  private func recognizedWords(region: PixelRect, dpi: Double) -> [Word] {
    guard let iterator = TessBaseAPIGetIterator(api) else { return [] }
    defer { TessResultIteratorDelete(iterator) }
    let pageIterator = TessResultIteratorGetPageIterator(iterator)
    var words: [Word] = []
    repeat {
      let text = Self.takeText(TessResultIteratorGetUTF8Text(iterator, RIL_WORD))
      var left: Int32 = 0
      var top: Int32 = 0
      var right: Int32 = 0
      var bottom: Int32 = 0
      guard !text.isEmpty,
        TessPageIteratorBoundingBox(pageIterator, RIL_WORD, &left, &top, &right, &bottom) != 0
      else { continue }
      let box = region.pageBox(left: left, top: top, right: right, bottom: bottom, dpi: dpi)
      let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD)) / 100
      words.append(
        Word(text: text, box: box, origin: .ocr, confidence: min(1, max(0, confidence))))
    } while TessResultIteratorNext(iterator, RIL_WORD) != 0
    return words
  }

  /// Copies a Tesseract string (NFC, trimmed) and frees it with `TessDeleteText`.
  static func takeText(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    defer { TessDeleteText(pointer) }
    return String(cString: pointer).precomposedStringWithCanonicalMapping
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
