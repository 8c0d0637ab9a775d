import DocumentModel

/// Shrinks a gray page image by averaging the source pixels each output pixel covers.
public enum ImageScaler {
  /// The image at `dpi`, or the image itself when it is already at or below that resolution.
  ///
  /// Each output pixel is the mean of the source pixels whose centres fall inside it, so thin
  /// black strokes become gray rather than vanishing. RGB images are returned unchanged.
  public static func downscaled(_ image: PageImage, toDPI dpi: Double) -> PageImage {
    guard image.channels == 1, dpi > 0, dpi < image.dpi else { return image }
    let scale = dpi / image.dpi
    let width = max(1, Int((Double(image.width) * scale).rounded()))
    let height = max(1, Int((Double(image.height) * scale).rounded()))
    // Source column → output column, computed once for all rows, and how many source columns
    // each output column takes.
    let columnOf = (0..<image.width).map { min(width - 1, Int((Double($0) + 0.5) * scale)) }
    var columnCounts = [Int](repeating: 0, count: width)
    for column in columnOf { columnCounts[column] += 1 }
    // The source rows of an output row are consecutive, so one output row is summed at a time:
    // sums for the whole output (8 bytes a pixel, twice with the counts) were 62 MB for a
    // 200 dpi page, the scan path's largest allocation (docs/performance.md).
    var pixels = [UInt8](repeating: 255, count: width * height)
    var sums = [Int](repeating: 0, count: width)
    var rowsSummed = 0
    var outputRow = 0
    func emit() {
      for column in 0..<width where rowsSummed * columnCounts[column] > 0 {
        pixels[outputRow * width + column] = UInt8(
          sums[column] / (rowsSummed * columnCounts[column]))
        sums[column] = 0
      }
      rowsSummed = 0
    }
    image.pixels.withUnsafeBufferPointer { source in
      for y in 0..<image.height {
        let row = min(height - 1, Int((Double(y) + 0.5) * scale))
        if row != outputRow {
          emit()
          outputRow = row
        }
        let offset = y * image.width
        for x in 0..<image.width { sums[columnOf[x]] += Int(source[offset + x]) }
        rowsSummed += 1
      }
    }
    emit()
    return PageImage(width: width, height: height, channels: 1, dpi: dpi, pixels: pixels)
  }
}
