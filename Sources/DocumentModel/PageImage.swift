/// A rendered or scanned page: 8-bit pixels, row-major, top row first.
///
/// Gray images have one byte per pixel (0 = black); color images three (R, G, B). The stride is
/// exactly `width × channels`. Not Codable: it is large and never leaves the process.
public struct PageImage: Sendable, Equatable {
  public var width: Int
  public var height: Int
  /// 1 (gray) or 3 (RGB).
  public var channels: Int
  /// The resolution the page was rendered or scanned at, in pixels per inch.
  public var dpi: Double
  public var pixels: [UInt8]

  public init(width: Int, height: Int, channels: Int, dpi: Double, pixels: [UInt8]) {
    precondition(channels == 1 || channels == 3, "PageImage has 1 or 3 channels")
    precondition(pixels.count == width * height * channels, "pixel buffer size mismatch")
    self.width = width
    self.height = height
    self.channels = channels
    self.dpi = dpi
    self.pixels = pixels
  }

  /// Points per pixel: 72 / dpi.
  public var pointsPerPixel: Double { 72 / dpi }

  /// The gray value at (x, y); RGB is converted by `Luma`.
  public func gray(x: Int, y: Int) -> UInt8 {
    let i = (y * width + x) * channels
    if channels == 1 { return pixels[i] }
    return Luma.gray(pixels[i], pixels[i + 1], pixels[i + 2])
  }
}

extension PageImage {
  /// The runs of pixel columns of `region` that hold ink (gray below 128), left to right: one
  /// per glyph of a number whose digits do not touch.
  public func inkedColumnRuns(in region: PixelRect) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start: Int?
    for x in region.x..<region.maxX {
      let inked = (region.y..<region.maxY).contains { gray(x: x, y: $0) < 128 }
      if inked, start == nil { start = x }
      if !inked, let first = start {
        runs.append(first..<x)
        start = nil
      }
    }
    if let first = start { runs.append(first..<region.maxX) }
    return runs
  }
}
