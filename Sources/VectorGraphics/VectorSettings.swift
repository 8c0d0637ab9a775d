/// Tunables of `VectorRulingReader` that only a drawing has, in points.
///
/// What makes a painted line a ruling (ink, thickest line, lengths, joining) is
/// `RulingCleanupSettings`, shared with the raster detector so both give the same table grid.
public struct VectorSettings: Sendable, Equatable, Codable {
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
