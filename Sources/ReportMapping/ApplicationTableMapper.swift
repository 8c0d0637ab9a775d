import DocumentModel
import ReportSchema

/// Maps table 三 (applications received and handled) to canonical rows and columns.
///
/// Rows are paired with the canonical rows of each format variant by a monotone alignment of
/// label similarities (`SequenceAligner`); the variant that aligns better wins, so a 2021-era
/// report printing the single row （六）其他处理 gets `other.unsplit`. Rows printed out of order are
/// then paired greedily at a stricter threshold.
struct ApplicationTableMapper {
  var settings: MappingSettings

  /// What the mapping found.
  struct Result: Sendable {
    /// The canonical row keys in printed order, missing rows inserted at their canonical place.
    var rowOrder: [String]
    /// The row set that matched: `.v2019` when the single （六）其他处理 row was printed.
    var rowVariant: ReportFormat
  }

  /// A canonical row prepared for scoring.
  struct CanonicalRow: Sendable {
    var key: String
    var body: String
    var numbering: LabelText.Numbering?
    /// The sub-group label (`不予公开`) without the results group, or "".
    var subgroupBody: String
    var subgroupNumbering: LabelText.Numbering?
    /// `body`'s scalars and `Character` count.
    var bodyScalars: [UInt32]
    var bodyCount: Int
    /// `subgroupBody`'s scalars.
    var subgroupScalars: [UInt32]
    /// `bodyScalars` and `subgroupScalars` prepared for the LCS (nil past 64 scalars).
    var bodyPattern: SubsequencePattern?
    var subgroupPattern: SubsequencePattern?

    /// What a printed row's score against this row depends on (`score(_:_:)`): rows of the two
    /// formats with the same label score the same.
    struct Label: Hashable {
      var body: String
      var numbering: LabelText.Numbering?
      var subgroupBody: String
      var subgroupNumbering: LabelText.Numbering?
    }

    var label: Label {
      Label(
        body: body, numbering: numbering, subgroupBody: subgroupBody,
        subgroupNumbering: subgroupNumbering)
    }

    init(_ row: CanonicalSchema.ApplicationRow) {
      key = row.key
      let label = LabelText.normalized(row.label)
      body = LabelText.body(of: label)
      numbering = LabelText.numbering(of: label)
      let group = LabelText.normalized(row.group)
      let results = LabelText.normalized("三、本年度办理结果")
      let subgroup = group.hasPrefix(results) ? String(group.dropFirst(results.count)) : ""
      subgroupBody = LabelText.body(of: subgroup)
      subgroupNumbering = subgroup.isEmpty ? nil : LabelText.numbering(of: subgroup)
      bodyScalars = TextSimilarity.scalars(of: body)
      bodyCount = body.count
      subgroupScalars = TextSimilarity.scalars(of: subgroupBody)
      bodyPattern = SubsequencePattern(bodyScalars)
      subgroupPattern = SubsequencePattern(subgroupScalars)
    }

    /// The canonical rows of each format, prepared once.
    static let v2021 = CanonicalSchema.applicationRows(.v2021).map(CanonicalRow.init)
    static let v2019 = CanonicalSchema.applicationRows(.v2019).map(CanonicalRow.init)

    /// The canonical rows of a format.
    static func rows(_ format: ReportFormat) -> [CanonicalRow] {
      switch format {
      case .v2021: v2021
      case .v2019: v2019
      }
    }
  }

  /// Puts every cell of the report, its agency and year in review when its pages hold two tables
  /// 三, each under its own header and starting with 一、本年新收….
  ///
  /// A report is one table 三 whose continuations have no header of their own. Two headers mean
  /// two reports read as one: in a scanned compilation whose second title was not read, its
  /// pages joined the report before it, and the rows of both tables were matched to one set of
  /// keys, 145 cells silently wrong (stress compilation:scan 5605:0 and :3).
  func flagTwoTables(pages: [Int], into recorder: inout CellRecorder) {
    let cells =
      ReportFormat.allCases.flatMap { CanonicalSchema.cellKeys($0) }.map(\.path)
      + ["report.agency", "report.year"]
    recorder.findings.append(
      Finding(
        check: "mapping.two-tables", page: pages.dropFirst().first,
        cells: Array(Set(cells)).sorted(),
        code: .ambiguous,
        reason:
          "table 三 is printed twice, under headers on pp. \(pages.map(String.init).joined(separator: ", ")): two reports may have been read as one"
      ))
  }

  /// Maps the table-三 grids (in order; continuations after the first) into the recorder.
  func map(
    _ grids: [TableGrid], preferred: ReportFormat, into recorder: inout CellRecorder
  ) -> Result {
    var printed: [PrintedRow] = []
    var inherited: ApplicationColumns?
    var headedPages: [Int] = []
    for grid in grids {
      let columns = ApplicationColumns.locate(in: grid, inherited: inherited, settings: settings)
      if columns.byPosition {
        recorder.findings.append(
          Finding(
            check: "mapping.columns-by-position", page: grid.pages.first,
            message:
              "table 三: the column header could not be read; the last 7 columns are taken as 自然人 … 总计"
          ))
      }
      inherited = columns
      let rows = PrintedRow.rows(of: grid, columns: columns, parser: settings.parser)
      // A table starts under its header with 一、本年新收…; a header repeated on a continuation
      // page (`Samples/h01`) is followed by later rows.
      if !columns.byPosition, columns.firstDataRow > 0,
        rows.contains(where: { LabelText.normalized($0.leaf).contains("本年新收") })
      {
        headedPages.append(grid.pages.first ?? 0)
      }
      printed += rows
    }
    if headedPages.count >= 2 { flagTwoTables(pages: headedPages, into: &recorder) }
    // A row split by a page break whose tables were not stitched: the values and the label's
    // start on page N, the rest of the label on top of page N+1 in a row of its own with blank
    // values. Joining wrapped labels once more over all grids puts the rest back on its row.
    printed = PrintedRow.mergedWrappedLabels(printed, parser: settings.parser)
    let scored = printed.map(ScoredRow.init)
    var best: (variant: ReportFormat, keys: [String?], gain: Double)?
    var gains: [ReportFormat: Double] = [:]
    var tables: [(variant: ReportFormat, scores: [[Double]])] = []
    // The two formats share most row labels; each label is scored once.
    var scoredLabels: [CanonicalRow.Label: [Double]] = [:]
    for variant in [preferred, preferred == .v2021 ? .v2019 : .v2021] {
      let canonical = CanonicalRow.rows(variant)
      let table = scores(scored, canonical, known: &scoredLabels)
      tables.append((variant, table))
      var (keys, gain) = assign(printed, to: canonical, scores: table)
      // Structure before wording: 25 printed rows are the 2021 set, 23 the single-（六） set.
      // OCR can mangle every label of the （六） block, but not the number of rows. The count
      // says so only of a whole table, its first and last rows found: table 三 of stress scan
      // 9778:5 (2021 set) lost its last page's two rows to a missed page join, and its 23
      // rows took the single-（六） set against three well-read （六） labels.
      if printed.count == canonical.count, let first = canonical.first?.key,
        let last = canonical.last?.key, keys.contains(first), keys.contains(last)
      {
        gain += settings.rowCountGain
      }
      gains[variant] = gain
      if gain > (best?.gain ?? -1) + 1e-9 { best = (variant, keys, gain) }
    }
    guard let best else { return Result(rowOrder: [], rowVariant: preferred) }
    flagOtherBlockIfUncertain(best.variant, keys: best.keys, gains: gains, into: &recorder)
    let columnKeys = CanonicalSchema.applicationColumns.map(\.key)
    let bestCanonical = CanonicalRow.rows(best.variant)
    let bestTable =
      tables.first { $0.variant == best.variant }?.scores ?? scores(scored, bestCanonical)
    for (index, (row, key)) in zip(printed, best.keys).enumerated() {
      if let key, let target = bestCanonical.firstIndex(where: { $0.key == key }),
        bestTable[index][target] <= settings.rowThreshold
      {
        recorder.findings.append(
          Finding(
            check: "mapping.row-by-position", page: row.page,
            message: "table 三: the row '\(row.leaf)' is taken as '\(key)' by its position"))
        // A guess, however likely: every value of the row goes to review.
        for column in columnKeys {
          recorder.findings.append(
            Finding(
              check: CellRecorder.cellCheck, page: row.page,
              cells: [CellKey(.applications, row: key, column: column).path], code: .rowByPosition,
              reason: "row label unreadable ('\(row.leaf)'); row placed by its position"))
        }
      }
      guard let key else {
        if row.holdsNumbers(settings.parser) {
          doubtCandidates(
            ofUnmapped: index, printed: printed, keys: best.keys, canonical: bestCanonical,
            into: &recorder)
        } else if !row.leaf.isEmpty {
          recorder.findings.append(
            Finding(
              check: "mapping.row-unmapped", page: row.page,
              message:
                "table 三: the row '\(row.leaf)' matches no canonical row and holds no number; ignored"
            ))
        }
        continue
      }
      let witnesses = row.valueCells.compactMap { $0 }
      for (column, cell) in zip(columnKeys, row.valueCells) {
        guard let cell else { continue }
        recorder.record(
          CellKey(.applications, row: key, column: column), from: cell, row: witnesses)
      }
    }
    let order = rowOrder(printed: best.keys.compactMap { $0 }, variant: best.variant)
    for key in order where !best.keys.contains(key) {
      recorder.findings.append(
        Finding(
          check: "mapping.row-missing", page: nil,
          message: "table 三: no printed row matches '\(key)'; its cells are null"))
    }
    return Result(rowOrder: order, rowVariant: best.variant)
  }

  /// Puts in review the cells an unmapped printed row holding numbers could belong to.
  ///
  /// Its values are not used, so whatever row they belong to may be blank or missing: the
  /// candidates are the canonical rows between the nearest rows above and below that were
  /// mapped and hold numbers, left unmatched or matched by a row without numbers (a label
  /// continuation taken for the row). When no row fits that gap, the two neighbours
  /// themselves are listed: one of them may hold the wrong numbers.
  func doubtCandidates(
    ofUnmapped index: Int, printed: [PrintedRow], keys: [String?], canonical: [CanonicalRow],
    into recorder: inout CellRecorder
  ) {
    let position = { (key: String?) in key.flatMap { k in canonical.firstIndex { $0.key == k } } }
    let anchored = { (row: Int) in
      printed[row].holdsNumbers(settings.parser) ? position(keys[row]) : nil
    }
    let above = printed.indices[..<index].reversed().lazy.compactMap(anchored).first
    let below = printed.indices[(index + 1)...].lazy.compactMap(anchored).first
    let gap = ((above ?? -1) + 1)..<(below ?? canonical.count)
    let filled = Set(
      printed.indices.filter { printed[$0].holdsNumbers(settings.parser) }.compactMap { keys[$0] })
    var candidates = gap.isEmpty ? [] : canonical[gap].map(\.key).filter { !filled.contains($0) }
    if candidates.isEmpty {
      candidates = [above, below].compactMap { $0 }.map { canonical[$0].key }
    }
    let columns = CanonicalSchema.applicationColumns.map(\.key)
    let row = printed[index]
    recorder.findings.append(
      Finding(
        check: "mapping.row-unmapped", page: row.page,
        cells: candidates.flatMap { key in
          columns.map { CellKey(.applications, row: key, column: $0).path }
        },
        code: .rowUnmapped,
        reason:
          "table 三 prints a row '\(row.leaf)' with values that matches no canonical row; "
          + "its values may belong here (candidate rows: \(candidates.joined(separator: ", ")))"))
  }

  /// When the （六）其他处理 block could be one row (2019 set) or three (2021 set) — the two row sets
  /// align almost equally well, a row of the chosen block was not found, or the rows printed
  /// between 5.要求行政机关确认… and （七）总计 are not as many as the chosen set has — the cells of both
  /// readings go to review, so a person sees the block whichever way it is printed.
  ///
  /// The other reading's cells are outside the chosen format's canonical cells, so nothing else
  /// would list them.
  ///
  /// OCR of a 150–200 dpi scan can blur every label of the block
  /// (`Samples/s06-scan-200dpi-gray-jpeg-heavy-blank-zeros.pdf`,
  /// `Samples/s13-scan-150dpi-color-seal-date-unsplit.pdf`).
  func flagOtherBlockIfUncertain(
    _ variant: ReportFormat, keys: [String?], gains: [ReportFormat: Double],
    into recorder: inout CellRecorder
  ) {
    let block = { (format: ReportFormat) in
      CanonicalSchema.applicationRows(format).map(\.key).filter { $0.hasPrefix("other.") }
    }
    let margin = abs((gains[.v2021] ?? 0) - (gains[.v2019] ?? 0))
    let chosenMissing = block(variant).contains { !keys.contains($0) }
    // A second witness, structure: the printed rows between 5.要求行政机关确认… and （七）总计
    // are the block; their count must be the chosen set's (1 or 3), whatever their labels say.
    var countDisagrees = false
    if let before = keys.firstIndex(of: "not_processed.reconfirm"),
      let after = keys.firstIndex(of: "total"), after > before
    {
      countDisagrees = after - before - 1 != block(variant).count
    }
    guard margin < settings.rowVariantMargin || chosenMissing || countDisagrees else { return }
    for format in [ReportFormat.v2021, .v2019] {
      for row in block(format) {
        for column in CanonicalSchema.applicationColumns.map(\.key) {
          recorder.findings.append(
            Finding(
              check: CellRecorder.cellCheck, page: nil,
              cells: [CellKey(.applications, row: row, column: column).path], code: .ambiguous,
              reason:
                "the （六）其他处理 block was not read with certainty (one row or three); check which rows the report prints"
            ))
        }
      }
    }
  }

  /// The canonical key of each printed row (nil when unmatched) and the alignment's gain.
  func assign(_ printed: [PrintedRow], to canonical: [CanonicalRow]) -> ([String?], Double) {
    assign(printed, to: canonical, scores: scores(printed.map(ScoredRow.init), canonical))
  }

  /// `assign(_:to:)` with the scores already computed (`scores[printed][canonical]`).
  func assign(
    _ printed: [PrintedRow], to canonical: [CanonicalRow], scores: [[Double]]
  ) -> ([String?], Double) {
    let score = { (row: Int, target: Int) in scores[row][target] }
    let alignment = SequenceAligner.align(
      leftCount: printed.count, rightCount: canonical.count, threshold: settings.rowThreshold,
      score: score)
    var keys = [String?](repeating: nil, count: printed.count)
    var used = Set<Int>()
    for pair in alignment.pairs {
      keys[pair.left] = canonical[pair.right].key
      used.insert(pair.right)
    }
    var gain = alignment.gain + positionalFill(printed, canonical, keys: &keys, used: &used)
    // Rows printed out of canonical order: pair the rest greedily, more strictly.
    let strict = settings.rowThreshold + 0.2
    for index in printed.indices where keys[index] == nil && !printed[index].leaf.isEmpty {
      let candidates = canonical.indices.filter { !used.contains($0) }
      guard
        let bestIndex = candidates.max(by: { score(index, $0) < score(index, $1) })
      else { continue }
      let value = score(index, bestIndex)
      guard value > strict else { continue }
      keys[index] = canonical[bestIndex].key
      used.insert(bestIndex)
      gain += value - settings.rowThreshold
    }
    return (keys, gain)
  }

  /// Pairs unmatched printed rows that sit between two matched rows, or after the last one, by
  /// position alone, when the gap holds exactly as many printed rows, or printed rows holding
  /// values, as unmatched canonical rows; returns the gain added.
  ///
  /// An OCR-mangled label (`（二）部分公开…` read as `E一AN人只1`) scores below the threshold,
  /// but between `（一）予以公开` and `1.属于国家秘密` only one canonical row fits. Each row paired
  /// this way adds a small gain, so this never outweighs a better variant's label matches.
  func positionalFill(
    _ printed: [PrintedRow], _ canonical: [CanonicalRow], keys: inout [String?],
    used: inout Set<Int>
  ) -> Double {
    let anchors = printed.indices.compactMap { index in
      keys[index].flatMap { key in canonical.firstIndex { $0.key == key } }.map { (index, $0) }
    }
    var gain = 0.0
    for (left, right) in zip(anchors, anchors.dropFirst()) {
      var printedGap = Array((left.0 + 1)..<right.0)
      let canonicalGap = (left.1 + 1)..<right.1
      guard !printedGap.isEmpty, canonicalGap.allSatisfy({ !used.contains($0) }) else { continue }
      if printedGap.count != canonicalGap.count {
        // A label's tail left in a row of its own without values (a page break, a wrap the
        // grid cut: `府信息公开申请` under `…要求缴纳费用、行政机关`, stress scan 9763:54) is
        // no row: the rows holding values are.
        printedGap = printedGap.filter { printed[$0].hasValues }
      }
      guard !printedGap.isEmpty, printedGap.count == canonicalGap.count,
        printedGap.allSatisfy({ printed[$0].hasValues || !printed[$0].leaf.isEmpty })
      else { continue }
      for (row, target) in zip(printedGap, canonicalGap) {
        keys[row] = canonical[target].key
        used.insert(target)
        gain += settings.positionalGain
      }
    }
    // The table's end bounds the rows after the last matched one: a seal's remnants over
    // `四、结转下年度继续办理` read it `-4`, and its values, right under （七）总计, were lost
    // (stress 9795:19). Only rows holding values count; as many as the canonical rows left.
    if let last = anchors.last {
      let printedTail = ((last.0 + 1)..<printed.count).filter { printed[$0].hasValues }
      let canonicalTail = (last.1 + 1)..<canonical.count
      if !printedTail.isEmpty, printedTail.count == canonicalTail.count,
        canonicalTail.allSatisfy({ !used.contains($0) })
      {
        for (row, target) in zip(printedTail, canonicalTail) {
          keys[row] = canonical[target].key
          used.insert(target)
          gain += settings.positionalGain
        }
      }
    }
    return gain
  }

  /// The printed keys with each missing canonical row inserted after its canonical predecessor.
  func rowOrder(printed: [String], variant: ReportFormat) -> [String] {
    var order = printed
    let canonical = CanonicalRow.rows(variant).map(\.key)
    for (index, key) in canonical.enumerated() where !order.contains(key) {
      let predecessor = canonical[..<index].last { order.contains($0) }
      let position = predecessor.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
      order.insert(key, at: position)
    }
    return order
  }
}
