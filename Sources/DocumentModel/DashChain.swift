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
    /// The least share of a line's whole dashes as long as its typical one (its median whole
    /// dash), give or take `lengthSpread`.
    public var minimumRegularShare: Double
    /// How many times longer or shorter than the median a regular dash may be.
    public var lengthSpread: Double

    public init(
      maximumGap: Double, positionTolerance: Double, minimumCount: Int, minimumLength: Double,
      minimumWholeShare: Double, minimumRegularShare: Double, lengthSpread: Double
    ) {
      self.maximumGap = maximumGap
      self.positionTolerance = positionTolerance
      self.minimumCount = minimumCount
      self.minimumLength = minimumLength
      self.minimumWholeShare = minimumWholeShare
      self.minimumRegularShare = minimumRegularShare
      self.lengthSpread = lengthSpread
    }
  }

  /// The lines that `dashes` (short strokes along one axis) make, one ruling per chain.
  ///
  /// Dashes are taken in order along the axis; each joins the chain whose last dash ends
  /// nearest before it, in line with it and within its reach, or starts a chain. A chain
  /// reaches `maximumGap` past its last dash, and once it has a gap of its own, as far as one
  /// lost dash would leave (twice its widest gap plus its longest dash, at most twice
  /// `maximumGap`): where a dashed border crosses another, the two dashes there merge into one
  /// component too thick for either, or break into pieces too short (9741:28, 3.6 pt dashes
  /// 4.5 pt apart, a 12.4 pt gap at every crossing).
  public static func rulings(from dashes: [Dash], settings: Settings) -> [Ruling] {
    let ordered = dashes.sorted {
      ($0.line.start, $0.line.position, $0.line.end, $0.isWhole ? 1 : 0)
        < ($1.line.start, $1.line.position, $1.line.end, $1.isWhole ? 1 : 0)
    }
    var chains: [[Ruling]] = []
    var wholeLengths: [[Double]] = []
    var widestGaps: [Double?] = []
    for item in ordered {
      let dash = item.line
      let candidates = chains.indices.filter { index in
        guard let last = chains[index].last else { return false }
        let gap = dash.start - last.end
        var reach = settings.maximumGap
        if let widest = widestGaps[index] {
          let longest = chains[index].map(\.length).max() ?? 0
          reach = max(reach, min(2 * widest + longest, 2 * settings.maximumGap))
        }
        return abs(dash.position - last.position) <= settings.positionTolerance
          && gap <= reach && dash.end > last.end
      }
      if let nearest = candidates.min(by: {
        (chains[$0].last?.end ?? 0) > (chains[$1].last?.end ?? 0)
      }) {
        let gap = dash.start - (chains[nearest].last?.end ?? dash.start)
        // Only a gap within `maximumGap` measures the pitch: a bridged one is no evidence.
        if gap <= settings.maximumGap { widestGaps[nearest] = max(widestGaps[nearest] ?? gap, gap) }
        chains[nearest].append(dash)
        if item.isWhole { wholeLengths[nearest].append(dash.length) }
      } else {
        chains.append([dash])
        wholeLengths.append(item.isWhole ? [dash.length] : [])
        widestGaps.append(nil)
      }
    }
    return zip(chains, wholeLengths).compactMap { chain, whole in
      guard chain.count >= settings.minimumCount,
        Double(whole.count) >= settings.minimumWholeShare * Double(chain.count),
        isRegular(whole, settings: settings), let first = chain.first,
        let end = chain.map(\.end).max(), end - first.start >= settings.minimumLength
      else { return nil }
      let position = chain.map(\.position).reduce(0, +) / Double(chain.count)
      return Ruling(axis: first.axis, position: position, start: first.start, end: end)
    }
  }

  /// Whether enough of the whole dashes are as long as the median one, within the spread.
  ///
  /// A border is printed with one dash pattern (9741:28: 3.4–3.8 pt dashes), while the strokes
  /// of a line of text that happen to lie in line differ (5.0 and 2.2 pt across 信息需 on
  /// `Samples/altered/a01`, where they chained into a border through the label).
  static func isRegular(_ lengths: [Double], settings: Settings) -> Bool {
    guard !lengths.isEmpty else { return false }
    let median = lengths.sorted()[lengths.count / 2]
    let regular = lengths.filter {
      $0 <= median * settings.lengthSpread && $0 * settings.lengthSpread >= median
    }
    return Double(regular.count) >= settings.minimumRegularShare * Double(lengths.count)
  }
}
