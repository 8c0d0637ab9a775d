/// Tunables of `RulingDetector` that only a render has; lengths are in points so they mean the
/// same at every dpi.
///
/// What makes ink a ruling (ink threshold, thickest line, the two brick lengths, joining) is
/// `RulingCleanupSettings`, shared with the page-drawing reader so both give the same grid.
public struct RulingSettings: Sendable, Equatable, Codable {
  /// Breaks in a line up to this long, in points, are closed before the brick opening.
  ///
  /// 1 pt bridges the 2–4 px breaks of 300 dpi scans; at 100 dpi it rounds to 1 px, so vector
  /// renders are left untouched (no text strokes are joined).
  public var bridgedGap = 1.0

  /// The largest residual skew of a line, in degrees, allowed for in its box's thickness.
  ///
  /// Scans are deskewed first; what remains is ≤ 0.5° in practice.
  public var maximumSkew = 1.0

  public init() {}
}
