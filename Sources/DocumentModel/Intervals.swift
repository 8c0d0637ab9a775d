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

  /// The intervals with overlapping ones merged, ascending by start.
  public static func merged(_ intervals: [(Double, Double)]) -> [(Double, Double)] {
    var merged: [(Double, Double)] = []
    for interval in intervals.sorted(by: { $0.0 < $1.0 }) {
      if let last = merged.last, interval.0 <= last.1 {
        merged[merged.count - 1].1 = max(last.1, interval.1)
      } else {
        merged.append(interval)
      }
    }
    return merged
  }
}
