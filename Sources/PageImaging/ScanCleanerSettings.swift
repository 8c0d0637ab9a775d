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
  /// 0 for pages with too little ink to measure. A page scoring less is searched again smeared
  /// (`skewSmear`).
  public var minimumSkewConfidence = 2.0
  /// Ink is smeared sideways this far, in points, for the second skew search.
  ///
  /// A sparse page (a table without rulings, short columns of values, labels in a narrow
  /// column) gives the search little to align: stress 9796:2 p. 3, skewed 1.85°, scored 1.34
  /// and was left skewed, its rows drifting 10 pt across the page. Smeared 6 pt, wider than the
  /// gaps between a line's characters, pages score higher: of the 554 pages of stress scans
  /// 9795–9797 (skew up to ±2°; searched on the embedded scans), 534 reached 2.0 smeared against
  /// 524 unsmeared, none of them more than 0.28° off (unsmeared: 3 up to 0.42°). It is a second
  /// search, not the only one: smeared, the confident pages' angles moved by up to 0.03°, and
  /// that was enough to lose a ruling under a seal (9796:50).
  public var skewSmear = 6.0
  /// The smeared search's confidence below which no rotation is applied.
  ///
  /// On the 554 pages above, the 547 scoring 1.5 or more smeared were all found within 0.31° of
  /// the skew applied; of the 7 below, 2 were 0.9° off.
  public var minimumSmearedSkewConfidence = 1.5

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
