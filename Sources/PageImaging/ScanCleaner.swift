import CLeptonica
import DocumentModel

/// Prepares a scanned page for OCR and ruling detection with leptonica.
///
/// Steps, in order: (a) whiten red seal ink by colour, (b) convert to gray, (c) find the skew
/// and rotate it away, (d) normalize the background and binarize (Otsu on the normalized
/// image). The result has the input's size and dpi.
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
    let (gray, removed) = grayWithoutSeal(image)
    guard
      let pix = LeptonicaImage.gray(gray, width: image.width, height: image.height, dpi: image.dpi)
    else {
      let fallback = PageImage(
        width: image.width, height: image.height, channels: 1, dpi: image.dpi, pixels: gray)
      return CleanedScan(image: fallback, skewDegrees: 0, sealPixelsRemoved: removed)
    }
    let skew = skewDegrees(of: pix)
    let straight =
      skew == 0
      ? pix
      : LeptonicaImage(
        taking: pixRotate(
          pix.pix, Float(skew * .pi / 180), Int32(L_ROTATE_AREA_MAP), Int32(L_BRING_IN_WHITE), 0, 0)
      ) ?? pix
    let binary = binarized(straight) ?? straight
    let output =
      binary.grayPageImage(dpi: image.dpi)
      ?? PageImage(
        width: image.width, height: image.height, channels: 1, dpi: image.dpi, pixels: gray)
    return CleanedScan(image: output, skewDegrees: skew, sealPixelsRemoved: removed)
  }

  /// Gray pixels with seal-red pixels turned white, and how many were turned.
  private func grayWithoutSeal(_ image: PageImage) -> ([UInt8], Int) {
    guard image.channels == 3 else { return (image.pixels, 0) }
    let count = image.width * image.height
    let minimumRed = UInt8(clamping: settings.sealMinimumRed)
    let excess = Int(settings.sealMinimumExcess)
    var removed = 0
    let gray = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      image.pixels.withUnsafeBufferPointer { source in
        for index in 0..<count {
          let red = source[3 * index]
          let green = source[3 * index + 1]
          let blue = source[3 * index + 2]
          if red >= minimumRed, Int(red) - Int(max(green, blue)) >= excess {
            buffer[index] = 255
            removed += 1
          } else {
            buffer[index] = GrayConversion.luma(red, green, blue)
          }
        }
      }
      initialized = count
    }
    return (gray, removed)
  }

  /// The clockwise rotation in degrees that straightens the page, or 0 when the search is not
  /// confident or the skew is below `minimumSkew`.
  private func skewDegrees(of gray: LeptonicaImage) -> Double {
    guard
      let binary = LeptonicaImage(
        taking: pixThresholdToBinary(gray.pix, Int32(settings.skewThreshold)))
    else { return 0 }
    var angle: Float = 0
    var confidence: Float = 0
    let rc = pixFindSkew(binary.pix, &angle, &confidence)
    guard rc == 0,
      Double(confidence) >= settings.minimumSkewConfidence,
      abs(Double(angle)) >= settings.minimumSkew
    else { return 0 }
    return Double(angle)
  }

  /// The image with its background flattened to white and binarized, as 8 bpp 0/255.
  private func binarized(_ gray: LeptonicaImage) -> LeptonicaImage? {
    var threshold: Int32 = 0
    // Leptonica's recommended arguments: foreground threshold 100, min count 50, background
    // 255, 2×2 smoothing, score fraction 0.1.
    guard
      let binary = LeptonicaImage(
        taking: pixOtsuThreshOnBackgroundNorm(
          gray.pix, nil, Int32(settings.backgroundTileWidth), Int32(settings.backgroundTileHeight),
          100, 50, 255, 2, 2, 0.1, &threshold))
    else { return nil }
    return LeptonicaImage(taking: pixConvert1To8(nil, binary.pix, 255, 0))
  }
}
