import DocumentModel
import ReportSchema

/// Which of the report's tables a grid (or part of one) is.
enum TableKind: String, Hashable, Sendable {
  /// Table 二, 主动公开.
  case proactive
  /// Table 三, 收到和处理政府信息公开申请.
  case applications
  /// Table 四, 行政复议、行政诉讼.
  case reviewLitigation
}

/// A run of rows of one grid that belongs to one table.
struct TableSegment: Sendable {
  var kind: TableKind?
  var grid: TableGrid
}

/// Cuts grids where a new table starts and tells the tables apart by their words.
///
/// Producers usually print three separate tables, but a grid may hold two of them when the
/// rulings touch (table 三 running into table 四), and table 二 often comes as one grid per band.
enum TableSegmenter {
  /// Words that name each table, normalized; each hit is one vote.
  static let keywords: [(TableKind, [String])] = [
    (
      .proactive,
      [
        "第二十条", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "规范性文件", "行政许可",
        "行政处罚", "行政强制", "行政事业性收费", "本年处理决定数量", "本年新制作数量", "政府集中采购",
      ]
    ),
    (
      .applications,
      [
        "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "勾稽关系",
        "本年新收", "上年结转", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "结转下年度",
      ]
    ),
    (
      .reviewLitigation,
      ["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "直接起诉", "复议后起诉"]
    ),
  ]

  /// The segments of all grids, in order, each classified (nil when unrecognized).
  static func segments(of grids: [TableGrid]) -> [TableSegment] {
    var result: [TableSegment] = []
    for grid in grids {
      // Each cell normalized once, for the cuts and, when the grid is not cut, for its kind.
      let texts = grid.cells.map { LabelText.normalized($0.text) }
      for rows in cuts(of: grid, texts: texts) {
        let part = subgrid(grid, rows: rows)
        let kind = rows == 0..<grid.rowCount ? kind(of: texts) : kind(of: part)
        result.append(TableSegment(kind: kind, grid: part))
      }
    }
    return result
  }

  /// `keywords` as scalar texts, prepared once.
  static let keywordTexts: [(TableKind, [ScalarText])] = keywords.map { kind, words in
    (kind, words.map(ScalarText.init))
  }

  /// The table whose words a grid holds most of, or nil with fewer than two hits.
  static func kind(of grid: TableGrid) -> TableKind? {
    kind(of: grid.cells.map { LabelText.normalized($0.text) })
  }

  /// `kind(of:)` of a grid's cell texts, normalized.
  static func kind(of normalizedTexts: [String]) -> TableKind? {
    let texts = normalizedTexts.map(ScalarText.init).filter { !$0.isEmpty }
    var best: (kind: TableKind, hits: Int)?
    for (kind, words) in keywordTexts {
      var hits = 0
      for text in texts {
        for word in words where text.contains(word) { hits += 1 }
      }
      if kind == .applications { hits += applicationLeafHits(texts) }
      if hits > (best?.hits ?? 1) { best = (kind, hits) }
    }
    return best?.kind
  }

  /// The bodies of the table-三 leaf labels of four characters or more, normalized, as scalars.
  static let applicationLeaves: [[UInt32]] = CanonicalSchema.applicationRows(.v2021).map {
    LabelText.body(of: LabelText.normalized($0.label))
  }
  .filter { $0.count >= 4 }
  .map(TextSimilarity.scalars(of:))

  /// How many texts look like a table-三 leaf label (a continuation page has no header words).
  static func applicationLeafHits(_ texts: [String]) -> Int {
    applicationLeafHits(texts.map(ScalarText.init))
  }

  /// `applicationLeafHits(_:)` of texts already prepared.
  static func applicationLeafHits(_ texts: [ScalarText]) -> Int {
    texts.filter { text in
      let body = ScalarText(LabelText.body(of: text.text))
      return body.characterCount >= 4
        && applicationLeaves.contains { TextSimilarity.ratio($0, body.scalars, reaches: 0.8) }
    }.count
  }

  /// The row ranges of a grid, cut where a row starts a different table.
  static func cuts(of grid: TableGrid) -> [Range<Int>] {
    cuts(of: grid, texts: grid.cells.map { LabelText.normalized($0.text) })
  }

  /// `cuts(of:)` with the cells' normalized texts, parallel to `grid.cells`.
  static func cuts(of grid: TableGrid, texts: [String]) -> [Range<Int>] {
    // The cells of each row in `grid.cells` order, as `TableGrid.cells(inRow:)` filters them.
    var rowCells = [[Int]](repeating: [], count: grid.rowCount)
    for (index, cell) in grid.cells.enumerated() where (0..<grid.rowCount).contains(cell.row) {
      rowCells[cell.row].append(index)
    }
    var ranges: [Range<Int>] = []
    var start = 0
    var current: TableKind?
    for row in 0..<grid.rowCount {
      // Sorted by column as `cells(inRow:)` sorts them (same comparisons, same order).
      let ordered = rowCells[row].sorted { grid.cells[$0].column < grid.cells[$1].column }
      let text = ordered.map { texts[$0] }.joined()
      guard let starting = startKind(text) else { continue }
      if let current, starting != current, row > start {
        ranges.append(start..<row)
        start = row
      }
      current = starting
    }
    if start < grid.rowCount { ranges.append(start..<grid.rowCount) }
    return ranges
  }

  /// The words `startKind(_:)` looks for, as scalar texts.
  static let startWords = ["行政复议", "行政诉讼", "结果维持", "申请人情况", "勾稽关系", "第二十条"].map(
    ScalarText.init)

  /// The table a row's text starts, if it is a table's first row.
  static func startKind(_ text: String) -> TableKind? {
    let prepared = ScalarText(text)
    let found = startWords.map { prepared.contains($0) }
    if found[0] && (found[1] || found[2]) { return .reviewLitigation }
    if found[3] || found[4] { return .applications }
    if found[5] { return .proactive }
    return nil
  }

  /// The rows `rows` of a grid as a grid of their own, rows renumbered from 0, spans clipped.
  static func subgrid(_ grid: TableGrid, rows: Range<Int>) -> TableGrid {
    if rows == 0..<grid.rowCount { return grid }
    var cells: [TableCell] = []
    for cell in grid.cells {
      let top = max(cell.row, rows.lowerBound)
      let bottom = min(cell.row + cell.rowSpan, rows.upperBound)
      guard top < bottom else { continue }
      var clipped = cell
      clipped.row = top - rows.lowerBound
      clipped.rowSpan = bottom - top
      cells.append(clipped)
    }
    let pages = Array(Set(cells.map(\.page))).sorted()
    return TableGrid(
      rowCount: rows.count, columnCount: grid.columnCount, cells: cells, method: grid.method,
      columnEdges: grid.columnEdges, pages: pages)
  }
}
