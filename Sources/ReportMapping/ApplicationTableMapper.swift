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
  struct CanonicalRow {
    var key: String
    var body: String
    var numbering: LabelText.Numbering?
    /// The sub-group label (`不予公开`) without the results group, or "".
    var subgroupBody: String
    var subgroupNumbering: LabelText.Numbering?

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
    }
  }

  /// Maps the table-三 grids (in order; continuations after the first) into the recorder.
  func map(
    _ grids: [TableGrid], preferred: ReportFormat, into recorder: inout CellRecorder
  ) -> Result {
    var printed: [PrintedRow] = []
    var inherited: ApplicationColumns?
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
      printed += PrintedRow.rows(of: grid, columns: columns)
    }
    var best: (variant: ReportFormat, keys: [String?], gain: Double)?
    var gains: [ReportFormat: Double] = [:]
    for variant in [preferred, preferred == .v2021 ? .v2019 : .v2021] {
      let canonical = CanonicalSchema.applicationRows(variant).map(CanonicalRow.init)
      var (keys, gain) = assign(printed, to: canonical)
      // Structure before wording: 25 printed rows are the 2021 set, 23 the single-（六） set.
      // OCR can mangle every label of the （六） block, but not the number of rows.
      if printed.count == canonical.count { gain += settings.rowCountGain }
      gains[variant] = gain
      if gain > (best?.gain ?? -1) + 1e-9 { best = (variant, keys, gain) }
    }
    guard let best else { return Result(rowOrder: [], rowVariant: preferred) }
    flagOtherBlockIfUncertain(best.variant, keys: best.keys, gains: gains, into: &recorder)
    let columnKeys = CanonicalSchema.applicationColumns.map(\.key)
    let bestCanonical = CanonicalSchema.applicationRows(best.variant).map(CanonicalRow.init)
    for (row, key) in zip(printed, best.keys) {
      if let key, let target = bestCanonical.first(where: { $0.key == key }),
        score(row, target) <= settings.rowThreshold
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
              message:
                "\(CellKey(.applications, row: key, column: column).path): row label unreadable ('\(row.leaf)'); row placed by its position"
            ))
        }
      }
      guard let key else {
        if !row.leaf.isEmpty {
          recorder.findings.append(
            Finding(
              check: "mapping.row-unmapped", page: row.page,
              message:
                "table 三: the row '\(row.leaf)' matches no canonical row; its values are not used"))
        }
        continue
      }
      for (column, cell) in zip(columnKeys, row.valueCells) {
        guard let cell else { continue }
        recorder.record(CellKey(.applications, row: key, column: column), from: cell)
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

  /// When the （六）其他处理 block could be one row (2019 set) or three (2021 set) — the two row
  /// sets align almost equally well, or a row of the chosen block was not found — the cells of
  /// both readings go to review, so a person sees the block whichever way it is printed.
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
    guard margin < settings.rowVariantMargin || chosenMissing else { return }
    for format in [ReportFormat.v2021, .v2019] {
      for row in block(format) {
        for column in CanonicalSchema.applicationColumns.map(\.key) {
          recorder.findings.append(
            Finding(
              check: CellRecorder.cellCheck, page: nil,
              message:
                "\(CellKey(.applications, row: row, column: column).path): the （六）其他处理 block was not read with certainty (one row or three); check which rows the report prints"
            ))
        }
      }
    }
  }

  /// The canonical key of each printed row (nil when unmatched) and the alignment's gain.
  func assign(_ printed: [PrintedRow], to canonical: [CanonicalRow]) -> ([String?], Double) {
    let alignment = SequenceAligner.align(
      leftCount: printed.count, rightCount: canonical.count, threshold: settings.rowThreshold
    ) { score(printed[$0], canonical[$1]) }
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
        let bestIndex = candidates.max(by: {
          score(printed[index], canonical[$0]) < score(printed[index], canonical[$1])
        })
      else { continue }
      let value = score(printed[index], canonical[bestIndex])
      guard value > strict else { continue }
      keys[index] = canonical[bestIndex].key
      used.insert(bestIndex)
      gain += value - settings.rowThreshold
    }
    return (keys, gain)
  }

  /// Pairs unmatched printed rows that sit between two matched rows by position alone, when
  /// the gap holds exactly as many printed as unmatched canonical rows; returns the gain added.
  ///
  /// An OCR-mangled label (`（二）部分公开…` read as `E一AN人只1`) scores below the threshold,
  /// but between `（一）予以公开` and `1.属于国家秘密` only one canonical row fits. Each row paired
  /// this way adds a small gain, so this never outweighs a better variant's label matches.
  func positionalFill(
    _ printed: [PrintedRow], _ canonical: [CanonicalRow], keys: inout [String?], used: inout Set<Int>
  ) -> Double {
    let anchors = printed.indices.compactMap { index in
      keys[index].flatMap { key in canonical.firstIndex { $0.key == key } }.map { (index, $0) }
    }
    var gain = 0.0
    for (left, right) in zip(anchors, anchors.dropFirst()) {
      let printedGap = (left.0 + 1)..<right.0
      let canonicalGap = (left.1 + 1)..<right.1
      guard !printedGap.isEmpty, printedGap.count == canonicalGap.count,
        canonicalGap.allSatisfy({ !used.contains($0) }),
        printedGap.allSatisfy({ printed[$0].hasValues || !printed[$0].leaf.isEmpty })
      else { continue }
      for (row, target) in zip(printedGap, canonicalGap) {
        keys[row] = canonical[target].key
        used.insert(target)
        gain += settings.positionalGain
      }
    }
    return gain
  }

  /// How well a printed row matches a canonical row: leaf similarity, adjusted by agreement of
  /// the leaf's number (`2.`) and of the group context (`（五）不予处理`).
  func score(_ row: PrintedRow, _ canonical: CanonicalRow) -> Double {
    let leafBody = LabelText.body(of: row.leaf)
    var value = TextSimilarity.ratio(leafBody, canonical.body)
    if canonical.body.count >= 5 {
      // A leaf that swallowed its group label (`（三）不予公开1.属于国家秘密` in one cell).
      value = max(value, 0.9 * TextSimilarity.containment(of: canonical.body, in: leafBody))
    }
    if canonical.body.count >= 5 {
      // A label broken over the label columns (`一、本年` | `新收政府` | `信息公开申请数量`, a stream
      // table) is whole only in the row's full text.
      let full = LabelText.body(of: (row.context + [row.leaf]).joined())
      value = max(value, 0.95 * TextSimilarity.containment(of: canonical.body, in: full))
    }
    if let printed = LabelText.numbering(of: row.leaf), let expected = canonical.numbering {
      value += printed == expected ? 0.1 : -0.15
    }
    let context = row.context.joined()
    if !canonical.subgroupBody.isEmpty && !context.isEmpty {
      var agreement = TextSimilarity.containment(of: canonical.subgroupBody, in: context)
      if let number = canonical.subgroupNumbering {
        let printedNumbers = row.context.compactMap { LabelText.numbering(of: $0) }
          .filter { $0.style == .parenthesized }
        if printedNumbers.contains(number) { agreement = max(agreement, 1) }
        if !printedNumbers.isEmpty && !printedNumbers.contains(number) { agreement -= 0.5 }
      }
      value += 0.1 * agreement - 0.05
    }
    return value
  }

  /// The printed keys with each missing canonical row inserted after its canonical predecessor.
  func rowOrder(printed: [String], variant: ReportFormat) -> [String] {
    var order = printed
    let canonical = CanonicalSchema.applicationRows(variant).map(\.key)
    for (index, key) in canonical.enumerated() where !order.contains(key) {
      let predecessor = canonical[..<index].last { order.contains($0) }
      let position = predecessor.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
      order.insert(key, at: position)
    }
    return order
  }
}
