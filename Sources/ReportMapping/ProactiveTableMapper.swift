import DocumentModel
import Foundation
import ReportSchema

/// Maps table 二 (proactive disclosure) to canonical rows and columns, and tells the format.
///
/// The table is a run of bands (`第二十条第（一）项`), each followed by a header row
/// (`信息内容 · 本年制发件数 …`) and data rows (`规章 0 0 0`). Header words decide the format
/// (2021: 本年制发件数 …; 2019: 本年新制作数量, 上一年项目数量, 采购总金额 …); row labels are
/// matched by similarity, helped by the band number; value columns by the header above them,
/// or by position.
struct ProactiveTableMapper {
  var settings: MappingSettings

  /// One printed data row.
  struct DataRow {
    var label: String
    var band: Int?
    var valueCells: [TableCell]
    /// The header texts over each value cell, parallel to `valueCells` ("" when none).
    var headers: [String]
    var page: Int
    /// Whether the row is printed right after the previous data row, no band or header between.
    var followsDataRow = false
  }

  /// The rows and the format evidence of the table-二 grids.
  struct Reading {
    var rows: [DataRow] = []
    var votes2021 = 0
    var votes2019 = 0
    /// Whether a grid's columns were placed from text alignment (no vertical rulings).
    var unruled = false

    /// The format the headers show, or nil when they do not tell.
    var format: ReportFormat? {
      votes2021 == votes2019 ? nil : (votes2021 > votes2019 ? .v2021 : .v2019)
    }
  }

  /// Reads the bands, headers and data rows of the grids, in order.
  func read(_ grids: [TableGrid]) -> Reading {
    var reading = Reading()
    let headers2021 = Self.headers2021
    let headers2019 = Self.headers2019
    let allHeaders = headers2021 + headers2019
    let only2019Rows = Self.only2019Rows
    let contentHeader = TextSimilarity.scalars(of: "信息内容")
    // A band or header at the foot of one grid heads the rows of the next (a page break).
    var band: Int?
    var header: [(columns: Range<Int>, text: String)] = []
    var afterDataRow = false
    for grid in grids {
      if grid.columnsFromText { reading.unruled = true }
      // Per page: a grid stitched across a page break may have the sliver on one page only.
      var blank: [Int: Set<Int>] = [:]
      for page in grid.pages { blank[page] = Set(0..<grid.columnCount) }
      for cell in grid.cells where !cell.text.allSatisfy(\.isWhitespace) {
        blank[cell.page]?.subtract(cell.column..<(cell.column + cell.columnSpan))
      }
      for row in 0..<grid.rowCount {
        // A column blank in every row of the page, left of the labels, is no label column: the
        // gap between a frame drawn double and the cells' own borders (stress scan 9763:109,
        // Chromium), which would leave every row without a label.
        let cells = Array(
          grid.cells(inRow: row).drop { cell in
            cell.text.allSatisfy(\.isWhitespace)
              && (cell.column..<(cell.column + cell.columnSpan)).allSatisfy {
                blank[cell.page]?.contains($0) ?? false
              }
          })
        let texts = cells.map { LabelText.normalized($0.text) }
        guard let first = cells.first, texts.contains(where: { !$0.isEmpty }) else { continue }
        let scalars = texts.map(TextSimilarity.scalars(of:))
        let joined = texts.joined()
        if let number = Self.bandNumber(joined) {
          band = number
          afterDataRow = false
          continue
        }
        let numeric = cells.dropFirst().contains { settings.parser.parse($0.text).number != nil }
        let headerLike = scalars.dropFirst().contains { text in
          allHeaders.contains { TextSimilarity.ratio($0, text, reaches: 0.7) }
        }
        if TextSimilarity.ratio(scalars[0], contentHeader) >= 0.6 || (!numeric && headerLike) {
          header = cells.dropFirst().map {
            ($0.column..<($0.column + $0.columnSpan), LabelText.normalized($0.text))
          }
          let votes = Self.formatVotes(header: header.map { TextSimilarity.scalars(of: $0.text) })
          reading.votes2021 += votes.v2021
          reading.votes2019 += votes.v2019
          // A header row leaves `afterDataRow` as it is: a header repeated atop the next page
          // sits between the two pieces of a row split by the page break.
          continue
        }
        let label = texts[0]
        if only2019Rows.contains(where: { TextSimilarity.ratio($0, scalars[0], reaches: 0.8) }) {
          reading.votes2019 += 1
        }
        let values = Array(cells.dropFirst())
        let headers = values.map { cell in
          header.filter { $0.columns.overlaps(cell.column..<(cell.column + cell.columnSpan)) }
            .map(\.text).joined()
        }
        reading.rows.append(
          DataRow(
            label: label, band: band, valueCells: values, headers: headers, page: first.page,
            followsDataRow: afterDataRow))
        afterDataRow = true
      }
    }
    reading.rows = Self.joinedPageBreakRows(reading.rows, parser: settings.parser)
    return reading
  }

  /// The normalized column headers of the 2021 rows, as scalars (no duplicates, any order).
  static let headers2021 = Set(CanonicalSchema.proactiveRows(.v2021).flatMap(\.headers)).map {
    TextSimilarity.scalars(of: LabelText.normalized($0))
  }

  /// The normalized column headers of the 2019 rows, as scalars (no duplicates, any order).
  static let headers2019 = Set(CanonicalSchema.proactiveRows(.v2019).flatMap(\.headers)).map {
    TextSimilarity.scalars(of: LabelText.normalized($0))
  }

  /// Each canonical row's column headers joined (`本年制发件数本年废止件数现行有效件数`), normalized,
  /// as scalars: the 2021 rows, then the 2019 ones.
  static let headerRows2021 = Set(CanonicalSchema.proactiveRows(.v2021).map { $0.headers.joined() })
    .map { TextSimilarity.scalars(of: LabelText.normalized($0)) }
  static let headerRows2019 = Set(CanonicalSchema.proactiveRows(.v2019).map { $0.headers.joined() })
    .map { TextSimilarity.scalars(of: LabelText.normalized($0)) }

  /// The format votes of one header row, from the texts over its value columns: one vote per
  /// non-empty header cell, for the format whose headers the row reads as.
  ///
  /// The row's texts are joined and compared with each format's header rows joined first. OCR,
  /// or a table whose columns come from where the words lie, can split one header over two
  /// columns (`本年处` | `理决定数量`, stress scan 9770:56), and a piece of the 2021 header
  /// `本年处理决定数量` is closer to the 2019 header `处理决定数量` than to its own: cell by cell,
  /// the pieces voted 2019 and the report was read in the wrong format. Only when the joined text
  /// reads as neither format's row are the cells compared one by one.
  static func formatVotes(header texts: [[UInt32]]) -> (v2021: Int, v2019: Int) {
    let printed = texts.filter { !$0.isEmpty }
    let joined = Array(printed.joined())
    let row21 = headerRows2021.map { TextSimilarity.ratio($0, joined) }.max() ?? 0
    let row19 = headerRows2019.map { TextSimilarity.ratio($0, joined) }.max() ?? 0
    if row21 >= 0.7 && row21 > row19 + 0.1 { return (printed.count, 0) }
    if row19 >= 0.7 && row19 > row21 + 0.1 { return (0, printed.count) }
    var votes = (v2021: 0, v2019: 0)
    for text in printed {
      let s21 = headers2021.map { TextSimilarity.ratio($0, text) }.max() ?? 0
      let s19 = headers2019.map { TextSimilarity.ratio($0, text) }.max() ?? 0
      if s21 >= 0.7 && s21 > s19 + 0.1 { votes.v2021 += 1 }
      if s19 >= 0.7 && s19 > s21 + 0.1 { votes.v2019 += 1 }
    }
    return votes
  }

  /// Row labels printed only in 2019-format reports, as scalars.
  static let only2019Rows = ["其他对外管理服务事项", "政府集中采购"].map(TextSimilarity.scalars(of:))

  /// A canonical row's label and band number, prepared once.
  struct CanonicalLabel: Sendable {
    /// The normalized label, as scalars.
    var label: [UInt32]
    /// The band's item number.
    var band: Int?

    init(_ row: CanonicalSchema.ProactiveRow) {
      label = TextSimilarity.scalars(of: LabelText.normalized(row.label))
      band = ProactiveTableMapper.bandNumber(LabelText.normalized(row.band))
    }
  }

  /// The canonical rows' labels of each format, parallel to `CanonicalSchema.proactiveRows`.
  static let canonicalLabels: [ReportFormat: [CanonicalLabel]] = Dictionary(
    uniqueKeysWithValues: ReportFormat.allCases.map {
      ($0, CanonicalSchema.proactiveRows($0).map(CanonicalLabel.init))
    })

  /// Maps the rows read into the recorder with the rows of `format`.
  func map(_ reading: Reading, format: ReportFormat, into recorder: inout CellRecorder) {
    let canonical = CanonicalSchema.proactiveRows(format)
    let labels = Self.canonicalLabels[format] ?? canonical.map(CanonicalLabel.init)
    var used = Set<String>()
    var unmapped: [DataRow] = []
    var previous: CanonicalSchema.ProactiveRow?
    var orphans: [DataRow] = []
    // The canonical index each printed row was matched to, and the unmatched rows with numbers
    // by their printed index: the rows around one decide where it goes (`placedByPosition`).
    var matched: [Int: Int] = [:]
    var unreadLabels: [Int] = []
    for (printedIndex, row) in reading.rows.enumerated() {
      guard !row.label.isEmpty else {
        // Values under no label: the rest of the row above, split by a page break
        // (a wrapped `181（其中修订2件）` printed on the next page, stress 9100:1). Its cells there
        // may be blank or cut short, so they go to review rather than be trusted.
        if row.valueCells.contains(where: { settings.parser.parse($0.text).number != nil }) {
          // Or the row below, whose label the page break moved on (stress 9102:87): that row is
          // doubted too once it is mapped.
          orphans.append(row)
          if let previous {
            recorder.findings.append(
              Finding(
                check: "mapping.row-unmapped", page: row.page,
                cells: Self.cellKeys(previous).map(\.path), code: .rowUnmapped,
                reason:
                  "table 二 prints values without a label below this row ('\(row.valueCells.map(\.text).joined(separator: " "))'); they may belong here"
              ))
          }
        }
        continue
      }
      let label = TextSimilarity.scalars(of: row.label)
      let scored = canonical.indices.filter { !used.contains(canonical[$0].key) }.map {
        (canonical[$0], score(label: label, band: row.band, labels[$0]))
      }
      guard let (match, value) = scored.max(by: { $0.1 < $1.1 }), value > settings.rowThreshold
      else {
        if row.valueCells.contains(where: { settings.parser.parse($0.text).number != nil }) {
          unreadLabels.append(printedIndex)
        } else {
          recorder.findings.append(
            Finding(
              check: "mapping.row-unmapped", page: row.page,
              message:
                "table 二: the row '\(row.label)' matches no canonical row and holds no number; ignored"
            ))
        }
        continue
      }
      used.insert(match.key)
      matched[printedIndex] = canonical.firstIndex { $0.key == match.key }
      previous = match
      for orphan in orphans {
        recorder.findings.append(
          Finding(
            check: "mapping.row-unmapped", page: orphan.page,
            cells: Self.cellKeys(match).map(\.path), code: .rowUnmapped,
            reason:
              "table 二 prints values without a label above this row ('\(orphan.valueCells.map(\.text).joined(separator: " "))'); they may belong here"
          ))
      }
      orphans = []
      if match.columns.isEmpty {
        recordSingle(row, key: CellKey(.proactive, row: match.key, column: nil), into: &recorder)
      } else {
        for (column, cell) in columnCells(row, match) {
          recorder.record(CellKey(.proactive, row: match.key, column: column), from: cell)
        }
      }
    }
    for printedIndex in unreadLabels {
      let row = reading.rows[printedIndex]
      if let target = placedByPosition(
        row, at: printedIndex, matched: matched, canonical: canonical, used: used)
      {
        used.insert(canonical[target].key)
        matched[printedIndex] = target
        record(row, byPositionAs: canonical[target], into: &recorder)
      } else {
        unmapped.append(row)
      }
    }
    unmapped += orphans
    doubtCandidates(of: unmapped, canonical: canonical, used: used, into: &recorder)
    if reading.unruled {
      // No ruling places a value in its cell and no cross-sum covers table 二: a value put in
      // the wrong column or row by text alignment would stand unchallenged.
      recorder.findings.append(
        Finding(
          check: "mapping.unruled-table", page: reading.rows.first?.page,
          cells: canonical.flatMap(Self.cellKeys).map(\.path), code: .unruledUnchecked,
          reason:
            "table 二 is printed without column rulings (its columns come from where the words lie) and no cross-check covers it; compare with the page"
        ))
    }
    for row in canonical where !used.contains(row.key) {
      recorder.findings.append(
        Finding(
          check: "mapping.row-missing", page: nil,
          message: "table 二: no printed row matches '\(row.label)'; its cells are null"))
    }
  }

  /// The canonical row a printed row whose label matched none stands in for, judged by the
  /// matched rows around it: the one row left unmatched between the canonical rows of its
  /// printed neighbours, when it has as many value columns as the row prints; nil otherwise.
  ///
  /// The label `规章`, two characters, is the shortest of the table and the one OCR loses most:
  /// on four of 60 scans of stress seed 9771 it read `租党`, `?`, `一`, `mm`, and its three
  /// values went unread, although the row is printed between the band's header and
  /// `行政规范性文件` as the format prescribes. Printed order is kept in every report seen, but
  /// nothing enforces it, so the values placed this way go to review (`record(_:byPositionAs:…)`).
  func placedByPosition(
    _ row: DataRow, at printedIndex: Int, matched: [Int: Int],
    canonical: [CanonicalSchema.ProactiveRow], used: Set<String>
  ) -> Int? {
    let before = matched.filter { $0.key < printedIndex }.max { $0.key < $1.key }?.value ?? -1
    let after =
      matched.filter { $0.key > printedIndex }.min { $0.key < $1.key }?.value ?? canonical.count
    guard before < after else { return nil }
    let open = (before + 1..<after).filter { !used.contains(canonical[$0].key) }
    guard open.count == 1, let target = open.first else { return nil }
    let filled = row.valueCells.filter { !$0.text.allSatisfy(\.isWhitespace) }.count
    let columns = canonical[target].columns.count
    let fits = columns == 0 ? filled == 1 : row.valueCells.count == columns && filled > 0
    return fits ? target : nil
  }

  /// Records a row placed by its position (`placedByPosition`) and puts each of its cells in
  /// review: a likely guess, never a reading.
  func record(
    _ row: DataRow, byPositionAs match: CanonicalSchema.ProactiveRow,
    into recorder: inout CellRecorder
  ) {
    if match.columns.isEmpty {
      recordSingle(row, key: CellKey(.proactive, row: match.key, column: nil), into: &recorder)
    } else {
      for (column, cell) in columnCells(row, match) {
        recorder.record(CellKey(.proactive, row: match.key, column: column), from: cell)
      }
    }
    recorder.findings.append(
      Finding(
        check: "mapping.row-by-position", page: row.page,
        message: "table 二: the row '\(row.label)' is taken as '\(match.label)' by its position"))
    for key in Self.cellKeys(match) {
      recorder.findings.append(
        Finding(
          check: CellRecorder.cellCheck, page: row.page, cells: [key.path], code: .rowByPosition,
          reason: "row label unreadable ('\(row.label)'); row placed by its position"))
    }
  }

  /// Puts in review the cells that unmapped rows holding numbers could belong to: every
  /// canonical row left unmatched or matched by a row whose cells are all blank.
  ///
  /// Table 二's rows are few and need not be printed in order, so position says little; the
  /// values of an unmapped row may belong to any row that got none.
  func doubtCandidates(
    of unmapped: [DataRow], canonical: [CanonicalSchema.ProactiveRow], used: Set<String>,
    into recorder: inout CellRecorder
  ) {
    guard !unmapped.isEmpty else { return }
    let keys = Self.cellKeys
    let empty = canonical.filter { row in
      !used.contains(row.key) || keys(row).allSatisfy { recorder.values[$0] == nil }
    }
    for row in unmapped {
      recorder.findings.append(
        Finding(
          check: "mapping.row-unmapped", page: row.page,
          cells: empty.flatMap(keys).map(\.path), code: .rowUnmapped,
          reason:
            "table 二 prints a row '\(row.label)' with values that matches no canonical row; "
            + "its values may belong here"))
    }
  }

  /// The cell keys of one canonical table-二 row.
  static func cellKeys(_ row: CanonicalSchema.ProactiveRow) -> [CellKey] {
    row.columns.isEmpty
      ? [CellKey(.proactive, row: row.key, column: nil)]
      : row.columns.map { CellKey(.proactive, row: row.key, column: $0) }
  }

  /// Label similarity, plus 0.1 when the band number agrees and minus 0.1 when it differs.
  func score(_ row: DataRow, _ canonical: CanonicalSchema.ProactiveRow) -> Double {
    score(label: TextSimilarity.scalars(of: row.label), band: row.band, CanonicalLabel(canonical))
  }

  /// `score(_:_:)` of a printed label (scalars) and band against a prepared canonical row.
  func score(label: [UInt32], band: Int?, _ canonical: CanonicalLabel) -> Double {
    var value = TextSimilarity.ratio(label, canonical.label)
    if let band, let expected = canonical.band {
      value += band == expected ? 0.1 : -0.1
    }
    return value
  }

  /// A row with one value: the first value cell holding text (a cell spanning the columns).
  func recordSingle(_ row: DataRow, key: CellKey, into recorder: inout CellRecorder) {
    let filled = row.valueCells.filter { !$0.text.isEmpty }
    guard let cell = filled.first ?? row.valueCells.first else { return }
    if filled.count > 1 {
      recorder.findings.append(
        Finding(
          check: CellRecorder.cellCheck, page: row.page, cells: [key.path], code: .ambiguous,
          reason: "\(filled.count) cells hold text; the first is taken"))
    }
    recorder.record(key, from: cell)
  }

  /// The value cell of each canonical column: by the header over it, else by position.
  func columnCells(_ row: DataRow, _ canonical: CanonicalSchema.ProactiveRow) -> [(
    String, TableCell
  )] {
    let headers = canonical.headers.map { TextSimilarity.scalars(of: LabelText.normalized($0)) }
    let printed = row.headers.map(TextSimilarity.scalars(of:))
    let alignment = SequenceAligner.align(
      leftCount: row.valueCells.count, rightCount: headers.count, threshold: 0.5
    ) { TextSimilarity.ratio(printed[$0], headers[$1]) }
    if alignment.pairs.count == headers.count {
      return alignment.pairs.map { (canonical.columns[$0.right], row.valueCells[$0.left]) }
    }
    return zip(canonical.columns, row.valueCells).map { ($0, $1) }
  }

  /// The item number of a band label `第二十条第（一）项` → 1, or nil for other text.
  static func bandNumber(_ normalized: String) -> Int? {
    guard let range = normalized.range(of: "第二十条") else { return nil }
    let rest = normalized[range.upperBound...].drop { $0 == "第" || $0 == "(" }
    let digits = rest.prefix { LabelText.chineseDigit($0) != nil }
    return LabelText.chineseNumber(String(digits))
  }
}
