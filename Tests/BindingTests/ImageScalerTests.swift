import DocumentModel
import PageImaging
import Testing

@Suite struct ImageScalerTests {
  @Test func shrinkingAveragesTheCoveredPixels() {
    // 6 × 3 at 300 dpi: a black left half, a white right half.
    let pixels: [UInt8] = (0..<18).map { $0 % 6 < 3 ? 0 : 255 }
    let image = PageImage(width: 6, height: 3, channels: 1, dpi: 300, pixels: pixels)
    let small = ImageScaler.downscaled(image, toDPI: 200)
    #expect(small.width == 4 && small.height == 2 && small.dpi == 200)
    // Source columns 0 → 0, 1–2 → 1, 3 → 2, 4–5 → 3 (by pixel centre).
    #expect(small.pixels[0] == 0 && small.pixels[3] == 255)
    #expect(small.pixels[1] == 0 && small.pixels[2] == 255)
    #expect(ImageScaler.downscaled(image, toDPI: 300) == image)
    #expect(ImageScaler.downscaled(image, toDPI: 400) == image)
  }

  @Test func thinStrokesSurviveAsGray() {
    // A one-pixel black column in 9 white ones, shrunk by 3: it becomes a gray column.
    let pixels: [UInt8] = (0..<30).map { $0 % 10 == 4 ? 0 : 255 }
    let image = PageImage(width: 10, height: 3, channels: 1, dpi: 300, pixels: pixels)
    let small = ImageScaler.downscaled(image, toDPI: 100)
    #expect(small.width == 3 && small.height == 1)
    #expect(small.pixels.min()! < 200)
  }
}

extension ImageScalerTests {
  /// The definition `downscaled` computes row by row: every output pixel is the mean of the
  /// source pixels whose centres it covers (255 where it covers none).
  static func meanOfCoveredPixels(_ image: PageImage, toDPI dpi: Double) -> [UInt8] {
    let scale = dpi / image.dpi
    let width = max(1, Int((Double(image.width) * scale).rounded()))
    let height = max(1, Int((Double(image.height) * scale).rounded()))
    var sums = [Int](repeating: 0, count: width * height)
    var counts = [Int](repeating: 0, count: width * height)
    for y in 0..<image.height {
      for x in 0..<image.width {
        let row = min(height - 1, Int((Double(y) + 0.5) * scale))
        let index = row * width + min(width - 1, Int((Double(x) + 0.5) * scale))
        sums[index] += Int(image.pixels[y * image.width + x])
        counts[index] += 1
      }
    }
    return zip(sums, counts).map { $1 == 0 ? 255 : UInt8($0 / $1) }
  }

  @Test func shrinkingGivesTheMeanOfTheCoveredPixels() {
    var generator = SystemRandomNumberGenerator()
    for (width, height, from, to) in [
      (37, 23, 300.0, 200.0), (101, 57, 300, 150), (64, 9, 200, 72),
    ] {
      let pixels = (0..<(width * height)).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let image = PageImage(width: width, height: height, channels: 1, dpi: from, pixels: pixels)
      #expect(
        ImageScaler.downscaled(image, toDPI: to).pixels
          == Self.meanOfCoveredPixels(image, toDPI: to), "\(width)×\(height) \(from) → \(to)")
    }
  }
}
