extension PageImage {
  /// The image turned counter-clockwise by `degrees` (a multiple of 90), pixels moved exactly.
  ///
  /// A page scanned sideways or upside down is turned back by the clockwise angle its text was
  /// found turned by (`PageOrientation.degrees`).
  public func turnedCounterClockwise(by degrees: Int) -> PageImage {
    let quarter = ((degrees / 90) % 4 + 4) % 4
    guard quarter != 0 else { return self }
    let (outWidth, outHeight) = quarter == 2 ? (width, height) : (height, width)
    let size = channels
    var output = [UInt8](repeating: 0, count: pixels.count)
    pixels.withUnsafeBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        for y in 0..<height {
          for x in 0..<width {
            // Where (x, y) lands after the turn.
            let (u, v): (Int, Int)
            switch quarter {
            case 1: (u, v) = (y, width - 1 - x)
            case 2: (u, v) = (width - 1 - x, height - 1 - y)
            default: (u, v) = (height - 1 - y, x)
            }
            let from = (y * width + x) * size
            let to = (v * outWidth + u) * size
            for channel in 0..<size { target[to + channel] = source[from + channel] }
          }
        }
      }
    }
    return PageImage(
      width: outWidth, height: outHeight, channels: channels, dpi: dpi, pixels: output)
  }
}
