/// A rectangle of whole pixels in a `PageImage`, origin top-left, y down.
public struct PixelRect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width <= 0 || height <= 0 }

  /// The pixels covered by `box` (points) in `image`, rounded outward and clipped to the image.
  public init(covering box: Box, in image: PageImage) {
    let scale = image.dpi / 72
    let minX = max(0, Int((box.minX * scale).rounded(.down)))
    let minY = max(0, Int((box.minY * scale).rounded(.down)))
    let maxX = min(image.width, Int((box.maxX * scale).rounded(.up)))
    let maxY = min(image.height, Int((box.maxY * scale).rounded(.up)))
    self.init(x: minX, y: minY, width: max(0, maxX - minX), height: max(0, maxY - minY))
  }

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  /// The whole image.
  public init(of image: PageImage) {
    self.init(x: 0, y: 0, width: image.width, height: image.height)
  }

  /// Maps a box Tesseract reported for an image cut out at `self` back to points on the page.
  ///
  /// - Parameters:
  ///   - left: The box's left edge, in pixels of the recognized image.
  ///   - top: The box's top edge, in pixels of the recognized image.
  ///   - right: The box's right edge, in pixels of the recognized image.
  ///   - bottom: The box's bottom edge, in pixels of the recognized image.
  ///   - border: The white frame added around the crop before any scaling, in pixels.
  ///   - scale: Pixels of the recognized image per pixel of the page (0.5 after a half-size retry).
  ///   - dpi: The page image's resolution.
  /// - Returns: The box in points, origin at the page's top-left corner.
  public func pageBox(
    left: Int32, top: Int32, right: Int32, bottom: Int32, border: Int = 0, scale: Double = 1,
    dpi: Double
  ) -> Box {
    let ppp = 72 / dpi
    func page(_ v: Int32, _ origin: Int) -> Double {
      (Double(origin) + (Double(v) / scale - Double(border))) * ppp
    }
    return Box(
      minX: page(left, x), minY: page(top, y), maxX: page(right, x), maxY: page(bottom, y))
  }
}
