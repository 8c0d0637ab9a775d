/// Tunables of `VectorRulingReader`, in points, chosen to match what `RulingDetector` finds in a
/// 72 dpi render of the same page, so either source gives the same table grid.
public struct VectorSettings: Sendable, Equatable, Codable {
  /// The thickest painted line still taken for a ruling (`RulingSettings.maximumThickness`).
  public var maximumThickness = 4.0

  /// Paint lighter than this luminance (0 black … 1 white) is not ink: cell shading and white
  /// cover-ups are not borders.
  ///
  /// 200/255 is the raster detector's darkness threshold.
  public var inkLuminance = 200.0 / 255.0

  /// The shortest ruling after collinear pieces are joined (`RulingSettings.minimumLength`).
  public var minimumLength = 25.0

  /// Shorter rulings, down to this length, are kept only when both ends meet a long
  /// perpendicular ruling (`RulingSettings.connectedMinimumLength`).
  public var connectedMinimumLength = 8.0

  /// How far a short ruling's end may be from the ruling it meets
  /// (`RulingSettings.connectionTolerance`).
  public var connectionTolerance = 2.5

  /// Pieces of one line within this distance of each other's position, and with a gap along the
  /// line of at most `joinGap`, are one ruling.
  ///
  /// Word and WPS draw each cell's border separately, so a table border arrives as many abutting
  /// pieces.
  public var snapTolerance = 1.0
  public var joinGap = 1.0

  /// A segment counts as horizontal or vertical when it leans by at most this much across its
  /// length (about 0.6° over 100 pt).
  public var axisTolerance = 1.0

  /// Interpretation stops (and the caller falls back to rendering) after this many operators:
  /// a bound on hostile or pathological content, far above the ~20,000 of a dense report page.
  public var operatorBudget = 2_000_000

  /// Form XObjects nested deeper than this are not followed.
  public var maximumFormDepth = 12

  public init() {}
}
