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
    // Source column → output column, computed once for all rows.
    let columnOf = (0..<image.width).map { min(width - 1, Int((Double($0) + 0.5) * scale)) }
    var sums = [Int](repeating: 0, count: width * height)
    var counts = [Int](repeating: 0, count: width * height)
    image.pixels.withUnsafeBufferPointer { pixels in
      for y in 0..<image.height {
        let row = min(height - 1, Int((Double(y) + 0.5) * scale)) * width
        let source = y * image.width
        for x in 0..<image.width {
          sums[row + columnOf[x]] += Int(pixels[source + x])
          counts[row + columnOf[x]] += 1
        }
      }
    }
    let pixels = (0..<(width * height)).map { index in
      counts[index] == 0 ? UInt8(255) : UInt8(sums[index] / counts[index])
    }
    return PageImage(width: width, height: height, channels: 1, dpi: dpi, pixels: pixels)
  }
}
