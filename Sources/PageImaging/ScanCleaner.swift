import CLeptonica
import DocumentModel

/// Prepares a scanned page for OCR and ruling detection with leptonica.
///
/// Steps, in order: (a) whiten red seal ink by colour, (b) convert to gray, (c) normalize the
/// background and binarize (Otsu on the normalized image), (d) drop specks, (e) find the skew on
/// the binary image and rotate it away. The result has the input's size and dpi.
///
/// Binarizing before rotating keeps thin strokes: rotating gray with area mapping first spread
/// 1–2 px lines and the strokes of 一/二 into light gray that the binarization then dropped
/// (hongze-2023 p. 3 scanned at 300 dpi, 0.7°: 17 of 24 horizontal rulings survived, all 24 with
/// this order). A binary image is rotated by sampling, as leptonica's `pixDeskew` does.
public struct ScanCleaner: Sendable {
  public var settings: ScanCleanerSettings

  public init(settings: ScanCleanerSettings = ScanCleanerSettings()) {
    self.settings = settings
  }

  /// The cleaned page: binarized 8-bit gray, deskewed, without seal ink.
  ///
  /// - Parameter image: A gray or RGB scan; seal removal needs RGB.
  /// - Returns: The cleaned image, the skew found and the number of seal pixels removed. If
  ///   leptonica fails at a step, that step is skipped (the gray image passes through).
  public func cleaned(_ image: PageImage) -> CleanedScan {
    let (gray, removed) = GrayConversion.grayWithoutSeal(image, rule: settings)
    let passThrough = PageImage(
      width: image.width, height: image.height, channels: 1, dpi: image.dpi, pixels: gray)
    guard
      let pix = LeptonicaImage.gray(gray, width: image.width, height: image.height, dpi: image.dpi),
      let binary = binarized(pix, isTwoLevel: Self.isTwoLevel(gray)).map({
        despeckled($0, dpi: image.dpi)
      })
    else { return CleanedScan(image: passThrough, skewDegrees: 0, sealPixelsRemoved: removed) }
    let skew = skewDegrees(of: binary, dpi: image.dpi)
    let straight =
      skew == 0
      ? binary
      : LeptonicaImage(
        taking: pixRotate(
          binary.pix, Float(skew * .pi / 180), Int32(L_ROTATE_SAMPLING), Int32(L_BRING_IN_WHITE),
          0, 0)) ?? binary
    guard let output = LeptonicaImage(taking: pixConvert1To8(nil, straight.pix, 255, 0)),
      let cleaned = output.grayPageImage(dpi: image.dpi)
    else { return CleanedScan(image: passThrough, skewDegrees: 0, sealPixelsRemoved: removed) }
    return CleanedScan(image: cleaned, skewDegrees: skew, sealPixelsRemoved: removed)
  }

  /// A 0/255 image turned by `skewDegrees` (clockwise) as `cleaned(_:)` straightens a page, so
  /// a second binarization of the same scan lines up with the cleaned page.
  public func straightened(_ image: PageImage, skewDegrees: Double) -> PageImage {
    guard skewDegrees != 0, image.channels == 1,
      let gray = LeptonicaImage.gray(image),
      let binary = LeptonicaImage(taking: pixThresholdToBinary(gray.pix, 128)),
      let turned = LeptonicaImage(
        taking: pixRotate(
          binary.pix, Float(skewDegrees * .pi / 180), Int32(L_ROTATE_SAMPLING),
          Int32(L_BRING_IN_WHITE), 0, 0)),
      let output = LeptonicaImage(taking: pixConvert1To8(nil, turned.pix, 255, 0)),
      let straight = output.grayPageImage(dpi: image.dpi)
    else { return image }
    return straight
  }

  /// The clockwise rotation in degrees that straightens the 1 bpp page, or 0 when the search
  /// is not confident or the skew is below `minimumSkew`.
  ///
  /// A page the search is not sure of is searched again with its ink smeared sideways by
  /// `skewSmear` (`pixDilateBrick`), so that a line's characters, and a table row's values,
  /// count as one bar; that search must reach `minimumSmearedSkewConfidence`.
  private func skewDegrees(of binary: LeptonicaImage, dpi: Double) -> Double {
    let angle: Double
    if let found = Self.skew(of: binary), found.confidence >= settings.minimumSkewConfidence {
      angle = found.angle
    } else {
      let width = Int32((settings.skewSmear * dpi / 72).rounded())
      guard width > 1,
        let smeared = LeptonicaImage(taking: pixDilateBrick(nil, binary.pix, width, 1)),
        let found = Self.skew(of: smeared),
        found.confidence >= settings.minimumSmearedSkewConfidence
      else { return 0 }
      angle = found.angle
    }
    return abs(angle) >= settings.minimumSkew ? angle : 0
  }

  /// Leptonica's skew search with its defaults: a sweep of ±7° in 1° steps at 4× reduction,
  /// then a binary search to 0.01° at 2× reduction; nil when it fails.
  private static func skew(of binary: LeptonicaImage) -> (angle: Double, confidence: Double)? {
    var angle: Float = 0
    var confidence: Float = 0
    guard pixFindSkew(binary.pix, &angle, &confidence) == 0 else { return nil }
    return (Double(angle), Double(confidence))
  }

  /// The binary image without ink specks smaller than `maximumSpeckSize` both ways.
  private func despeckled(_ binary: LeptonicaImage, dpi: Double) -> LeptonicaImage {
    let size = Int32((settings.maximumSpeckSize * dpi / 72).rounded(.down)) + 1
    guard size > 1 else { return binary }
    var changed: Int32 = 0
    // Keep a component when its width or its height reaches `size` pixels.
    return LeptonicaImage(
      taking: pixSelectBySize(
        binary.pix, size, size, 8, Int32(L_SELECT_IF_EITHER), Int32(L_SELECT_IF_GTE), &changed))
      ?? binary
  }

  /// Whether every pixel is 0 or 255, as `ScanBinarizer` leaves a page.
  static func isTwoLevel(_ gray: [UInt8]) -> Bool {
    gray.allSatisfy { $0 == 0 || $0 == 255 }
  }

  /// The image with its background flattened to white and binarized, as 1 bpp (1 = ink).
  ///
  /// A two-level image is only converted: flattening its background and Otsu's threshold
  /// leave its ink as it is, and cost ~110 ms a 300 dpi page (docs/performance.md).
  private func binarized(_ gray: LeptonicaImage, isTwoLevel: Bool) -> LeptonicaImage? {
    if isTwoLevel { return LeptonicaImage(taking: pixThresholdToBinary(gray.pix, 128)) }
    var threshold: Int32 = 0
    // Leptonica's recommended arguments: foreground threshold 100, min count 50, background
    // 255, 2×2 smoothing, score fraction 0.1.
    return LeptonicaImage(
      taking: pixOtsuThreshOnBackgroundNorm(
        gray.pix, nil, Int32(settings.backgroundTileWidth), Int32(settings.backgroundTileHeight),
        100, 50, 255, 2, 2, 0.1, &threshold))
  }
}
