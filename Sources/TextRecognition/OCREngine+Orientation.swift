import CTesseract
import DocumentModel
import PageImaging

/// Which way up a page is, as tesseract's orientation detection finds it.
public struct PageOrientation: Sendable, Hashable {
  /// How far the page's text is turned clockwise from upright: 0, 90, 180 or 270 degrees.
  ///
  /// Turning the image back by as much (counter-clockwise) sets it upright.
  public var degrees: Int
  /// Tesseract's orientation confidence: how much better the best orientation scored than the
  /// next (about 1–20 on report pages; higher is surer).
  public var confidence: Double

  public init(degrees: Int, confidence: Double) {
    self.degrees = degrees
    self.confidence = confidence
  }
}

extension OCREngine {
  /// The orientation of the text in `image`, or nil when tesseract cannot tell (too little
  /// text, or an engine not loaded with the `osd` language).
  ///
  /// The engine must be made with `language: "osd"` (Debian's `tesseract-ocr-osd`); its
  /// detection works on the shapes of many glyphs, so a page at 100–150 dpi is enough.
  public func orientation(of image: PageImage) throws(OCRError) -> PageOrientation? {
    let pix = try Self.leptonica(image, region: PixelRect(of: image))
    TessBaseAPISetPageSegMode(api, PageSegmentation.orientationOnly.tesseractMode)
    TessBaseAPISetImage2(api, pix.pix)
    TessBaseAPISetSourceResolution(api, Int32(image.dpi.rounded()))
    defer { TessBaseAPIClear(api) }
    var degrees: Int32 = 0
    var confidence: Float = 0
    // No script name asked for: whether the caller must free it differs between capi.h's comment
    // and tesseract 5's code, and the script is not needed.
    guard TessBaseAPIDetectOrientationScript(api, &degrees, &confidence, nil, nil) != 0
    else { return nil }
    guard [0, 90, 180, 270].contains(degrees), confidence.isFinite else { return nil }
    return PageOrientation(degrees: Int(degrees), confidence: Double(confidence))
  }
}
