import DocumentModel

extension LatticeGrid {
  /// The grid with a row edge added wherever the words of a row show two rows of values (or a
  /// header line over a line of values) that the rulings lost between them.
  ///
  /// Light gray borders vanish from bilevel scans or leave only a few specks: stress 9767:39
  /// (200 dpi, threshold 145) kept table 二's band borders but no ink under its header
  /// `本年制发件数`, nor between the rows 规章 and 行政规范性文件, whose borders were rows of 1–3 px
  /// specks covering 2–3 % of their length. The three lines became one cell per column, read
  /// `本年制发件数…20328`, and 67 of 186 cells were lost. The words are the second witness: inside
  /// one row, a bare band no word crosses, with words above and below it in at least
  /// `TableSettings.textRowMinimumColumns` columns and at least `TableSettings.textRowMinimumValues`
  /// values (words of digits) on one side of it, is a border. A wrapped label or header has no
  /// values beside it; a value set against a wrapped label in the middle of its row crosses the
  /// band between the label's lines.
  ///
  /// - Parameter words: The page's words; those outside the grid, and any not read by OCR, are
  ///   ignored.
  /// - Returns: The grid, with the added edges and their borders.
  /// - Complexity: O(r · w + Σ wᵣ²) for r rows, w words inside the grid and wᵣ in row r.
  func withTextRows(words: [Word]) -> LatticeGrid {
    guard let left = columnEdges.first, let right = columnEdges.last else { return self }
    // Only a scan loses borders: a text layer's rulings are what its producer drew, and a row
    // it left unruled (stacked values a lattice leaves to text alignment, `lostRows`) is read
    // as before.
    let inside = words.filter {
      $0.origin == .ocr && $0.box.midX > left && $0.box.midX < right
        && Self.hasLetterOrDigit($0.text)
    }
    var grid = self
    for row in (0..<rowCount).reversed() {
      let top = rowEdges[row]
      let bottom = rowEdges[row + 1]
      let own = inside.filter { $0.box.midY > top && $0.box.midY < bottom }
      let bordered = Set(borderedColumns(inRow: row))
      for y in bands(between: own, columns: bordered).reversed() {
        grid.insertRowEdge(at: y, after: row)
      }
    }
    return grid
  }

  /// The middles of the bare bands between the lines of one row's words that make borders,
  /// top to bottom.
  private func bands(between words: [Word], columns bordered: Set<Int>) -> [Double] {
    let heights = words.map(\.box.height).sorted()
    guard heights.count >= 2 else { return [] }
    let minimumGap = settings.textRowGapRatio * heights[heights.count / 2]
    var result: [Double] = []
    for gap in Self.gaps(between: words.map(\.box), low: \.minY, high: \.maxY)
    where gap.upperBound - gap.lowerBound >= minimumGap {
      let above = Self.lineNext(among: words.filter { $0.box.maxY <= gap.lowerBound }, above: true)
      let below = Self.lineNext(among: words.filter { $0.box.minY >= gap.upperBound }, above: false)
      let columnsAbove = Set(above.compactMap { column(of: $0) }).intersection(bordered)
      let columnsBelow = Set(below.compactMap { column(of: $0) }).intersection(bordered)
      let values = max(above.count { Self.isValue($0.text) }, below.count { Self.isValue($0.text) })
      guard columnsAbove.intersection(columnsBelow).count >= settings.textRowMinimumColumns,
        values >= settings.textRowMinimumValues
      else { continue }
      result.append((gap.lowerBound + gap.upperBound) / 2)
    }
    return result
  }

  /// The words of the line next to a band, among the words on one side of it: those within half
  /// the tallest one's height of the nearest edge (`above`: the lowest bottom; else the highest
  /// top).
  private static func lineNext(among words: [Word], above: Bool) -> [Word] {
    guard let tallest = words.map(\.box.height).max() else { return [] }
    if above {
      guard let last = words.map(\.box.maxY).max() else { return [] }
      return words.filter { $0.box.maxY > last - tallest / 2 }
    }
    guard let first = words.map(\.box.minY).min() else { return [] }
    return words.filter { $0.box.minY < first + tallest / 2 }
  }

  /// The column a word's centre lies in.
  private func column(of word: Word) -> Int? {
    PositionClusters.interval(of: word.box.midX, in: columnEdges)
  }

  /// Whether a word is a value: digits, with a decimal point or thousands separators between
  /// them (an item number `1.` is a label's).
  private static func isValue(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
    func digit(_ scalar: Unicode.Scalar?) -> Bool {
      scalar.map { ("0"..."9").contains($0) } ?? false
    }
    return digit(scalars.first) && digit(scalars.last)
      && scalars.allSatisfy { digit($0) || $0 == "." || $0 == "," }
  }

  /// The columns whose cell in `row` is bordered above and below: cells of one row, not a cell
  /// spanning rows (table 三's vertical label `三、本年度办理结果`, whose glyphs stand one above
  /// the other), which keeps spanning them.
  private func borderedColumns(inRow row: Int) -> [Int] {
    (0..<columnCount).filter { column in
      hasHorizontalBorder(atRowEdge: row, column: column)
        && hasHorizontalBorder(atRowEdge: row + 1, column: column)
    }
  }

  /// Adds a row edge at `y` inside row `row`, bordered across the columns whose cell in the row
  /// is bordered above and below (`borderedColumns(inRow:)`).
  private mutating func insertRowEdge(at y: Double, after row: Int) {
    let bordered = borderedColumns(inRow: row)
    rowEdges.insert(y, at: row + 1)
    horizontalSegments.insert(
      bordered.map { (columnEdges[$0], columnEdges[$0 + 1]) }, at: row + 1)
  }
}
