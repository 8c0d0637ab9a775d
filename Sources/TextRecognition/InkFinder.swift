import CLeptonica
import DocumentModel

/// Finds the printed content inside a table cell: the bounds of its ink, without the ruling
/// lines that frame it and without specks.
struct InkFinder {
  var settings: DigitReaderSettings

  /// The bounds of the ink in `region` of `image`, in page pixels; nil when the region is blank.
  ///
  /// Binarizes the region, takes its 8-connected components (Leptonica), drops specks and
  /// ruling-line fragments (thin components touching the edge and spanning most of the
  /// region, or corner pieces spanning it both ways), and returns the union of the rest.
  ///
  /// - Complexity: O(region area).
  func inkBounds(in image: PageImage, region: PixelRect) -> PixelRect? {
    guard !region.isEmpty, let gray = try? LeptonicaPix(gray: image, region: region),
      let binary = pixThresholdToBinary(gray.pointer, Int32(settings.inkThreshold))
    else { return nil }
    defer {
      var owned: UnsafeMutablePointer<PIX>? = binary
      pixDestroy(&owned)
    }
    guard let components = pixConnCompBB(binary, 8) else { return nil }
    defer {
      var owned: UnsafeMutablePointer<BOXA>? = components
      boxaDestroy(&owned)
    }
    let pixelsPerPoint = image.dpi / 72
    let speck = settings.speckSize * pixelsPerPoint
    let thickness = settings.rulingThickness * pixelsPerPoint
    var ink: PixelRect?
    for index in 0..<boxaGetCount(components) {
      var x: Int32 = 0
      var y: Int32 = 0
      var width: Int32 = 0
      var height: Int32 = 0
      guard boxaGetBoxGeometry(components, index, &x, &y, &width, &height) == 0 else { continue }
      let box = PixelRect(x: Int(x), y: Int(y), width: Int(width), height: Int(height))
      guard !isSpeck(box, size: speck), !isRuling(box, in: region, thickness: thickness)
      else { continue }
      let pageBox = PixelRect(
        x: region.x + box.x, y: region.y + box.y, width: box.width, height: box.height)
      ink = ink.map { $0.union(pageBox) } ?? pageBox
    }
    return ink
  }

  private func isSpeck(_ box: PixelRect, size: Double) -> Bool {
    Double(box.width) < size && Double(box.height) < size
  }

  /// Whether a component (relative to `region`) is a fragment of a cell's frame.
  private func isRuling(_ box: PixelRect, in region: PixelRect, thickness: Double) -> Bool {
    let touchesEdge =
      box.x == 0 || box.y == 0 || box.maxX == region.width || box.maxY == region.height
    guard touchesEdge else { return false }
    let wide = Double(box.width) >= settings.rulingSpan * Double(region.width)
    let tall = Double(box.height) >= settings.rulingSpan * Double(region.height)
    return (wide && tall) || (wide && Double(box.height) <= thickness)
      || (tall && Double(box.width) <= thickness)
  }
}

extension PixelRect {
  /// The smallest rectangle containing both.
  func union(_ other: PixelRect) -> PixelRect {
    let minX = Swift.min(x, other.x)
    let minY = Swift.min(y, other.y)
    return PixelRect(
      x: minX, y: minY, width: Swift.max(maxX, other.maxX) - minX,
      height: Swift.max(maxY, other.maxY) - minY)
  }
}
