import DocumentModel
import ReportSchema

/// Collects the values read from table cells, with where each was read and what was noticed.
struct CellRecorder {
  var values: [CellKey: ReportNumber] = [:]
  var cells: [CellKey: CellReading] = [:]
  var units: [CellKey: String] = [:]
  var findings: [Finding] = []
  /// The key each cell was recorded under: one printed cell holds one value.
  var owners: [PrintedCell: CellKey] = [:]

  /// A printed cell's identity: page, bounds and grid position (a cell's words follow from these).
  ///
  /// Not the whole `TableCell`: hashing its words on every lookup would slow the mapping stage
  /// (docs/performance.md).
  struct PrintedCell: Hashable {
    var page: Int
    var box: Box
    var row: Int
    var column: Int
    var rowSpan: Int
    var columnSpan: Int

    init(_ cell: TableCell) {
      page = cell.page
      box = cell.box
      row = cell.row
      column = cell.column
      rowSpan = cell.rowSpan
      columnSpan = cell.columnSpan
    }
  }
  let parser: ValueParser
  /// The origin of each page's words, for blank cells that carry no words of their own.
  let pageOrigins: [Int: TextOrigin]
  /// The parts of text pages read by OCR (`PageLayout.ocrRegions`), by page: a blank cell in
  /// one was blank on a picture, where OCR may have missed a digit.
  let ocrRegions: [Int: [Box]]
  /// A printed cell smaller than this either way, in points, puts its row in review
  /// (`MappingSettings.minimumValueCellExtent`, `doubtRowsWithSlivers`).
  let minimumExtent: Double
  /// The cells of tables found from text alignment (no rulings): their columns are guessed
  /// from where values lie, so a cell found empty is no proof that nothing is printed there.
  let unruledCells: Set<PrintedCell>
  /// Words with digits further apart than this multiple of their height are separate values
  /// (`MappingSettings.separateValuesGapRatio`).
  let separateValuesGapRatio: Double
  /// How many one-line values of its row make a two-line cell a wrapped number
  /// (`MappingSettings.wrappedNumberWitnesses`).
  let wrappedNumberWitnesses: Int

  /// The check id of findings about one cell; the message starts with the cell path and `: `.
  static let cellCheck = "mapping.cell"
  /// The check id of an annotation kept beside a value (`22（其中修订16件）`): a warning, not a
  /// doubt about the value, so it does not put the cell in review.
  static let annotationCheck = "mapping.annotation"

  /// The cells a report usually has: table 二 about 30, table 三 25 × 7, table 四 15.
  static let expectedCells = 256

  /// The last line of a value cell when it reads as a number and the lines above it hold no
  /// digit: header text that a page break inside a spanning header cell (结果/维持 split over two
  /// pages) left in the first data row's cells (`果` above `2`, stress 2026:51).
  static func numberBelowSpilledHeader(_ cell: TableCell, _ parser: ValueParser) -> String? {
    let lines = CellLines.lines(of: cell.words).map { TextJoiner.join($0.map(\.text)) }
    guard lines.count >= 2, let last = lines.last, parser.parse(last).number != nil,
      lines.dropLast().allSatisfy({ line in !line.contains { $0.isNumber } })
    else { return nil }
    return last
  }

  /// The bare values of `cell` when it holds more than one apart: two on one line further apart
  /// than `gapRatio` of their height, or two lines of them; nil when it holds one at most.
  ///
  /// Such a cell spans columns or rows whose border was not found (a table ruled by rows only,
  /// text stress 9801:7's `2 1 28`; dashed row borders broken up, 9758:22's `211` over `1`):
  /// joined, its digits would read as one plausible number. Only neighbouring bare values count:
  /// `22(其中修订16件)` is one value and its annotation (s09).
  static func separatedValues(_ cell: TableCell, gapRatio: Double) -> [String]? {
    let stacked = cell.bareValueLines
    if stacked.count >= 2 { return stacked.flatMap { $0.map(\.text) } }
    for line in CellLines.lines(of: cell.words) {
      for (left, right) in zip(line, line.dropFirst()) where left.isBareValue && right.isBareValue {
        let gap = right.box.minX - left.box.maxX
        if gap > gapRatio * max(left.lineBox.height, right.lineBox.height) {
          return line.filter(\.isBareValue).map(\.text)
        }
      }
    }
    return nil
  }

  /// Whether a cell's two lines of bare values are one number wrapped in its narrow column,
  /// not two values whose row border was not found.
  ///
  /// Word wraps a number too wide for its column: `2187` printed as `218` over `7` (text stress
  /// 9787:134 and 9788:9, large type: six values of table 三 left null each). A lost row border
  /// stacks most of the row's values (9758:22: `211` over `1`), a wrap only the widest (on
  /// 9788:9 `2187` and its row's total `2612`): the lines are one number when they are digits alone,
  /// the first the wider, and at least `witnesses` other values of the row are one line each,
  /// more than are two.
  static func isWrappedNumber(_ cell: TableCell, row: [TableCell], witnesses: Int) -> Bool {
    let lines = cell.bareValueLines
    guard lines.count == 2, CellLines.lines(of: cell.words).count == 2,
      lines.allSatisfy({ $0.count == 1 && $0[0].text.allSatisfy { $0.isASCII && $0.isNumber } }),
      lines[0][0].box.width >= lines[1][0].box.width
    else { return false }
    var oneLine = 0
    var stacked = 0
    for other in row where other != cell {
      switch other.bareValueLines.count {
      case 0: continue
      case 1: oneLine += 1
      default: stacked += 1
      }
    }
    return oneLine >= witnesses && oneLine > stacked
  }

  init(
    parser: ValueParser, pageOrigins: [Int: TextOrigin], ocrRegions: [Int: [Box]] = [:],
    minimumExtent: Double = MappingSettings().minimumValueCellExtent,
    unruledCells: Set<PrintedCell> = [],
    separateValuesGapRatio: Double = MappingSettings().separateValuesGapRatio,
    wrappedNumberWitnesses: Int = MappingSettings().wrappedNumberWitnesses
  ) {
    self.parser = parser
    self.separateValuesGapRatio = separateValuesGapRatio
    self.wrappedNumberWitnesses = wrappedNumberWitnesses
    self.unruledCells = unruledCells
    self.minimumExtent = minimumExtent
    self.pageOrigins = pageOrigins
    self.ocrRegions = ocrRegions
    // A report has 200-odd cells; growing the tables from empty rehashes them several times.
    values.reserveCapacity(Self.expectedCells)
    cells.reserveCapacity(Self.expectedCells)
    owners.reserveCapacity(Self.expectedCells)
  }

  /// Where a cell without words was read: its page's origin, or OCR inside a picture of a text
  /// page.
  private func blankOrigin(of cell: TableCell) -> TextOrigin {
    let regions = ocrRegions[cell.page] ?? []
    if regions.contains(where: { $0.contains(x: cell.box.midX, y: cell.box.midY) }) {
      return .ocr
    }
    return pageOrigins[cell.page] ?? .text
  }

  /// Puts in review every value read in the same printed row as a cell too small to hold a
  /// digit (`minimumExtent`).
  ///
  /// Such a sliver means the row's grid is wrong: glyph strokes of small table text or a seal's
  /// ring were taken for rulings, and the row's values fell into the wrong columns or none. Its
  /// other cells then read plausible numbers that a cross-sum may even confirm: in scan stress
  /// 9705:8 table 四's row was cut into 3.7 pt columns, and `4` read for a group total of 17
  /// balanced against the three cells left blank. Call once, after every cell is recorded.
  mutating func doubtRowsWithSlivers() {
    let slivers = cells.filter { _, reading in
      reading.position == nil && min(reading.box.width, reading.box.height) < minimumExtent
    }
    var doubted: Set<CellKey> = []
    for (_, sliver) in slivers.sorted(by: { $0.key.path < $1.key.path }) {
      let row = cells.filter { key, reading in
        reading.page == sliver.page && !doubted.contains(key)
          && reading.box.verticalOverlap(with: sliver.box)
            >= 0.5 * min(reading.box.height, sliver.box.height)
      }
      guard !row.isEmpty else { continue }
      doubted.formUnion(row.keys)
      findings.append(
        Finding(
          check: Self.cellCheck, page: sliver.page, cells: row.keys.map(\.path).sorted(),
          code: .doubtfulReading,
          reason:
            "its row's grid has a cell \(Self.points(min(sliver.box.width, sliver.box.height))) pt across, too small for a digit: strokes taken for rulings may have put values in the wrong cells"
        ))
    }
  }

  /// A length in points with one decimal, for messages.
  private static func points(_ value: Double) -> String {
    String(Double((value * 10).rounded()) / 10)
  }

  /// Parses the cell and records its value and reading under `key`.
  ///
  /// A key already recorded keeps its first reading, and the clash becomes a finding.
  ///
  /// - Parameters:
  ///   - key: The canonical cell.
  ///   - cell: The printed cell mapped to it.
  ///   - row: The value cells of the cell's printed row, the witnesses of a number wrapped over
  ///     two lines (`isWrappedNumber`); empty where the mapper has none.
  mutating func record(_ key: CellKey, from cell: TableCell, row: [TableCell] = []) {
    if cells[key] != nil {
      findings.append(
        Finding(
          check: Self.cellCheck, page: cell.page, cells: [key.path], code: .ambiguous,
          reason: "a second cell maps here ('\(cell.text)'); the first is kept"))
      return
    }
    let identity = PrintedCell(cell)
    if let owner = owners[identity] {
      // A cell spanning several value columns (a merged cell): its number belongs to one of
      // them at most, and which one is not known.
      findings.append(
        Finding(
          check: Self.cellCheck, page: cell.page, cells: [key.path], code: .ambiguous,
          reason: "its cell is merged with \(owner.path)'s ('\(cell.text)'); left null"))
      return
    }
    owners[identity] = key
    var text = cell.text
    var parsed = parser.parse(text)
    if case .unreadable = parsed.outcome, let number = Self.numberBelowSpilledHeader(cell, parser) {
      text = number
      parsed = parser.parse(number)
      findings.append(
        Finding(
          check: Self.annotationCheck, page: cell.page,
          message:
            "\(key.path): read '\(number)' from '\(cell.text)'; the text above it is a header cut by a page break"
        ))
    }
    let origin: TextOrigin =
      cell.words.isEmpty
      ? blankOrigin(of: cell)
      : (cell.words.contains { $0.origin == .ocr } ? .ocr : cell.words[0].origin)
    cells[key] = CellReading(
      page: cell.page, box: cell.box, text: text,
      confidence: cell.confidence * parsed.confidenceFactor, origin: origin,
      position: cell.position)
    switch parsed.outcome {
    case .blank:
      // In a table without rulings the value may have been put in a neighbouring column: two
      // cells of table 四 read blank, silently, on stress 9710:9 (a scan whose borders vanished).
      if unruledCells.contains(identity) {
        findings.append(
          Finding(
            check: Self.cellCheck, page: cell.page, cells: [key.path], code: .doubtfulReading,
            reason:
              "read blank in a table without rulings, whose columns come from where its values lie: a value may have been put in a neighbouring column"
          ))
      }
    case .number(let number, let unit, let annotation):
      if let numbers = Self.separatedValues(cell, gapRatio: separateValuesGapRatio) {
        guard Self.isWrappedNumber(cell, row: row, witnesses: wrappedNumberWitnesses) else {
          findings.append(
            Finding(
              check: Self.cellCheck, page: cell.page, cells: [key.path], code: .ambiguous,
              reason:
                "its cell holds several values ('\(numbers.joined(separator: " "))'): a border between them was not found; left null"
            ))
          return
        }
        findings.append(
          Finding(
            check: Self.annotationCheck, page: cell.page,
            message:
              "\(key.path): read \(number) from '\(numbers.joined(separator: " / "))', one number wrapped over two lines: most other values of its row are one line"
          ))
      }
      values[key] = number
      if let unit { units[key] = unit }
      if let annotation {
        findings.append(
          Finding(
            check: Self.annotationCheck, page: cell.page,
            message:
              "\(key.path): read \(number) from '\(text)'; the annotation \(annotation) is kept in the cell text"
          ))
      }
      if parsed.confidenceFactor < 1 {
        findings.append(
          Finding(
            check: Self.cellCheck, page: cell.page, cells: [key.path], code: .doubtfulReading,
            reason: "\(parsed.doubt ?? "a doubtful reading") in '\(text)' → \(number)"))
      }
    case .unreadable:
      findings.append(
        Finding(
          check: Self.cellCheck, page: cell.page, cells: [key.path], code: .unreadable,
          reason: "unreadable value '\(text)'"))
    }
  }
}
