import DocumentModel
import ReportSchema

/// Scoring printed table-三 rows against canonical rows.
///
/// Every printed row is scored against every canonical row of both row sets (about 25 × 25 × 2
/// pairs), and the greedy pass and the position check read the same scores again, so each
/// printed row's label pieces are normalized once (`ScoredRow`) and the scores are computed once
/// per row set (`scores(_:_:)`).
extension ApplicationTableMapper {
  /// A printed row's label pieces, prepared once for scoring.
  struct ScoredRow {
    /// The leaf without its number, as scalars.
    var leafBody: [UInt32]
    /// The context and leaf joined, without a leading number, as scalars.
    var fullBody: [UInt32]
    /// The leaf's number.
    var leafNumbering: LabelText.Numbering?
    /// The context labels joined, as scalars.
    var context: [UInt32]
    /// The parenthesized numbers (`（五）`) the context labels start with.
    var contextNumbers: [LabelText.Numbering]
    /// Whether `fullBody` equals `leafBody` (no context).
    var fullIsLeaf: Bool

    init(_ row: PrintedRow) {
      leafBody = TextSimilarity.scalars(of: LabelText.body(of: row.leaf))
      fullBody = TextSimilarity.scalars(of: LabelText.body(of: (row.context + [row.leaf]).joined()))
      leafNumbering = LabelText.numbering(of: row.leaf)
      context = TextSimilarity.scalars(of: row.context.joined())
      contextNumbers = row.context.compactMap { LabelText.numbering(of: $0) }
        .filter { $0.style == .parenthesized }
      fullIsLeaf = fullBody == leafBody
    }
  }

  /// The score of every printed row against every canonical row: `[printed][canonical]`.
  func scores(_ printed: [ScoredRow], _ canonical: [CanonicalRow]) -> [[Double]] {
    var known: [CanonicalRow.Label: [Double]] = [:]
    return scores(printed, canonical, known: &known)
  }

  /// `scores(_:_:)`, taking a canonical label's column from `known` when it was scored before
  /// (for the same printed rows) and adding the new ones.
  func scores(
    _ printed: [ScoredRow], _ canonical: [CanonicalRow],
    known: inout [CanonicalRow.Label: [Double]]
  ) -> [[Double]] {
    let columns = canonical.map { target in
      let label = target.label
      if let column = known[label] { return column }
      let column = printed.map { score($0, target) }
      known[label] = column
      return column
    }
    return printed.indices.map { row in columns.map { $0[row] } }
  }

  /// How well a printed row matches a canonical row: leaf similarity, adjusted by agreement of
  /// the leaf's number (`2.`) and of the group context (`（五）不予处理`).
  func score(_ row: PrintedRow, _ canonical: CanonicalRow) -> Double {
    score(ScoredRow(row), canonical)
  }

  /// `score(_:_:)` of a prepared row.
  ///
  /// The leaf's LCS with the canonical body serves both the ratio and the containment (and the
  /// full text's when it is the leaf).
  func score(_ row: ScoredRow, _ canonical: CanonicalRow) -> Double {
    let body = canonical.bodyScalars
    let leafCommon = Self.commonLength(canonical.bodyPattern, body, row.leafBody)
    var value = TextSimilarity.ratio(common: leafCommon, row.leafBody.count, body.count)
    if canonical.bodyCount >= 5 {
      // A leaf that swallowed its group label (`（三）不予公开1.属于国家秘密` in one cell).
      value = max(
        value,
        0.9
          * TextSimilarity.containment(
            common: leafCommon, needle: body.count, haystack: row.leafBody.count))
    }
    if canonical.bodyCount >= 5 {
      // A label broken over the label columns (`一、本年` | `新收政府` | `信息公开申请数量`, a stream
      // table) is whole only in the row's full text.
      let fullCommon =
        row.fullIsLeaf
        ? leafCommon
        : Self.commonLength(canonical.bodyPattern, body, row.fullBody)
      value = max(
        value,
        0.95
          * TextSimilarity.containment(
            common: fullCommon, needle: body.count, haystack: row.fullBody.count))
    }
    if let printed = row.leafNumbering, let expected = canonical.numbering {
      value += printed == expected ? 0.1 : -0.15
    }
    let subgroup = canonical.subgroupScalars
    if !subgroup.isEmpty && !row.context.isEmpty {
      let common = Self.commonLength(canonical.subgroupPattern, subgroup, row.context)
      var agreement = TextSimilarity.containment(
        common: common, needle: subgroup.count, haystack: row.context.count)
      if let number = canonical.subgroupNumbering {
        let printedNumbers = row.contextNumbers
        if printedNumbers.contains(number) { agreement = max(agreement, 1) }
        if !printedNumbers.isEmpty && !printedNumbers.contains(number) { agreement -= 0.5 }
      }
      value += 0.1 * agreement - 0.05
    }
    return value
  }

  /// The LCS length of a canonical text (`scalars`, prepared as `pattern`) and a printed one.
  private static func commonLength(
    _ pattern: SubsequencePattern?, _ scalars: [UInt32], _ printed: [UInt32]
  ) -> Int {
    pattern?.commonLength(with: printed)
      ?? TextSimilarity.commonSubsequenceLength(scalars, printed)
  }
}
