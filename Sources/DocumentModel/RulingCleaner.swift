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
      || (startMeets && isOpenEdge(at: ruling.end, of: ruling, among: parallels, across: others))
      || (endMeets && isOpenEdge(at: ruling.start, of: ruling, among: parallels, across: others))
  }

  /// Whether long parallel rulings on both sides of `ruling` end (or start) level with its
  /// end at `end`, meeting no ruling across there either: the open edge of a table cut by a
  /// page break, which has no border there.
  ///
  /// On stress scan 9811:77 (240 dpi) table 三's part on page 3 starts with the last line of a
  /// wrapped label and has no top border; the column border between its labels ran 21 pt from
  /// the page's cut to the next row border, and the part got no such column and was not
  /// joined to page 2's. Its neighbours left and right, long, start at the same cut. Columns
  /// that start at a row border are no open edge: the stems of 法人或其他组织 in a header row
  /// as tall as its 11 pt glyphs stopped 2 pt short of the border where the columns beside
  /// them start (9811:1).
  private func isOpenEdge(
    at end: Double, of ruling: Ruling, among parallels: [Ruling], across others: [Ruling]
  ) -> Bool {
    let tolerance = settings.snapTolerance
    func level(_ other: Ruling) -> Bool {
      (abs(other.start - end) <= tolerance && !meets(other, at: other.start, across: others))
        || (abs(other.end - end) <= tolerance && !meets(other, at: other.end, across: others))
    }
    return parallels.contains { level($0) && $0.position < ruling.position - tolerance }
      && parallels.contains { level($0) && $0.position > ruling.position + tolerance }
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
    var result: [Ruling] = []
    for group in chained(rulings).flatMap({ bandEdges($0, among: rulings) }) {
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

  /// The pieces in groups whose positions chain within `snapTolerance`, each sorted by position.
  private func chained(_ rulings: [Ruling]) -> [[Ruling]] {
    var groups: [[Ruling]] = []
    for ruling in rulings.sorted(by: { $0.position < $1.position }) {
      if let last = groups.last?.last, ruling.position - last.position <= settings.snapTolerance {
        groups[groups.count - 1].append(ruling)
      } else {
        groups.append([ruling])
      }
    }
    return groups
  }

  /// A group of chained parallel pieces, or the two edges of each filled band in it and the
  /// other pieces.
  ///
  /// A shaded table row, binarized for its light borders (a scan's ruling image), is a block of
  /// noisy ink; the line opening cuts it into stacked full-width strips that chain into one group
  /// and joined into a single ruling through the middle of the row, its two real borders lost
  /// (stress 9502:8, 150 dpi: each 第二十条 band of table 二 became one ruling 10 pt below its top
  /// border, so band text fell into the rows above). Stacked strips overlap along the axis and
  /// the strips between them fill the space; the pieces of one skewed or broken line follow one
  /// another. So where two pieces more than `maximumThickness` apart overlap along the axis by
  /// `minimumLength`, and the pieces between them (not within `snapTolerance` of either) cover
  /// half of that overlap, there is a band, as long as the overlap. Of the pieces lying within
  /// a band only those within `snapTolerance` of its first and last position are kept, as its
  /// borders (unless a ruling running the band's length lies within `minimumBorderSpacing` of
  /// one: that ruling is the border there); the other pieces of the group are chained again
  /// without the band's.
  ///
  /// Across the axis the same noise stands as side-by-side vertical pieces as tall as the band,
  /// which chain with every vertical border whose position they pass: on stress scan 9763:109
  /// (200 dpi colour, Chromium's shaded 第二十条 rows) they took all inner column borders of
  /// table 二 with them, two borders 78 pt apart with a bare cell between them counting as
  /// stacked. A border that only meets the band is no piece of it and stays.
  private func bandEdges(_ group: [Ruling], among all: [Ruling]) -> [[Ruling]] {
    guard let low = group.first?.position, let high = group.last?.position,
      high - low > settings.maximumThickness
    else { return [group] }
    // The bands: where two pieces more than `maximumThickness` apart overlap by
    // `minimumLength`, with the pieces between them covering half of that overlap (two borders
    // with a bare cell between them are no band).
    var bands: [(start: Double, end: Double)] = []
    for a in group.indices {
      for b in (a + 1)..<group.count
      where group[b].position - group[a].position > settings.maximumThickness {
        let start = max(group[a].start, group[b].start)
        let end = min(group[a].end, group[b].end)
        guard end - start >= settings.minimumLength,
          !bands.contains(where: { $0.start <= start && $0.end >= end })
        else { continue }
        // Pieces of either line itself (within `snapTolerance` of it) fill nothing.
        let between = group[(a + 1)..<b]
          .filter {
            $0.position > group[a].position + settings.snapTolerance
              && $0.position < group[b].position - settings.snapTolerance
          }
          .map { (max($0.start, start), min($0.end, end)) }
        if Intervals.coveredLength(of: between, from: start, to: end) >= (end - start) / 2 {
          bands.append((start, end))
        }
      }
    }
    guard !bands.isEmpty else { return [group] }
    let merged = Intervals.merged(bands.map { ($0.start, $0.end) }).map { (start: $0.0, end: $0.1) }
    let tolerance = settings.joinGap
    func inside(_ piece: Ruling, _ band: (start: Double, end: Double)) -> Bool {
      piece.start >= band.start - tolerance && piece.end <= band.end + tolerance
    }
    var result: [[Ruling]] = []
    for band in merged {
      let members = group.filter { inside($0, band) }
      guard let first = members.first?.position, let last = members.last?.position else {
        continue
      }
      // A ruling running the band's length beside its edge is the band's border there (the
      // table's frame, the row's own border); the noise beside it is no second border.
      let covering = all.filter {
        !inside($0, band) && $0.start <= band.start + tolerance && $0.end >= band.end - tolerance
      }
      func bordered(_ position: Double) -> Bool {
        covering.contains { abs($0.position - position) < settings.minimumBorderSpacing }
      }
      if !bordered(first) {
        result.append(members.filter { $0.position <= first + settings.snapTolerance })
      }
      if !bordered(last) {
        result.append(members.filter { $0.position >= last - settings.snapTolerance })
      }
    }
    // The other pieces, without the bands', may no longer chain into one group.
    return result + chained(group.filter { piece in !merged.contains { inside(piece, $0) } })
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
