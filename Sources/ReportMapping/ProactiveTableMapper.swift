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
  }

  /// The rows and the format evidence of the table-二 grids.
  struct Reading {
    var rows: [DataRow] = []
    var votes2021 = 0
    var votes2019 = 0

    /// The format the headers show, or nil when they do not tell.
    var format: ReportFormat? {
      votes2021 == votes2019 ? nil : (votes2021 > votes2019 ? .v2021 : .v2019)
    }
  }

  /// Reads the bands, headers and data rows of the grids, in order.
  func read(_ grids: [TableGrid]) -> Reading {
    var reading = Reading()
    let headers2021 = Set(CanonicalSchema.proactiveRows(.v2021).flatMap(\.headers)).map(
      LabelText.normalized)
    let headers2019 = Set(CanonicalSchema.proactiveRows(.v2019).flatMap(\.headers)).map(
      LabelText.normalized)
    let only2019Rows = ["其他对外管理服务事项", "政府集中采购"]
    // A band or header at the foot of one grid heads the rows of the next (a page break).
    var band: Int?
    var header: [(columns: Range<Int>, text: String)] = []
    for grid in grids {
      for row in 0..<grid.rowCount {
        let cells = grid.cells(inRow: row)
        let texts = cells.map { LabelText.normalized($0.text) }
        guard let first = cells.first, texts.contains(where: { !$0.isEmpty }) else { continue }
        let joined = texts.joined()
        if let number = Self.bandNumber(joined) {
          band = number
          continue
        }
        let numeric = cells.dropFirst().contains { settings.parser.parse($0.text).number != nil }
        let headerLike = texts.dropFirst().contains { text in
          (headers2021 + headers2019).contains { TextSimilarity.ratio($0, text) >= 0.7 }
        }
        if TextSimilarity.ratio(texts[0], "信息内容") >= 0.6 || (!numeric && headerLike) {
          header = cells.dropFirst().map {
            ($0.column..<($0.column + $0.columnSpan), LabelText.normalized($0.text))
          }
          for text in header.map(\.text) {
            let s21 = headers2021.map { TextSimilarity.ratio($0, text) }.max() ?? 0
            let s19 = headers2019.map { TextSimilarity.ratio($0, text) }.max() ?? 0
            if s21 >= 0.7 && s21 > s19 + 0.1 { reading.votes2021 += 1 }
            if s19 >= 0.7 && s19 > s21 + 0.1 { reading.votes2019 += 1 }
          }
          continue
        }
        let label = texts[0]
        if only2019Rows.contains(where: { TextSimilarity.ratio($0, label) >= 0.8 }) {
          reading.votes2019 += 1
        }
        let values = Array(cells.dropFirst())
        let headers = values.map { cell in
          header.filter { $0.columns.overlaps(cell.column..<(cell.column + cell.columnSpan)) }
            .map(\.text).joined()
        }
        reading.rows.append(
          DataRow(label: label, band: band, valueCells: values, headers: headers, page: first.page))
      }
    }
    return reading
  }

  /// Maps the rows read into the recorder with the rows of `format`.
  func map(_ reading: Reading, format: ReportFormat, into recorder: inout CellRecorder) {
    let canonical = CanonicalSchema.proactiveRows(format)
    var used = Set<String>()
    for row in reading.rows where !row.label.isEmpty {
      let scored = canonical.filter { !used.contains($0.key) }.map { ($0, score(row, $0)) }
      guard let (match, value) = scored.max(by: { $0.1 < $1.1 }), value > settings.rowThreshold
      else {
        recorder.findings.append(
          Finding(
            check: "mapping.row-unmapped", page: row.page,
            message:
              "table 二: the row '\(row.label)' matches no canonical row; its values are not used"))
        continue
      }
      used.insert(match.key)
      if match.columns.isEmpty {
        recordSingle(row, key: CellKey(.proactive, row: match.key, column: nil), into: &recorder)
      } else {
        for (column, cell) in columnCells(row, match) {
          recorder.record(CellKey(.proactive, row: match.key, column: column), from: cell)
        }
      }
    }
    for row in canonical where !used.contains(row.key) {
      recorder.findings.append(
        Finding(
          check: "mapping.row-missing", page: nil,
          message: "table 二: no printed row matches '\(row.label)'; its cells are null"))
    }
  }

  /// Label similarity, plus 0.1 when the band number agrees and minus 0.1 when it differs.
  func score(_ row: DataRow, _ canonical: CanonicalSchema.ProactiveRow) -> Double {
    var value = TextSimilarity.ratio(row.label, LabelText.normalized(canonical.label))
    if let band = row.band, let expected = Self.bandNumber(LabelText.normalized(canonical.band)) {
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
          check: CellRecorder.cellCheck, page: row.page,
          message: "\(key.path): \(filled.count) cells hold text; the first is taken"))
    }
    recorder.record(key, from: cell)
  }

  /// The value cell of each canonical column: by the header over it, else by position.
  func columnCells(_ row: DataRow, _ canonical: CanonicalSchema.ProactiveRow) -> [(
    String, TableCell
  )] {
    let headers = canonical.headers.map(LabelText.normalized)
    let alignment = SequenceAligner.align(
      leftCount: row.valueCells.count, rightCount: headers.count, threshold: 0.5
    ) { TextSimilarity.ratio(row.headers[$0], headers[$1]) }
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
