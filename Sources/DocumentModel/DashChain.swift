/// The borders of a table drawn dashed, joined from their dashes.
///
/// A dashed border reaches a scan as a row of separate short strokes (stress 9709:24, Chromium
/// with dashed borders, 200 dpi bilevel: 8.4 pt dashes 7.4 pt apart, up to 10.8 pt). Each is
/// shorter than a ruling and the gaps are far wider than `RulingCleanupSettings.joinGap`, so
/// no ruling was found and the tables were lost. Glyph strokes are not chained: most dashes of
/// a chain must be whole thin ink components on their own (a glyph's strokes are joined to
/// each other), and a chain needs several dashes in line.
public enum DashChain {
  /// One stroke along the axis that may be a dash.
  public struct Dash: Sendable, Equatable {
    /// Where the stroke lies.
    public var line: Ruling
    /// Whether the stroke is a whole ink component; false for the part of a larger one (a
    /// dash crossing a border of the other axis, or a glyph's stroke).
    public var isWhole: Bool

    public init(line: Ruling, isWhole: Bool) {
      self.line = line
      self.isWhole = isWhole
    }
  }

  /// What makes thin strokes one dashed line.
  public struct Settings: Sendable, Equatable, Codable {
    /// The widest gap between two dashes of one line, in points.
    public var maximumGap: Double
    /// How far, in points, a dash may sit sideways from the one before it (a residual skew
    /// moves a long line's dashes little by little).
    public var positionTolerance: Double
    /// The fewest dashes that make a line.
    public var minimumCount: Int
    /// The shortest line, in points, from its first dash's start to its last dash's end.
    public var minimumLength: Double
    /// The least share of a line's dashes that must be whole ink components.
    public var minimumWholeShare: Double

    public init(
      maximumGap: Double, positionTolerance: Double, minimumCount: Int, minimumLength: Double,
      minimumWholeShare: Double
    ) {
      self.maximumGap = maximumGap
      self.positionTolerance = positionTolerance
      self.minimumCount = minimumCount
      self.minimumLength = minimumLength
      self.minimumWholeShare = minimumWholeShare
    }
  }

  /// The lines that `dashes` (short strokes along one axis) make, one ruling per chain.
  ///
  /// Dashes are taken in order along the axis; each joins the chain whose last dash ends
  /// nearest before it, in line with it and within `maximumGap`, or starts a chain.
  public static func rulings(from dashes: [Dash], settings: Settings) -> [Ruling] {
    let ordered = dashes.sorted {
      ($0.line.start, $0.line.position) < ($1.line.start, $1.line.position)
    }
    var chains: [[Ruling]] = []
    var wholeCounts: [Int] = []
    for item in ordered {
      let dash = item.line
      let candidates = chains.indices.filter { index in
        guard let last = chains[index].last else { return false }
        let gap = dash.start - last.end
        return abs(dash.position - last.position) <= settings.positionTolerance
          && gap <= settings.maximumGap && dash.end > last.end
      }
      if let nearest = candidates.min(by: {
        (chains[$0].last?.end ?? 0) > (chains[$1].last?.end ?? 0)
      }) {
        chains[nearest].append(dash)
        wholeCounts[nearest] += item.isWhole ? 1 : 0
      } else {
        chains.append([dash])
        wholeCounts.append(item.isWhole ? 1 : 0)
      }
    }
    return zip(chains, wholeCounts).compactMap { chain, whole in
      guard chain.count >= settings.minimumCount,
        Double(whole) >= settings.minimumWholeShare * Double(chain.count), let first = chain.first,
        let end = chain.map(\.end).max(), end - first.start >= settings.minimumLength
      else { return nil }
      let position = chain.map(\.position).reduce(0, +) / Double(chain.count)
      return Ruling(axis: first.axis, position: position, start: first.start, end: end)
    }
  }
}
