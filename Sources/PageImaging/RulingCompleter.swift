import DocumentModel

/// Completes scanned borders that the detector found only in pieces, from the ink along them.
///
/// A light or dashed border on a bilevel or blurred low-resolution scan survives as a dotted
/// trail of 1–3 px specks with longer pieces here and there (stress 9766:19, 150 dpi bilevel at
/// threshold 153): the pieces make rulings, the specks between them nothing, and the cells on
/// either side of a lost piece become one merged cell whose two values read as one. A border is
/// straight, so where it was broken is known: along its own line, between the rulings that
/// cross it. There the scan is asked whether the line is inked: whether a thin band on the line
/// holds ink along much of the gap while the bands just beside it, inside the cells, hold
/// little. A border's specks lie on its line; text, shading and noise lie beside it as much as
/// on it.
public struct RulingCompleter: Sendable {
  /// How much ink, and how sharply lined up, makes a broken piece of a border.
  public struct Settings: Sendable, Equatable, Codable {
    /// Half the height of the band on the line where its ink is looked for, in points: the
    /// border's thickness (0.5–1 pt) and a residual skew of a pixel or two at 300 dpi.
    public var band: Double
    /// Ink this close to a crossing ruling, in points, is not counted: its own stroke and the
    /// blot where two borders meet.
    public var margin: Double
    /// How far from the line the two control bands lie, in points, center to center: outside
    /// the border's band, inside a cell's padding (text sits 2–5 pt from a border).
    public var controlOffset: Double
    /// The least share of the gap's length whose band column holds ink.
    public var minimumCoverage: Double
    /// How many times the larger control band's share the line's share must reach.
    public var minimumContrast: Double
    /// The shortest gap looked at, in points (a narrow cell's width is 20 pt and more); pieces
    /// closer than this belong to one table.
    public var minimumGap: Double
    /// The length of the steps along a gap, in points, of which `minimumSpread` must hold ink.
    public var spreadStep: Double
    /// The least share of a gap's steps that hold ink.
    public var minimumSpread: Double
    /// The least share of the gaps along a line lost whole that must be inked.
    public var minimumLostShare: Double
  }

  public var settings: Settings
  /// How far apart, in points, two pieces may lie across their axis and be one line; and how
  /// far a crossing ruling may stop short of the line and still cross it.
  public var tolerance: Double

  public init(settings: Settings, tolerance: Double) {
    self.settings = settings
    self.tolerance = tolerance
  }

  /// `rulings` and the pieces that complete them: lines lost whole (`lostLines`), then the
  /// gaps that continue a line between two rulings crossing it (`withGapsFilled`).
  ///
  /// - Parameters:
  ///   - rulings: A page's rulings, in points.
  ///   - images: The page binarized (0 ink, 255 paper), each with its own `dpi`.
  /// - Returns: `rulings` followed by the new pieces, each spanning one gap.
  public func completed(_ rulings: [Ruling], in images: [PageImage]) -> [Ruling] {
    var found = rulings
    // Each table is looked at alone: a border lost in a short table below a long one (table
    // 四's three inner verticals under table 三, 45 pt of ink against 500 pt of table 三's
    // text on the same line, stress 9811:98) is inked along its own table, not the page. The
    // pieces of one table lie closer than a cell is wide: before completion a broken row
    // border can stop 5 pt short of the frame (9811:58, 150 dpi bilevel), and at the snap
    // tolerance table 一's rows fell apart into tables of one ruling.
    let tables = RulingGroups.groups(of: rulings, tolerance: settings.minimumGap)
    for axis in [Ruling.Axis.horizontal, .vertical] {
      for table in tables {
        let crossers = table.filter { $0.axis != axis }
        guard crossers.count >= 2 else { continue }
        var existing = table.filter { $0.axis == axis }
        for image in images {
          let lost = lostLines(of: axis, crossers: crossers, existing: existing, in: image)
          existing += lost
          found += lost
        }
      }
    }
    return withGapsFilled(found, in: images)
  }

  /// `rulings` and, for every line (the pieces at one position), each gap between two
  /// consecutive rulings crossing it that continues the line, is not covered by its pieces,
  /// and whose ink `isInked` in one of `images`.
  private func withGapsFilled(_ rulings: [Ruling], in images: [PageImage]) -> [Ruling] {
    var added: [Ruling] = []
    for axis in [Ruling.Axis.horizontal, .vertical] {
      let crossers = rulings.filter { $0.axis != axis }
      for line in lines(of: rulings.filter { $0.axis == axis }) {
        let crossings = crossingPositions(of: line.position, among: crossers)
        let gaps = zip(crossings, crossings.dropFirst()).filter {
          $0.1 - $0.0 >= settings.minimumGap
        }
        // Only gaps that continue the line: one its pieces reach, then the next one over, in
        // both directions. A crossing far along the line may be another table's: a column
        // border of table 三 was continued through the `1` of table 四's row below it
        // (stress 9764:0).
        var reached = line.pieces
        // As near as a piece may stop short of a crossing and still cover its gap (`uncovered`).
        let reach = tolerance + settings.margin
        for (from, to) in gaps + gaps.reversed()
        where uncovered(from: from, to: to, by: reached)
          && reached.contains(where: { $0.end >= from - reach && $0.start <= to + reach })
        {
          let gap = Ruling(axis: axis, position: line.position, start: from, end: to)
          guard images.contains(where: { isInked(gap, in: $0) }) else { continue }
          added.append(gap)
          reached.append(gap)
        }
      }
    }
    return rulings + added
  }

  /// The lines of `axis` that left no piece at all.
  ///
  /// They are found where the ink across the tables, between the rulings crossing them, peaks
  /// at a line's thickness while the bands beside it are nearly empty; each is returned as its
  /// inked gaps between crossers (`isInked`). Lines closer to `existing` than the narrowest
  /// cell (`Settings.minimumGap`) are not looked for.
  private func lostLines(
    of axis: Ruling.Axis, crossers: [Ruling], existing: [Ruling], in image: PageImage
  ) -> [Ruling] {
    let scale = image.dpi / 72
    let (length, breadth) =
      axis == .horizontal ? (image.height, image.width) : (image.width, image.height)
    // Ink per pixel line across the axis, between the first and last crosser, their own
    // strokes left out; and how long that stretch is.
    var ink = [Int](repeating: 0, count: length)
    var span = [Int](repeating: 0, count: length)
    for position in 0..<length {
      let at = Double(position) / scale
      let crossing = crossingPositions(of: at, among: crossers)
      guard crossing.count >= 2 else { continue }
      for (from, to) in zip(crossing, crossing.dropFirst()) {
        let start = max(0, Int(((from + settings.margin) * scale).rounded()))
        let end = min(breadth, Int(((to - settings.margin) * scale).rounded()))
        guard end > start else { continue }
        span[position] += end - start
        for along in start..<end {
          let (x, y) = axis == .horizontal ? (along, position) : (position, along)
          if image.gray(x: x, y: y) < 128 { ink[position] += 1 }
        }
      }
    }
    let half = max(1, Int((settings.band * scale).rounded()))
    let offset = Int((settings.controlOffset * scale).rounded())
    func share(_ position: Int) -> Double {
      guard position >= 0, position < length, span[position] > 0 else { return 0 }
      return Double(ink[position]) / Double(span[position])
    }
    func peak(_ position: Int) -> Double {
      ((position - half)...(position + half)).map(share).max() ?? 0
    }
    var result: [Ruling] = []
    var position = 0
    while position < length {
      defer { position += 1 }
      let at = Double(position) / scale
      guard span[position] > 0, share(position) >= settings.minimumCoverage,
        share(position) == peak(position),
        share(position) >= settings.minimumContrast
          * max(peak(position - offset), peak(position + offset)),
        // No cell is narrower than the shortest gap: a line closer to a border is a stroke of
        // the glyphs beside it (the 彳 of 行政处罚, 行政强制, 行政事业性收费 lined up 8 pt inside
        // table 二's frame on `Samples/altered/a01`, once its table was looked at alone).
        !existing.contains(where: { abs($0.position - at) < settings.minimumGap }),
        !result.contains(where: { abs($0.position - at) < settings.controlOffset })
      else { continue }
      let crossing = crossingPositions(of: at, among: crossers)
      // A border lost whole ran through its table: its specks show in most of the gaps along
      // it. The stem of a glyph (`十` of `第二十条` in a 17 pt band row, stress 9764:100) inks
      // the one row it stands in.
      let gaps = zip(crossing, crossing.dropFirst()).filter { $0.1 - $0.0 >= settings.minimumGap }
        .map { Ruling(axis: axis, position: at, start: $0.0, end: $0.1) }
      let inked = gaps.filter { isInked($0, in: image) }
      if inked.count >= 2, Double(inked.count) >= settings.minimumLostShare * Double(gaps.count) {
        result += inked
      }
    }
    return result
  }

  /// The pieces of one axis grouped into lines: pieces within `tolerance` of the line's first
  /// piece across the axis; the line's position is its pieces' length-weighted mean.
  private func lines(of pieces: [Ruling]) -> [(position: Double, pieces: [Ruling])] {
    var result: [(position: Double, pieces: [Ruling])] = []
    for piece in pieces.sorted(by: { $0.position < $1.position }) {
      if let last = result.indices.last,
        piece.position - result[last].pieces[0].position <= tolerance
      {
        result[last].pieces.append(piece)
      } else {
        result.append((piece.position, [piece]))
      }
    }
    return result.map { line in
      let length = line.pieces.reduce(0) { $0 + $1.length }
      let position =
        length > 0
        ? line.pieces.reduce(0) { $0 + $1.position * $1.length } / length : line.position
      return (position, line.pieces)
    }
  }

  /// Where the rulings of the other axis that cross a line at `position` lie along it, in
  /// order, those within `tolerance` of each other taken once.
  private func crossingPositions(of position: Double, among crossers: [Ruling]) -> [Double] {
    var positions: [Double] = []
    for crosser in crossers.sorted(by: { $0.position < $1.position })
    where crosser.start - tolerance <= position && crosser.end + tolerance >= position {
      if let last = positions.last, crosser.position - last <= tolerance { continue }
      positions.append(crosser.position)
    }
    return positions
  }

  /// Whether `pieces` leave a break longer than `tolerance` in the stretch `from`…`to`, its
  /// ends' `margin` aside (where the crossing rulings' own ink lies).
  private func uncovered(from: Double, to: Double, by pieces: [Ruling]) -> Bool {
    var reached = from + settings.margin
    for piece in pieces.sorted(by: { $0.start < $1.start }) where piece.end > reached {
      if piece.start - reached > tolerance { return true }
      reached = piece.end
    }
    return to - settings.margin - reached > tolerance
  }

  /// Whether the band along `gap` holds ink along at least `minimumCoverage` of its length and
  /// `minimumContrast` times more of it than either band `controlOffset` beside it.
  func isInked(_ gap: Ruling, in image: PageImage) -> Bool {
    let scale = image.dpi / 72
    let start = Int(((gap.start + settings.margin) * scale).rounded())
    let end = Int(((gap.end - settings.margin) * scale).rounded())
    guard end > start else { return false }
    let center = gap.position * scale
    let half = settings.band * scale
    let offset = settings.controlOffset * scale
    let line = coverage(
      of: gap.axis, from: start, to: end, across: center - half, center + half, in: image)
    guard line >= settings.minimumCoverage else { return false }
    // A border runs the whole gap, its specks a few points apart; a glyph's stroke lies in
    // one part of it (the `1` of `13` in a 25 pt row: 0.4 of the gap, stress 9764:0), and ink
    // in one cell of a gap whose middle crossing is broken is that cell's border (9766:19).
    let step = max(1, Int((settings.spreadStep * scale).rounded()))
    let steps = stride(from: start, to: end, by: step).map { from in
      coverage(
        of: gap.axis, from: from, to: min(end, from + step), across: center - half, center + half,
        in: image) > 0
    }
    guard Double(steps.count { $0 }) >= settings.minimumSpread * Double(steps.count) else {
      return false
    }
    let before = coverage(
      of: gap.axis, from: start, to: end, across: center - offset - half, center - offset + half,
      in: image)
    let after = coverage(
      of: gap.axis, from: start, to: end, across: center + offset - half, center + offset + half,
      in: image)
    return line >= settings.minimumContrast * max(before, after)
  }

  /// The share of the positions `from..<to` along `axis` whose pixels between `low` and `high`
  /// across it hold ink (gray below 128); positions outside the image count as paper.
  private func coverage(
    of axis: Ruling.Axis, from: Int, to: Int, across low: Double, _ high: Double,
    in image: PageImage
  ) -> Double {
    let limit = axis == .horizontal ? image.height : image.width
    let crossRange = max(0, Int(low.rounded(.down)))..<min(limit, Int(high.rounded(.up)) + 1)
    let alongLimit = axis == .horizontal ? image.width : image.height
    let alongRange = max(0, from)..<min(alongLimit, to)
    guard !crossRange.isEmpty, !alongRange.isEmpty else { return 0 }
    let inked = alongRange.count { along in
      crossRange.contains { across in
        let (x, y) = axis == .horizontal ? (along, across) : (across, along)
        return image.gray(x: x, y: y) < 128
      }
    }
    return Double(inked) / Double(to - from)
  }
}
