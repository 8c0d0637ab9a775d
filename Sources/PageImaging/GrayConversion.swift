import DocumentModel

/// Gray pixels of a rendered page, by `Luma`, optionally with seal ink whitened.
package enum GrayConversion {
  /// The gray pixels of an image (a copy for gray input).
  static func gray(of image: PageImage) -> [UInt8] {
    if image.channels == 1 { return image.pixels }
    let count = image.width * image.height
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      image.pixels.withUnsafeBufferPointer { source in
        for index in 0..<count {
          buffer[index] = Luma.gray(source[3 * index], source[3 * index + 1], source[3 * index + 2])
        }
      }
      initialized = count
    }
  }

  /// Gray pixels with seal-red pixels turned white, and how many were turned.
  ///
  /// A pixel is seal ink when its red is at least `sealMinimumRed` and exceeds both green and
  /// blue by at least `sealMinimumExcess` (the one seal colour rule, for the cleaner and the
  /// binarizer alike). Gray input is returned as it is.
  package static func grayWithoutSeal(
    _ image: PageImage, rule: ScanCleanerSettings
  ) -> (gray: [UInt8], removed: Int) {
    guard image.channels == 3 else { return (image.pixels, 0) }
    let count = image.width * image.height
    let minimumRed = UInt8(clamping: rule.sealMinimumRed)
    let excess = Int(rule.sealMinimumExcess)
    var removed = 0
    let gray = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      image.pixels.withUnsafeBufferPointer { source in
        for index in 0..<count {
          let red = source[3 * index]
          let green = source[3 * index + 1]
          let blue = source[3 * index + 2]
          if red >= minimumRed, Int(red) - Int(max(green, blue)) >= excess {
            buffer[index] = 255
            removed += 1
          } else {
            buffer[index] = Luma.gray(red, green, blue)
          }
        }
      }
      initialized = count
    }
    return (gray, removed)
  }
}
