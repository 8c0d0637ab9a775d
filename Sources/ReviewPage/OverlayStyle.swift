import DocumentModel

/// Colors, widths and font sizes of the page-image overlay.
///
/// Sizes are in points on the page; the images are drawn at 110 dpi (1 pt = 1.53 px), where a
/// 5 pt label is the smallest that stays legible in the screenshots of `Scripts/screenshot-inspect`.
public struct OverlayStyle: Sendable {
  public typealias Color = PageOverlay.Color

  /// Detected ruling lines.
  public var ruling = Color(red: 0.1, green: 0.35, blue: 0.95, alpha: 0.85)
  public var rulingWidth = 0.8
  /// The outline of every grid cell.
  public var gridCell = Color(red: 0, green: 0.6, blue: 0.3, alpha: 0.7)
  public var gridCellWidth = 0.4
  /// The thick outline of a merged (spanning) cell.
  public var merged = Color(red: 0.55, green: 0.1, blue: 0.75, alpha: 0.9)
  public var mergedWidth = 1.8
  /// Cells in review.
  public var review = Color(red: 0.88, green: 0.05, blue: 0.05)
  /// Cells repaired from the cross-sums.
  public var repaired = Color(red: 0.95, green: 0.5, blue: 0)
  /// Cells corrected by a person.
  public var manual = Color(red: 0.1, green: 0.35, blue: 0.95)
  /// Value labels of cells that are fine.
  public var ok = Color(red: 0, green: 0.42, blue: 0.15)
  /// Key tags and row labels.
  public var key = Color(red: 0.2, green: 0.2, blue: 0.2)
  /// Behind labels.
  public var labelBackground = Color(red: 1, green: 1, blue: 1, alpha: 0.8)
  /// Translucent fill alpha of review, repaired and manual cells.
  public var fillAlpha = 0.2
  /// The outline width of review, repaired and manual cells.
  public var statusWidth = 1.5
  /// Font sizes, in points: value, key tag, row label, review marker, page banner.
  public var valueSize = 6.5
  public var tagSize = 4.6
  public var rowLabelSize = 5.2
  public var markerSize = 5.2
  public var bannerSize = 9.0
  /// How much the page print is washed out under the overlay (`0...1`).
  public var fade = 0.35

  public init() {}

  /// The color of a cell status (nil: no outline or fill).
  func color(of status: ReviewIndex.Status) -> Color? {
    switch status {
    case .review: review
    case .repaired: repaired
    case .manual: manual
    case .ok, .missing: nil
    }
  }
}
