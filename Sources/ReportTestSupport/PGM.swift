import DocumentModel
import Foundation

/// A reader for binary 8-bit PGM (`P5`), the format `pdftoppm -gray` writes.
public enum PGM {
  /// The image in `data`, or nil when it is not an 8-bit P5 file.
  public static func image(from data: Data, dpi: Double) -> PageImage? {
    let bytes = [UInt8](data)
    var index = 0
    /// The next whitespace-separated header token, skipping `#` comments.
    func token() -> String? {
      while index < bytes.count {
        if bytes[index] == UInt8(ascii: "#") {
          while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        } else if bytes[index] == 0x20 || (0x09...0x0D).contains(bytes[index]) {
          index += 1
        } else {
          break
        }
      }
      let start = index
      while index < bytes.count, !(bytes[index] == 0x20 || (0x09...0x0D).contains(bytes[index])) {
        index += 1
      }
      return start < index ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }
    guard token() == "P5", let width = token().flatMap({ Int($0) }),
      let height = token().flatMap({ Int($0) }), token() == "255"
    else { return nil }
    index += 1  // the single whitespace byte after maxval
    guard bytes.count - index >= width * height else { return nil }
    return PageImage(
      width: width, height: height, channels: 1, dpi: dpi,
      pixels: Array(bytes[index..<(index + width * height)]))
  }
}
