import DocumentModel

extension LatticeGrid {
  /// The grid with a column edge added wherever the words of a column show two columns the
  /// rulings lost between them.
  ///
  /// Light gray borders vanish from scans: a bilevel scan at threshold 166 kept the dashed
  /// remains of most inner borders of a browser's table 三 but not the one between 自然人 and
  /// 商业企业 (stress 9754:72), whose two value columns then read as one cell `1204 0`. The words
  /// are the second witness: where, inside one column, at least
  /// `TableSettings.textColumnMinimumRows` rows have words on both sides of a bare corridor at
  /// least `TableSettings.textColumnGapRatio` word heights wide, and no word between those rows
  /// crosses it, the corridor's middle is an edge. It borders the rows from the first to the
  /// last such row, so a header that really spans the two columns (with words on one side only)
  /// stays one cell.
  ///
  /// - Parameter words: The page's words; those outside the grid are ignored.
  /// - Returns: The grid, with the added edges and their borders.
  /// - Complexity: O(c · w²) for c columns and w words inside the grid.
  func withTextColumns(words: [Word]) -> LatticeGrid {
    guard let top = rowEdges.first, let bottom = rowEdges.last,
      let left = columnEdges.first, let right = columnEdges.last
    else { return self }
    let inside = words.filter {
      $0.box.midY > top && $0.box.midY < bottom && $0.box.midX > left && $0.box.midX < right
    }
    guard !inside.isEmpty else { return self }
    var grid = self
    for column in (0..<columnCount).reversed() {
      for corridor in corridors(inColumn: column, words: inside).sorted(by: { $0.x > $1.x }) {
        grid.insertColumnEdge(at: corridor.x, after: column, rows: corridor.rows)
      }
    }
    return grid
  }

  /// A bare vertical corridor inside one column: its middle, and the rows it borders.
  struct Corridor {
    var x: Double
    var rows: ClosedRange<Int>
  }

  /// The words of one elementary row as seen from one column.
  private struct RowWords {
    /// Every word reaching into the column, marks included: none may cross a corridor.
    var reaching: [Box] = []
    /// The column's own words (centres inside it) holding a letter or digit: a corridor's sides.
    ///
    /// A label spilling over the border from the next column (s18's `行制作`) is no
    /// column of values, and a word of marks alone (`|`, s18) is a border read as a glyph.
    var own: [Box] = []

    /// Whether a word crosses `x`.
    func crosses(_ x: Double) -> Bool { reaching.contains { $0.minX <= x && $0.maxX >= x } }

    /// The nearest edges of the own words left and right of `x`, when both sides have one.
    func sides(of x: Double) -> (left: Double, right: Double)? {
      guard let left = own.filter({ $0.maxX < x }).map(\.maxX).max(),
        let right = own.filter({ $0.minX > x }).map(\.minX).min()
      else { return nil }
      return (left, right)
    }
  }

  /// The corridors of one column, at most one per gap between its words.
  private func corridors(inColumn column: Int, words: [Word]) -> [Corridor] {
    let lower = columnEdges[column]
    let upper = columnEdges[column + 1]
    var rows = Array(repeating: RowWords(), count: rowCount)
    for word in words where word.box.maxX > lower && word.box.minX < upper {
      guard let row = PositionClusters.interval(of: word.box.midY, in: rowEdges) else { continue }
      rows[row].reaching.append(word.box)
      if word.box.midX > lower, word.box.midX < upper, Self.hasLetterOrDigit(word.text) {
        rows[row].own.append(word.box)
      }
    }
    let heights = rows.flatMap { $0.own.map(\.height) }.sorted()
    guard !heights.isEmpty else { return [] }
    let minimumGap = settings.textColumnGapRatio * heights[heights.count / 2]
    var candidates: [Double] = []
    for row in rows {
      for gap in Self.gaps(between: row.own, low: \.minX, high: \.maxX)
      where gap.upperBound - gap.lowerBound >= minimumGap {
        candidates.append((gap.lowerBound + gap.upperBound) / 2)
      }
    }
    var found: [Corridor] = []
    for candidate in candidates.sorted() {
      // Two candidates in one corridor give it the same middle: it is one edge, not two.
      guard !found.contains(where: { abs($0.x - candidate) < minimumGap }),
        let corridor = corridor(at: candidate, rows: rows, minimumGap: minimumGap),
        !found.contains(where: { abs($0.x - corridor.x) < minimumGap })
      else { continue }
      found.append(corridor)
    }
    return found
  }

  /// The corridor through `x` when enough rows bear it out and no word between them crosses it,
  /// or nil.
  private func corridor(at x: Double, rows: [RowWords], minimumGap: Double) -> Corridor? {
    var supporting: [Int] = []
    var crossed: [Int] = []
    var low = -Double.infinity
    var high = Double.infinity
    for (index, row) in rows.enumerated() {
      if row.crosses(x) {
        crossed.append(index)
        continue
      }
      guard let sides = row.sides(of: x), sides.right - sides.left >= minimumGap else { continue }
      supporting.append(index)
      low = max(low, sides.left)
      high = min(high, sides.right)
    }
    guard var first = supporting.first, var last = supporting.last,
      supporting.count >= settings.textColumnMinimumRows, high > low,
      !crossed.contains(where: { (first...last).contains($0) })
    else { return nil }
    // Neighbouring rows with words on both sides and none across join with a narrower gap: a
    // wrapped header (自然/人 beside 商业/企业) leaves less room than its column's values.
    let middle = (low + high) / 2
    func bothSides(_ index: Int) -> Bool {
      !rows[index].crosses(middle) && rows[index].sides(of: middle) != nil
    }
    while first > 0, bothSides(first - 1) { first -= 1 }
    while last + 1 < rows.count, bothSides(last + 1) { last += 1 }
    return Corridor(x: middle, rows: first...last)
  }

  /// Whether `text` holds a letter, an ideograph or a digit, not marks alone (a border read as
  /// `|` is no word of a column or a line).
  static func hasLetterOrDigit(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
  }

  /// The bare intervals between the extents `low`…`high` of boxes along one axis, in order
  /// (`\.minX`, `\.maxX` for the gaps between columns; `\.minY`, `\.maxY` between lines).
  static func gaps(
    between boxes: [Box], low: KeyPath<Box, Double>, high: KeyPath<Box, Double>
  ) -> [ClosedRange<Double>] {
    var result: [ClosedRange<Double>] = []
    var reach = -Double.infinity
    for box in boxes.sorted(by: { $0[keyPath: low] < $1[keyPath: low] }) {
      if reach.isFinite, box[keyPath: low] > reach { result.append(reach...box[keyPath: low]) }
      reach = max(reach, box[keyPath: high])
    }
    return result
  }

  /// Adds a column edge at `x` inside column `column`, bordered beside `rows`.
  private mutating func insertColumnEdge(at x: Double, after column: Int, rows: ClosedRange<Int>) {
    columnEdges.insert(x, at: column + 1)
    verticalSegments.insert(
      [(rowEdges[rows.lowerBound], rowEdges[rows.upperBound + 1])], at: column + 1)
  }
}
