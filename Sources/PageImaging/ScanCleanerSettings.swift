/// Tunables of `ScanCleaner`.
public struct ScanCleanerSettings: Sendable, Equatable, Codable {
  /// A pixel is seal ink only when its red channel is at least this (0–255).
  ///
  /// Official seals print in vermilion, red ≈ 180–240 on scans; black text over a seal stays
  /// dark in red as well, so it is kept.
  public var sealMinimumRed = 120
  /// …and red exceeds both green and blue by at least this much (0–255).
  ///
  /// 60 separates seal red (R−G ≈ 120–200) from warm paper and yellowed scans (R−G < 30).
  public var sealMinimumExcess = 60

  /// Skews smaller than this, in degrees, are left alone (rotation would only blur).
  ///
  /// 0.1° is leptonica's own `pixDeskew` cut-off (MIN_DESKEW_ANGLE).
  public var minimumSkew = 0.1
  /// The skew search's confidence (leptonica's score ratio) below which no rotation is applied.
  ///
  /// Leptonica's own `pixDeskew` asks for 3.0, but a page of 30 CJK text lines rotated 1° and
  /// rendered at 200 dpi scores only 2.97 (straight: 3.14), so 2.0 is used; leptonica reports
  /// 0 for pages with too little ink to measure.
  public var minimumSkewConfidence = 2.0

  /// Ink specks no larger than this both ways, in points, are removed after binarization.
  ///
  /// 0.5 pt is 2 px at 300 dpi: scanner dust and toner dots go, while a full stop of 10.5 pt
  /// text (about 1 pt, 4 px) stays.
  public var maximumSpeckSize = 0.5

  /// Tile width for background normalization, in pixels.
  ///
  /// 10 × 15 are leptonica's recommended values for `pixOtsuThreshOnBackgroundNorm`.
  public var backgroundTileWidth = 10
  /// Tile height for background normalization, in pixels.
  public var backgroundTileHeight = 15

  public init() {}
}
