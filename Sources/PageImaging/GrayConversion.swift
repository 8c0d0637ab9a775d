import DocumentModel

/// RGB → gray with the luma weights 0.299/0.587/0.114 in 16-bit fixed point.
///
/// The weights sum to 65536, so white stays 255; the same weights as `PageImage.gray(x:y:)`.
enum GrayConversion {
  /// Fixed-point luma weights for red, green and blue (sum 65536).
  static let weights: (red: UInt32, green: UInt32, blue: UInt32) = (19595, 38470, 7471)

  /// The gray value of one RGB pixel.
  @inline(__always)
  static func luma(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> UInt8 {
    let sum =
      UInt32(red) * weights.red + UInt32(green) * weights.green + UInt32(blue) * weights.blue
    return UInt8(truncatingIfNeeded: sum >> 16)
  }

  /// The gray pixels of an image (a copy for gray input).
  static func gray(of image: PageImage) -> [UInt8] {
    if image.channels == 1 { return image.pixels }
    let count = image.width * image.height
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      image.pixels.withUnsafeBufferPointer { source in
        for index in 0..<count {
          buffer[index] = luma(source[3 * index], source[3 * index + 1], source[3 * index + 2])
        }
      }
      initialized = count
    }
  }
}
