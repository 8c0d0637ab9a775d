/// Tunables of `RulingDetector`; lengths are in points so they mean the same at every dpi.
public struct RulingSettings: Sendable, Equatable, Codable {
  /// Pixels darker than this gray value (0–255) count as ink.
  ///
  /// 200 keeps 0.5 pt vector lines rendered at 100 dpi, which come out 1 px wide and
  /// antialiased to gray; binarized scans (0/255) are unaffected by the exact value.
  public var darknessThreshold = 200

  /// The shortest ruling, in points: the length of the morphological brick.
  ///
  /// 25 pt (104 px at 300 dpi) gave exactly the drawn 31 horizontal and 10 vertical segments on
  /// the planning samples (spec/c-libraries.md §4); CJK strokes at 18 pt are shorter.
  public var minimumLength = 25.0

  /// Segments between this length and `minimumLength`, in points, are kept only when both ends
  /// meet a long ruling of the other axis.
  ///
  /// A one-row band cut off by a page break has vertical borders as short as the row (18 pt in
  /// `Samples/r02-reportlab-2020-2019format-county.pdf`, p. 1, the （八） header row); glyph
  /// strokes that long never touch two table borders.
  public var connectedMinimumLength = 8.0

  /// How far, in points, a short segment's end may be from the ruling it meets.
  public var connectionTolerance = 2.5

  /// Breaks in a line up to this long, in points, are closed before the brick opening.
  ///
  /// 1 pt bridges the 2–4 px breaks of 300 dpi scans; at 100 dpi it rounds to 1 px, so vector
  /// renders are left untouched (no text strokes are joined).
  public var bridgedGap = 1.0

  /// The thickest stroke still taken for a line, in points; thicker ink (filled blocks) is not.
  ///
  /// 4 pt is above the 1.5–2.25 pt table frames of office documents and the 2–5 px lines of
  /// 300 dpi scans.
  public var maximumThickness = 4.0

  /// The largest residual skew of a line, in degrees, allowed for in its box's thickness.
  ///
  /// Scans are deskewed first; what remains is ≤ 0.5° in practice.
  public var maximumSkew = 1.0

  /// Collinear pieces whose centre lines differ by at most this, in points, may merge.
  ///
  /// 1.5 pt: a 0.5°-skewed piece drifts 0.2 pt per 25 pt; double borders are ≤ 1.5 pt apart.
  public var mergeDistance = 1.5

  /// Collinear pieces separated by at most this, along the line, in points, merge into one.
  ///
  /// 3 pt joins lines broken by scanning while keeping real gaps (a line that stops at a merged
  /// cell leaves a gap of a whole row, ≥ 12 pt).
  public var mergeGap = 3.0

  public init() {}
}
