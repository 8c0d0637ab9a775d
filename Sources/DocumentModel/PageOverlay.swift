/// Shapes and labels to draw over a rendered page, in PDF points (origin top-left, y down).
///
/// A plain description that crosses from the pure review-page code to the rendering binding
/// (`PDFDocument.annotatedPNG(page:dpi:overlay:)`), which draws it in the order: rectangles,
/// lines, labels, so text stays readable on top.
public struct PageOverlay: Hashable, Sendable {
  /// An sRGB color with alpha, each component in `0...1`.
  public struct Color: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
      self.red = red
      self.green = green
      self.blue = blue
      self.alpha = alpha
    }
  }

  /// A straight segment.
  public struct Line: Hashable, Sendable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double
    public var color: Color
    /// The stroke width in points.
    public var width: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double, color: Color, width: Double) {
      self.x0 = x0
      self.y0 = y0
      self.x1 = x1
      self.y1 = y1
      self.color = color
      self.width = width
    }
  }

  /// A rectangle, stroked and optionally filled.
  public struct Rectangle: Hashable, Sendable {
    public var box: Box
    /// The outline color; nil for no outline.
    public var stroke: Color?
    /// The outline width in points.
    public var width: Double
    /// The fill color (usually translucent); nil for none.
    public var fill: Color?

    public init(box: Box, stroke: Color?, width: Double, fill: Color? = nil) {
      self.box = box
      self.stroke = stroke
      self.width = width
      self.fill = fill
    }
  }

  /// A one-line text label.
  public struct Label: Hashable, Sendable {
    /// The text; CJK renders with the overlay font.
    public var text: String
    /// The left end of the baseline, in points.
    public var x: Double
    public var y: Double
    /// The font size in points.
    public var size: Double
    public var color: Color
    /// A box painted behind the text (its extent plus a small margin), for legibility; nil for none.
    public var background: Color?
    /// Whether `x` is the right end of the text instead of its left end.
    public var alignRight: Bool

    public init(
      text: String, x: Double, y: Double, size: Double, color: Color, background: Color? = nil,
      alignRight: Bool = false
    ) {
      self.text = text
      self.x = x
      self.y = y
      self.size = size
      self.color = color
      self.background = background
      self.alignRight = alignRight
    }
  }

  public var rectangles: [Rectangle]
  public var lines: [Line]
  public var labels: [Label]
  /// The font family for labels (a fontconfig name).
  ///
  /// "Noto Sans CJK SC" is installed with the CJK fonts and covers both Latin and Chinese.
  public var fontFamily: String
  /// How much the page is washed out under the overlay, in `0...1` (white painted at this alpha),
  /// so colored marks stand out from black print.
  public var fade: Double

  public init(
    rectangles: [Rectangle] = [], lines: [Line] = [], labels: [Label] = [],
    fontFamily: String = "Noto Sans CJK SC", fade: Double = 0
  ) {
    self.rectangles = rectangles
    self.lines = lines
    self.labels = labels
    self.fontFamily = fontFamily
    self.fade = fade
  }
}
