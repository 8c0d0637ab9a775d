import DocumentModel

/// A scanned page after `ScanCleaner`: deskewed, seal ink dropped, binarized for OCR.
public struct CleanedScan: Sendable, Equatable {
  /// 8-bit gray, 0 (ink) or 255 (paper), with the input's size and dpi.
  public var image: PageImage
  /// The page's skew as found, in degrees: the clockwise rotation that was applied to
  /// straighten it (0 when none was found with confidence or it was too small to correct).
  public var skewDegrees: Double
  /// How many pixels were whitened as red seal ink (0 for gray input).
  public var sealPixelsRemoved: Int

  public init(image: PageImage, skewDegrees: Double, sealPixelsRemoved: Int) {
    self.image = image
    self.skewDegrees = skewDegrees
    self.sealPixelsRemoved = sealPixelsRemoved
  }
}
