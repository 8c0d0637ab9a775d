/// The tunables of layout analysis: how glyphs become words and lines, and how rulings are cleaned.
public struct LayoutSettings: Sendable, Equatable, Codable {
  /// A horizontal gap between two glyphs wider than this fraction of the taller glyph's height
  /// starts a new word.
  ///
  /// 0.25 separated every cell of the planning prototype's vector tables (252/252 cells, see
  /// `spec/c-libraries.md` §2), where poppler joins adjacent cells' text with no space at all
  /// (`语文数学英语71110462194189`); inter-character spacing of CJK body text is ~0.
  public var wordGapRatio = 0.25

  /// Two boxes are on the same line when their vertical overlap exceeds this fraction of the
  /// smaller box's height.
  ///
  /// 0.5 keeps full-width punctuation (whose box sits a little off the baseline) on its line while
  /// the lines of a wrapped cell label (one line height apart, overlap 0) stay apart.
  public var sameLineOverlapRatio = 0.5

  /// A glyph whose left edge lies further left than this fraction of the previous glyph's height
  /// behind that glyph's right edge starts a new word, even on the same line.
  ///
  /// The text layer of table pages jumps back to the left of a cell between fragments of
  /// one row; legitimate glyphs never overlap by more than a sliver (kerning < 0.1 em).
  public var backtrackRatio = 0.3

  /// A vertical ruling splits two glyphs only when it is at least this multiple of the taller
  /// glyph's height long.
  ///
  /// A cell border beside text is at least one row high (≥ the glyph box plus padding); a raster
  /// detector also reports the strokes of large title glyphs as short rulings (16 pt strokes of
  /// 22 pt 工 and 年 on `real/hongze-2023.pdf` p. 1), which must not cut the title into words.
  public var splittingRulingHeightRatio = 0.9

  /// Whether `layout(of:rulings:)` cleans the rulings with `RulingMerger` before using them.
  public var mergesRulings = true

  /// Parallel rulings whose positions differ by at most this, in points, are snapped together.
  ///
  /// The raster ruling detector places a line within ±1 pt of the vector original; 2 pt absorbs
  /// that on both sides while real neighbouring borders of these tables are ≥ 12 pt apart (one
  /// text line of 10.5 pt type plus padding).
  public var rulingSnapTolerance = 2.0

  /// Collinear segments separated by a gap of at most this, in points, join into one ruling.
  ///
  /// Broken borders in rendered scans leave gaps of 1–2 px at 150–300 dpi (< 1 pt); 3 pt also
  /// bridges the gaps a detector leaves where a line crosses glyph ink.
  public var rulingJoinGap = 3.0

  /// Rulings shorter than this, in points, after joining are dropped as glyph strokes or noise.
  ///
  /// The shortest real border of these tables is the height of one row (~15 pt) or the width of a
  /// narrow label column (~20 pt); CJK glyph strokes at 10.5 pt are ≤ 10 pt long.
  public var minimumRulingLength = 8.0

  public init() {}
}
