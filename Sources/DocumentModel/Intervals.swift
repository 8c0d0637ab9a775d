/// Lengths covered by intervals on a line (ruling extents, cell borders).
public enum Intervals {
  /// The length of the union of intervals clipped to `lower...upper`.
  public static func coveredLength(
    of intervals: [(Double, Double)], from lower: Double, to upper: Double
  ) -> Double {
    var covered = 0.0
    var reach = lower
    for (start, end) in intervals.sorted(by: { $0.0 < $1.0 }) {
      let clippedStart = max(start, reach)
      let clippedEnd = min(end, upper)
      if clippedEnd > clippedStart {
        covered += clippedEnd - clippedStart
        reach = clippedEnd
      }
    }
    return covered
  }
}
