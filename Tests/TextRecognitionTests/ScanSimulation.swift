import DocumentModel

/// Makes a clean render look scanned: blurred, with a gray paper tone and deterministic noise.
enum ScanSimulation {
  /// A 3×3 box blur, paper at about 235, ink lifted to about 30, then ±`noise` of uniform
  /// noise from a fixed-seed generator (so runs are reproducible).
  static func degrade(_ image: PageImage, noise: Int = 30) -> PageImage {
    precondition(image.channels == 1, "gray images only")
    let width = image.width
    let height = image.height
    var output = [UInt8](repeating: 255, count: width * height)
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    image.pixels.withUnsafeBufferPointer { pixels in
      for y in 0..<height {
        for x in 0..<width {
          var sum = 0
          var count = 0
          for dy in -1...1 {
            for dx in -1...1 {
              let sx = x + dx
              let sy = y + dy
              guard sx >= 0, sx < width, sy >= 0, sy < height else { continue }
              sum += Int(pixels[sy * width + sx])
              count += 1
            }
          }
          let toned = 30 + (sum / count) * 205 / 255
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          let jitter = Int(state >> 33) % (2 * noise + 1) - noise
          output[y * width + x] = UInt8(clamping: toned + jitter)
        }
      }
    }
    return PageImage(width: width, height: height, channels: 1, dpi: image.dpi, pixels: output)
  }
}
