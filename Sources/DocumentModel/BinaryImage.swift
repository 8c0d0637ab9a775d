/// A black-and-white page image stored row by row as the lengths of its runs of white and black.
///
/// The scan path keeps every OCR'd page's cleaned image until its table cells are re-read, so
/// how it is stored sets how the scan path's memory grows with the page count. A cleaned 300 dpi
/// A4 page of `Samples/s07` takes 93–156 KB as runs, against 1.1 MB at one bit a pixel and
/// 8.7 MB as 8-bit gray (docs/performance.md).
public struct BinaryImage: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public let dpi: Double
  /// Each row's run lengths, alternately white and black, as LEB128 numbers.
  ///
  /// A row starts with a white run (of 0 when the row starts black), and its lengths add up to
  /// `width`. LEB128: 7 bits a byte, low bits first, the high bit set on every byte but the last.
  private let runs: [UInt8]

  /// Packs a gray image whose every pixel is 0 or 255; nil for anything else (color, or gray
  /// levels), which packing would change.
  public init?(packing image: PageImage) {
    guard image.channels == 1 else { return nil }
    let width = image.width, height = image.height
    var runs: [UInt8] = []
    let binary = image.pixels.withUnsafeBufferPointer { pixels in
      for row in stride(from: 0, to: width * height, by: max(1, width)) {
        var x = 0
        var color: UInt8 = 255
        while x < width {
          let start = x
          while x < width, pixels[row + x] == color { x += 1 }
          if x < width, pixels[row + x] != 255 - color { return false }
          Self.append(x - start, to: &runs)
          color = 255 - color
        }
      }
      return true
    }
    guard binary else { return nil }
    self.width = width
    self.height = height
    self.dpi = image.dpi
    self.runs = runs
  }

  /// The 8-bit gray image again (0 and 255), exactly as packed.
  public func unpacked() -> PageImage {
    let pixels = [UInt8](unsafeUninitializedCapacity: width * height) { buffer, count in
      var offset = 0
      var index = 0
      for _ in 0..<height {
        var x = 0
        var color: UInt8 = 255
        while x < width {
          let length = Self.number(in: runs, at: &offset)
          buffer[index..<(index + length)].initialize(repeating: color)
          x += length
          index += length
          color = 255 - color
        }
      }
      count = index
    }
    return PageImage(width: width, height: height, channels: 1, dpi: dpi, pixels: pixels)
  }

  /// How many bytes the runs take.
  public var storedBytes: Int { runs.count }

  private static func append(_ length: Int, to runs: inout [UInt8]) {
    var rest = length
    while rest >= 0x80 {
      runs.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    runs.append(UInt8(rest))
  }

  private static func number(in runs: [UInt8], at offset: inout Int) -> Int {
    var value = 0
    var shift = 0
    while true {
      let byte = runs[offset]
      offset += 1
      value |= Int(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }
}
