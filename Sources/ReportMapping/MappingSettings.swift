/// Tunables of the mapping from table grids to canonical keys.
///
/// Scores are LCS ratios (`TextSimilarity.ratio`) in `0...1` of normalized labels.
public struct MappingSettings: Sendable, Equatable {
  /// A printed row pairs with a canonical row only above this score.
  ///
  /// 0.45 keeps OCR-damaged labels (3 wrong characters of 12 score 0.75) and the typo
  /// `其他法律行政止公开` (0.86), and rejects unrelated labels of the same table, which share only
  /// stock words (`属于`, `信息`) and score below 0.4.
  public var rowThreshold = 0.45
  /// The alignment gain of a table-三 row paired by position between matched neighbours.
  ///
  /// Small against a label match (≥ 0.05 above `rowThreshold`, typically 0.3–0.55), so the
  /// 2019/2021 variant choice rests on labels.
  public var positionalGain = 0.01
  /// A header cell names a canonical column only above this score.
  ///
  /// 0.6 separates `其他` (1.0) from its parent header `法人或其他组织` (0.44).
  public var headerThreshold = 0.6
  /// A title line is looked for among this many lines at the top of page 1.
  public var titleLineLimit = 8
  /// A section heading has fewer characters than this, spaces removed.
  public var headingMaximumLength = 40
  /// How the value cells are read.
  public var parser = ValueParser()

  public init() {}
}
