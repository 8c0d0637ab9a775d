/// The tunables of `RulingCleaner`, in points: what makes a line segment a table ruling, the same
/// for every source (a page's drawing, a render, a scan), so each gives the same table grid.
///
/// The first two are applied by the sources themselves, while they turn paint or ink into
/// segments (a `Ruling` carries no colour or thickness); the cleaner applies the rest.
public struct RulingCleanupSettings: Sendable, Equatable, Codable {
  /// Paint or pixels lighter than this luminance (0 black … 1 white) are not ink: cell shading and
  /// white cover-ups are not borders.
  ///
  /// 200/255 keeps 0.5 pt vector lines rendered at 100 dpi, which come out 1 px wide and
  /// antialiased to gray; binarized scans (0/255) are unaffected by the exact value.
  public var inkLuminance = 200.0 / 255.0

  /// The thickest stroke still taken for a line, in points; thicker ink (filled blocks) is not.
  ///
  /// 4 pt is above the 1.5–2.25 pt table frames of office documents and the 2–5 px lines of
  /// 300 dpi scans.
  public var maximumThickness = 4.0

  /// The shortest ruling that stands on its own, in points, after collinear pieces are joined.
  ///
  /// 25 pt (104 px at 300 dpi) gave exactly the drawn 31 horizontal and 10 vertical segments on
  /// the planning samples (spec/c-libraries.md §4); CJK strokes at 18 pt are shorter.
  public var minimumLength = 25.0

  /// Segments between this length and `minimumLength`, in points, are kept only when both ends
  /// meet a ruling of the other axis at least `minimumLength` long.
  ///
  /// A one-row band cut off by a page break has vertical borders as short as the row (18 pt in
  /// `Samples/r02-reportlab-2020-2019format-county.pdf`, p. 1, the （八） header row); glyph
  /// strokes that long never touch two table borders. Nothing shorter is a ruling: CJK glyph
  /// strokes at 10.5 pt are ≤ 10 pt long, the shortest real border (one row) ~15 pt.
  public var connectedMinimumLength = 8.0

  /// How far, in points, a short segment's end may be from the ruling it meets.
  ///
  /// A border's ink runs into the ruling it meets, so its end lies within that ruling's
  /// half-thickness and a residual skew (≤ 0.5 pt); the strokes of a glyph stop short of the
  /// row's borders by the cell padding. At 2.5 pt, the vertical strokes of 6–7 pt table text in
  /// 10 pt rows of 150 dpi scans met both row borders and became column rulings (stress 9704:17
  /// and 9705:8: 50 and 44 of 200 cells right; 100 and 115 at 1 pt). Samples and text stress
  /// 9603 read the same at 1 pt.
  public var connectionTolerance = 1.0

  /// How close, in points, a short segment may run to a long parallel ruling before it counts
  /// as part of that ruling (the second edge of a thick or doubled border), not a border of its
  /// own.
  public var parallelTolerance = 2.5

  /// Parallel pieces whose positions chain within this distance, in points, may join into one
  /// ruling (see `joinGap`).
  ///
  /// A render places a line within ±1 pt of the vector original, and a 0.5°-skewed scanned piece
  /// drifts 0.2 pt per 25 pt; 2 pt absorbs that (and double borders ≤ 1.5 pt apart) while real
  /// neighbouring borders of these tables are ≥ 12 pt apart (one 10.5 pt text line plus padding).
  public var snapTolerance = 2.0

  /// Collinear pieces separated along the line by at most this, in points, join into one ruling.
  ///
  /// Word and WPS draw each cell's border separately, so a border arrives as many abutting
  /// pieces; scanning breaks lines by 1–2 px (< 1 pt at 150–300 dpi), and a detector breaks them
  /// where glyph ink crosses. 3 pt joins all of those while keeping real gaps (a line that stops
  /// at a merged cell leaves a gap of a whole row, ≥ 12 pt).
  public var joinGap = 3.0

  /// A ruling closer than this to a longer parallel ruling that covers all of it, in points, and
  /// neither of whose ends meets a perpendicular ruling, is a stroke beside a border, not a
  /// border of its own.
  ///
  /// Neighbouring borders of these tables are ≥ 12 pt apart (one 10.5 pt text line plus
  /// padding), so a row thinner than 6 pt holds no text. The flat bottom of a seal's ring lay
  /// 3.6 pt under a row's top border in scan stress 9704:4 and cut the row's first two value
  /// cells into 3.2 pt slivers that read blank; it ended inside both cells. The second line of
  /// a thick rule, 3 pt under the first in `Samples/s17-…`, ends at the table's borders and stays:
  /// dropped, its ink fell inside the row below and garbled the row's OCR.
  public var minimumBorderSpacing = 6.0

  public init() {}
}
