/// The tunables of layout analysis: how glyphs become words and lines.
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

  /// A glyph overlapping the previous one horizontally by more than this fraction of the
  /// narrower glyph's width starts a new word: it is printed over it, on another line.
  ///
  /// Neighbouring glyphs of one word touch or overlap by a kerning sliver (< 0.1 em, i.e. < 0.2
  /// of a digit's width); the stacked digits of stress 9719:29, whose boxes were too tall to
  /// tell their lines apart, overlapped by their whole width.
  public var stackedOverlapRatio = 0.5

  /// A vertical ruling splits two glyphs only when it is at least this multiple of the taller
  /// glyph's height long.
  ///
  /// A cell border beside text is at least one row high (≥ the glyph box plus padding); a raster
  /// detector also reports the strokes of large title glyphs as short rulings (16 pt strokes of
  /// 22 pt 工 and 年 on `real/hongze-2023.pdf` p. 1), which must not cut the title into words.
  public var splittingRulingHeightRatio = 0.9

  public init() {}
}
