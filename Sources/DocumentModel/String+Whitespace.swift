extension Unicode.Scalar {
  /// Whether the scalar has Unicode's White_Space property (spaces, tabs, line breaks, the
  /// ideographic space U+3000).
  ///
  /// The same answer as `properties.isWhitespace`, as a switch over the property's 25 code
  /// points: the property lookup goes through the standard library's tables on every call, and
  /// the mapping stages test every character of every line (docs/performance.md, "Whitespace by
  /// a switch").
  @inlinable public var isWhitespace: Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      true
    default: false
    }
  }
}

extension StringProtocol {
  /// The text with every whitespace scalar removed (`Unicode.Scalar.isWhitespace`).
  ///
  /// Scalar by scalar rather than `filter { !$0.isWhitespace }` over characters, which walks
  /// grapheme clusters: a report's whitespace is single scalars, so both give the same text.
  public var removingWhitespace: String {
    // Encoded to UTF-8 bytes, then one String: appending to a UnicodeScalarView scalar by scalar
    // is slow.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    for scalar in unicodeScalars where !scalar.isWhitespace {
      UTF8.encode(scalar) { bytes.append($0) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
