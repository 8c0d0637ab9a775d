import DocumentModel

/// One page of a report as the review page shows it: its size, its rulings and table cells, how
/// it was read, and the image file drawn for it.
public struct InspectedPage: Hashable, Sendable {
  /// The page number, counted from 1.
  public var number: Int
  /// The page size in points.
  public var width: Double
  public var height: Double
  /// How the page was read (text layer or OCR).
  public var origin: TextOrigin
  /// The ruling lines found, in points.
  public var rulings: [Ruling]
  /// The table-grid cells printed on this page (any table), spans included.
  public var cells: [TableCell]
  /// The resolution the page image is drawn at, in dpi.
  public var dpi: Double

  public init(
    number: Int, width: Double, height: Double, origin: TextOrigin, rulings: [Ruling],
    cells: [TableCell], dpi: Double
  ) {
    self.number = number
    self.width = width
    self.height = height
    self.origin = origin
    self.rulings = rulings
    self.cells = cells
    self.dpi = dpi
  }

  /// The image's file name, relative to the review page (`page-3.png`).
  public var imageFile: String { "page-\(number).png" }

  /// The image size in pixels: the page size × dpi / 72, rounded (as the renderer computes it).
  public var pixelSize: (width: Int, height: Int) {
    (max(1, Int((width * dpi / 72).rounded())), max(1, Int((height * dpi / 72).rounded())))
  }
}
