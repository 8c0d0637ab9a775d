/// Byte classes and keywords of PDF syntax (PDF 32000-1 §7.2.2–7.2.3).
enum PDFSyntax {
  /// NUL, tab, LF, FF, CR and space.
  @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 10 || byte == 13 || byte == 9 || byte == 12 || byte == 0
  }

  /// `( ) < > [ ] { } / %`.
  @inline(__always) static func isDelimiter(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: true
    default: false
    }
  }

  /// Whether a token ends before `byte`.
  @inline(__always) static func isBoundary(_ byte: UInt8) -> Bool {
    isWhitespace(byte) || isDelimiter(byte)
  }

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
  }

  /// The value of a hex digit, or nil.
  @inline(__always) static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x41...0x46: byte - 0x41 + 10
    case 0x61...0x66: byte - 0x61 + 10
    default: nil
    }
  }

  static let trueKeyword = Array("true".utf8)
  static let falseKeyword = Array("false".utf8)
  static let nullKeyword = Array("null".utf8)
  static let obj = Array("obj".utf8)
  static let endobj = Array("endobj".utf8)
  static let stream = Array("stream".utf8)
  static let endstream = Array("endstream".utf8)
  static let xref = Array("xref".utf8)
  static let trailer = Array("trailer".utf8)
  static let startxref = Array("startxref".utf8)
}
