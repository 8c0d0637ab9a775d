/// A black-and-white page image packed eight pixels a byte, an eighth of its size as 8-bit gray.
///
/// The scan path keeps every OCR'd page's cleaned image until its table cells are re-read, so
/// packing them keeps its peak memory down (docs/performance.md).
public struct BinaryImage: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public let dpi: Double
  /// Rows of `bytesPerRow` bytes, most significant bit first; a set bit is black (0).
  private let bits: [UInt8]

  var bytesPerRow: Int { (width + 7) / 8 }

  /// Packs a gray image whose every pixel is 0 or 255; nil for anything else (color, or gray
  /// levels), which packing would change.
  public init?(packing image: PageImage) {
    guard image.channels == 1 else { return nil }
    let width = image.width, height = image.height
    let bytesPerRow = (width + 7) / 8
    var binary = true
    let bits = [UInt8](unsafeUninitializedCapacity: bytesPerRow * height) { buffer, count in
      image.pixels.withUnsafeBufferPointer { pixels in
        for y in 0..<height {
          let row = y * width
          for byteIndex in 0..<bytesPerRow {
            var byte: UInt8 = 0
            let first = byteIndex * 8
            for bit in 0..<min(8, width - first) {
              let value = pixels[row + first + bit]
              if value == 0 {
                byte |= 0x80 >> UInt8(bit)
              } else if value != 255 {
                binary = false
              }
            }
            buffer[y * bytesPerRow + byteIndex] = byte
          }
        }
      }
      count = bytesPerRow * height
    }
    guard binary else { return nil }
    self.width = width
    self.height = height
    self.dpi = image.dpi
    self.bits = bits
  }

  /// The 8-bit gray image again (0 and 255), exactly as packed.
  public func unpacked() -> PageImage {
    let pixels = [UInt8](unsafeUninitializedCapacity: width * height) { buffer, count in
      bits.withUnsafeBufferPointer { bits in
        for y in 0..<height {
          let row = y * bytesPerRow
          for x in 0..<width {
            let set = bits[row + x >> 3] & (0x80 >> UInt8(x & 7)) != 0
            buffer[y * width + x] = set ? 0 : 255
          }
        }
      }
      count = width * height
    }
    return PageImage(width: width, height: height, channels: 1, dpi: dpi, pixels: pixels)
  }
}
