/// Turns the line segments a source found into table rulings, whatever the source: a page's
/// drawing (`VectorRulingReader`) or a render or scan (`RulingDetector`).
///
/// Per axis: collinear pieces join (`snapTolerance`, `joinGap`); joined lines at least
/// `minimumLength` long are rulings; a shorter one is kept only when both its ends meet a long
/// perpendicular ruling and it does not run along a long parallel one (the border of a one-row
/// band, not a glyph stroke); kept pieces then join the lines they continue, and a line running
/// close beside a longer one (`minimumBorderSpacing`) without meeting a perpendicular one is
/// dropped. A table builder wants one straight segment per border, and no strokes.
public struct RulingCleaner: Sendable {
  public var settings: RulingCleanupSettings

  public init(settings: RulingCleanupSettings = RulingCleanupSettings()) {
    self.settings = settings
  }

  /// The rulings made of `segments` and `strokes`.
  ///
  /// - Parameters:
  ///   - segments: Pieces of drawn lines, in any order, each as thin as a ruling
  ///     (`maximumThickness`): a drawing's painted lines, a render's long runs of ink. Collinear
  ///     pieces join before their length is judged.
  ///   - strokes: Short runs of ink that may be borders or glyph strokes (a render's second,
  ///     shorter opening). Each is judged alone and never joined with another first, so aligned
  ///     glyph strokes cannot add up to a long ruling.
  /// - Returns: Horizontal rulings sorted by position then start, then vertical ones.
  /// - Complexity: O(n log n + s·n) for n segments and s short ones.
  public func cleaned(_ segments: [Ruling], strokes: [Ruling] = []) -> [Ruling] {
    let axes: [Ruling.Axis] = [.horizontal, .vertical]
    let lines = axes.map { axis in joinedOnOneAxis(segments.filter { $0.axis == axis }) }
    let long = lines.map { $0.filter { $0.length >= settings.minimumLength } }
    let joined = axes.indices.map { index in
      let candidates =
        lines[index].filter { $0.length < settings.minimumLength }
        + strokes.filter { $0.axis == axes[index] }
      let connected = candidates.filter {
        isConnected($0, across: long[1 - index], beside: long[index])
      }
      return joinedOnOneAxis(long[index] + connected)
    }
    return withoutShadows(joined[0], across: joined[1])
      + withoutShadows(joined[1], across: joined[0])
  }

  /// The rulings of one axis without the strokes beside a border.
  ///
  /// Such a stroke runs closer than `minimumBorderSpacing` to a longer parallel ruling that
  /// covers it, and neither of its ends meets a perpendicular ruling (a seal's ring, a bold glyph
  /// stroke). Left in, it would cut the row it runs through into a sliver too thin to hold text;
  /// a real border that close (the second line of a thick or double rule) ends at the table's
  /// borders and stays.
  private func withoutShadows(_ rulings: [Ruling], across others: [Ruling]) -> [Ruling] {
    let tolerance = settings.connectionTolerance
    return rulings.filter { ruling in
      let beside = rulings.contains { other in
        other.length > ruling.length
          && abs(other.position - ruling.position) < settings.minimumBorderSpacing
          && other.start <= ruling.start + tolerance && other.end >= ruling.end - tolerance
      }
      return !beside || meets(ruling, at: ruling.start, across: others)
        || meets(ruling, at: ruling.end, across: others)
    }
  }

  /// Whether a short piece is a border: it is not part of a long parallel one, and each of its
  /// ends meets a long perpendicular ruling or, at one end at most, continues a long collinear
  /// ruling across a break.
  ///
  /// A border broken just below a crossing leaves its short lower piece meeting only the
  /// border at its far end: on stress scan 9763:100 (240 dpi, JPEG quality 32, a seal's red
  /// removed) a 1.5 pt break under a row's top border left table 四's data-row piece, 12 pt
  /// long, 2.9 pt from that border, and the row's two values read as one merged cell.
  private func isConnected(_ ruling: Ruling, across others: [Ruling], beside parallels: [Ruling])
    -> Bool
  {
    guard ruling.length >= settings.connectedMinimumLength,
      ruling.length < settings.minimumLength,
      !parallels.contains(where: {
        abs($0.position - ruling.position) <= settings.parallelTolerance && $0.start <= ruling.end
          && $0.end >= ruling.start
      })
    else { return false }
    let startMeets = meets(ruling, at: ruling.start, across: others)
    let endMeets = meets(ruling, at: ruling.end, across: others)
    return (startMeets && endMeets)
      || (startMeets && continues(ruling, pastEnd: true, along: parallels))
      || (endMeets && continues(ruling, pastEnd: false, along: parallels))
  }

  /// Whether a long ruling of `parallels` on the same line (within `snapTolerance`) starts
  /// within `joinGap` past the ruling's end (`pastEnd`) or ends within it before its start.
  private func continues(_ ruling: Ruling, pastEnd: Bool, along parallels: [Ruling]) -> Bool {
    parallels.contains { other in
      guard abs(other.position - ruling.position) <= settings.snapTolerance else { return false }
      let gap = pastEnd ? other.start - ruling.end : ruling.start - other.end
      return gap > 0 && gap <= settings.joinGap
    }
  }

  /// Whether a perpendicular ruling of `others` passes within `connectionTolerance` of the
  /// ruling's end at `end`.
  private func meets(_ ruling: Ruling, at end: Double, across others: [Ruling]) -> Bool {
    let tolerance = settings.connectionTolerance
    return others.contains {
      abs($0.position - end) <= tolerance && ruling.position >= $0.start - tolerance
        && ruling.position <= $0.end + tolerance
    }
  }

  /// Collinear pieces of one axis joined, sorted by position then start.
  ///
  /// Pieces whose positions chain within `snapTolerance` form a group; inside a group, pieces that
  /// overlap or leave a gap of at most `joinGap` join, and each joined ruling takes the
  /// length-weighted mean position of its parts, so a long line is not pulled by a short piece.
  private func joinedOnOneAxis(_ rulings: [Ruling]) -> [Ruling] {
    var groups: [[Ruling]] = []
    for ruling in rulings.sorted(by: { $0.position < $1.position }) {
      if let last = groups.last?.last, ruling.position - last.position <= settings.snapTolerance {
        groups[groups.count - 1].append(ruling)
      } else {
        groups.append([ruling])
      }
    }
    var result: [Ruling] = []
    for group in groups.flatMap(bandEdges) {
      var parts: [Ruling] = []
      var reach = -Double.infinity
      for piece in group.sorted(by: { $0.start < $1.start }) {
        if !parts.isEmpty && piece.start > reach + settings.joinGap {
          result.append(union(parts))
          parts.removeAll()
        }
        reach = parts.isEmpty ? piece.end : max(reach, piece.end)
        parts.append(piece)
      }
      if !parts.isEmpty { result.append(union(parts)) }
    }
    return result.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
  }

  /// A group of chained parallel pieces, or the two edges of a filled band it turns out to be.
  ///
  /// A shaded table row, binarized for its light borders (a scan's ruling image), is a block of
  /// noisy ink; the line opening cuts it into stacked full-width strips that chain into one group
  /// and joined into a single ruling through the middle of the row, its two real borders lost
  /// (stress 9502:8, 150 dpi: each 第二十条 band of table 二 became one ruling 10 pt below its top
  /// border, so band text fell into the rows above). Stacked strips overlap along the axis;
  /// the pieces of one skewed or broken line follow one another. So a group where two pieces
  /// overlap by `minimumLength` more than `maximumThickness` apart is a band, and only the pieces
  /// within `snapTolerance` of its top and bottom are kept, as its borders.
  private func bandEdges(_ group: [Ruling]) -> [[Ruling]] {
    guard let low = group.first?.position, let high = group.last?.position,
      high - low > settings.maximumThickness
    else { return [group] }
    let stacked = group.contains { a in
      group.contains { b in
        b.position - a.position > settings.maximumThickness
          && min(a.end, b.end) - max(a.start, b.start) >= settings.minimumLength
      }
    }
    guard stacked else { return [group] }
    return [
      group.filter { $0.position <= low + settings.snapTolerance },
      group.filter { $0.position >= high - settings.snapTolerance },
    ]
  }

  /// One ruling spanning `parts`, at their length-weighted mean position (+ a little, so
  /// zero-length pieces still count).
  private func union(_ parts: [Ruling]) -> Ruling {
    let weight = parts.reduce(0) { $0 + max($1.length, 0.01) }
    let position = parts.reduce(0) { $0 + $1.position * max($1.length, 0.01) } / weight
    let start = parts.map(\.start).min() ?? 0
    let end = parts.map(\.end).max() ?? 0
    return Ruling(axis: parts[0].axis, position: position, start: start, end: end)
  }
}
