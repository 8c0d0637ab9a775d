import DocumentModel

/// Tunables of `RulingDetector` that only a render has; lengths are in points so they mean the
/// same at every dpi.
///
/// What makes ink a ruling (ink threshold, thickest line, the two brick lengths, joining) is
/// `RulingCleanupSettings`, shared with the page-drawing reader so both give the same grid.
public struct RulingSettings: Sendable, Equatable, Codable {
  /// Breaks in a line up to this long, in points, are closed before the brick opening.
  ///
  /// 1 pt bridges the 2–4 px breaks of 300 dpi scans; at 100 dpi it rounds to 1 px, so vector
  /// renders are left untouched (no text strokes are joined).
  public var bridgedGap = 1.0

  /// How far, in points, a line may wander sideways from straight and still be opened as one.
  ///
  /// The opening brick is one pixel thick, so a 1 px line tilted by a residual skew too small to
  /// correct (0.22°: one pixel sideways every 260 px) never has a 104 px straight run: on stress
  /// 9702:33 (Chromium's 0.5 px #999 borders, 300 dpi) every inner vertical border of table 三
  /// was lost and its seven value columns became one. The ink is widened across the line by this
  /// much on each side before the opening (at 300 dpi, 1 px; at 72–100 dpi, none).
  public var sidewaysTolerance = 0.25

  /// The largest residual skew of a line, in degrees, allowed for in its box's thickness.
  ///
  /// Scans are deskewed first; what remains is ≤ 0.5° in practice.
  public var maximumSkew = 1.0

  /// The thickest ink component, in points, that may be one dash of a dashed border.
  ///
  /// Dashed borders print as thin as solid ones (0.5–1 pt); a `1` with its flag, the thinnest
  /// glyph that stacks in a column, is about 2 pt wide at 10.5 pt.
  public var dashMaximumThickness = 1.5

  /// The shortest ink component, in points, that may be one dash of a dashed border: longer
  /// than a dot or speck.
  public var dashMinimumLength = 2.0

  /// The least ratio of a dash's length to its thickness.
  ///
  /// Dashes are long and thin: 8.4 × 0.6 pt (14, stress 9709:24), 3.6 × 0.7 pt as a deskewed
  /// staircase (5, 9741:28). Strokes that a glyph's rendering breaks off stay stubby: the pieces
  /// of 科 stacked over the 9 of `92` on `Samples/altered/a01` (1.7–1.9 × 1.2 pt, 1.4–1.6)
  /// chained into a dashed border through a column that was then erased for OCR.
  public var dashMinimumAspect = 3.0

  /// Dashed borders are looked for only in images of at least this resolution, in dpi.
  ///
  /// Scans are cleaned at 300 dpi, where a dash is tens of pixels long. A text page rendered for
  /// its rulings at 72 dpi breaks its glyphs into 1 px strokes that chain along a line of text:
  /// `Samples/t07` read differently from its drawn rulings (`GoldenSampleTests`).
  public var dashMinimumDPI = 150.0

  /// How dashes chain into a border (`DashChain`).
  ///
  /// Gaps up to 12 pt: the dashed borders of stress 9709:24 left gaps of 7.4–10.8 pt between
  /// their dashes. At least 6 dashes, half of them whole components: the aligned horizontal
  /// strokes of a title's characters (`测试表格`, `RulingDetectorTests`) chained into a ruling
  /// when strokes cut out of glyphs counted, and the strokes of a text line that lie in line
  /// (`一`, a dash sign, the strokes across 信息需 on `Samples/altered/a01`) are fewer, while a
  /// border runs through its table with 20–30 dashes (`Samples/s22`). Half the whole dashes
  /// within 1.5× of the median length: a border's pattern repeats (3.4–3.8 pt on 9741:28; on
  /// `s22` 7–8.4 pt, a quarter of them broken shorter where borders cross), text strokes do not
  /// (5.0 and 2.2 pt on `a01`). The line is as long as a ruling must be
  /// (`RulingCleanupSettings`).
  public var dashes = DashChain.Settings(
    maximumGap: 12, positionTolerance: 1, minimumCount: 6, minimumLength: 25,
    minimumWholeShare: 0.5, minimumRegularShare: 0.5, lengthSpread: 1.5)

  /// How a short piece of a scan is told from a glyph's stroke by the ink growing out of it
  /// (`GlyphStrokeFilter`).
  ///
  /// Ends and crossings (1.5 pt) are the blots where borders meet. The piece's ink is looked
  /// for 1 pt either side of its line (a residual skew of a pixel or two). On stress 9811:77
  /// (240 dpi, 7.5 pt bold text in 10 pt rows) the stem of 其 ran wider than itself by more
  /// than 1 pt at its three bars, over 0.3–0.5 of its length; a border's ink runs wider only
  /// where text or a speck touches it. A quarter parts the two.
  public var strokes = GlyphStrokeFilter.Settings(
    endMargin: 1.5, crossingMargin: 1.5, search: 1, reach: 1, attachedShare: 0.25)

  /// How a border broken into specks is completed between the rulings crossing it
  /// (`RulingCompleter`; scans only).
  ///
  /// On stress 9766:19 (150 dpi bilevel at threshold 153, pages cleaned at 300 dpi) the gaps of
  /// real borders held ink along 0.35–0.83 of their band (±0.75 pt) with 0–0.07 in the bands
  /// 3 pt beside them; gaps across text held 0.25–0.45 on the line and 0.2–0.45 beside it.
  /// Coverage 0.25 and contrast 4 part the two; gaps under 10 pt are narrower than any cell.
  /// Spread: a border's specks lie every 1–3 pt, so ink shows in each 4 pt step of its gap; the
  /// border of one cell in a gap two cells wide (the crossing between them broken: 9766:19 p. 3,
  /// 0.55 of one cell inked, none of the other) inks half the steps, a glyph's stroke fewer.
  /// Lost share: a row border lost whole on 9766:19 showed in most of the gaps across its
  /// table; the stem of `十` in 第二十条 band rows (9764:100) in 5 of table 二's 14 rows.
  public var completion = RulingCompleter.Settings(
    band: 0.75, margin: 2, controlOffset: 3, minimumCoverage: 0.25, minimumContrast: 4,
    minimumGap: 10, spreadStep: 4, minimumSpread: 0.75, minimumLostShare: 0.5)

  public init() {}
}
