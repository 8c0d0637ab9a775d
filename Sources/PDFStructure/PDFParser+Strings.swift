extension PDFParser {
  /// The longest string or name kept, in bytes: real ones are far shorter; a crafted one is
  /// still bounded by the file.
  static let maximumNameLength = 4096

  /// A name whose `/` was read: regular characters up to a delimiter, `#xx` undone (§7.3.5).
  mutating func name() -> String {
    let start = position
    var escaped = false
    while let byte = current, !PDFSyntax.isBoundary(byte) {
      if byte == 0x23 { escaped = true }
      position += 1
    }
    let end = min(position, start + Self.maximumNameLength)
    guard start < end else { return "" }
    guard escaped else { return String(decoding: bytes[start..<end], as: UTF8.self) }
    return PDFParser.decodedName(bytes[start..<end])
  }

  /// A name's bytes with `#xx` escapes undone, as a string (names are UTF-8 by convention).
  static func decodedName(_ raw: ArraySlice<UInt8>) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(raw.count)
    var index = raw.startIndex
    while index < raw.endIndex {
      let byte = raw[index]
      if byte == 0x23, index + 2 < raw.endIndex, let high = PDFSyntax.hexValue(raw[index + 1]),
        let low = PDFSyntax.hexValue(raw[index + 2])
      {
        output.append(high << 4 | low)
        index += 3
      } else {
        output.append(byte)
        index += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// A literal string whose `(` was read, through its balancing `)` (§7.3.4.2).
  ///
  /// Undoes escapes, keeps nested parentheses, drops line continuations; any end of line reads
  /// as LF. nil when unbalanced.
  mutating func literalString() -> [UInt8]? {
    var output: [UInt8] = []
    var depth = 1
    while let byte = current {
      position += 1
      switch byte {
      case 0x28:
        depth += 1
        output.append(byte)
      case 0x29:
        depth -= 1
        if depth == 0 { return output }
        output.append(byte)
      case 0x0D:
        if current == 0x0A { position += 1 }
        output.append(0x0A)
      case 0x5C:
        escape(into: &output)
      default:
        output.append(byte)
      }
    }
    return nil
  }

  /// The escape after a backslash in a literal string.
  private mutating func escape(into output: inout [UInt8]) {
    guard let byte = current else { return }
    position += 1
    switch byte {
    case UInt8(ascii: "n"): output.append(0x0A)
    case UInt8(ascii: "r"): output.append(0x0D)
    case UInt8(ascii: "t"): output.append(0x09)
    case UInt8(ascii: "b"): output.append(0x08)
    case UInt8(ascii: "f"): output.append(0x0C)
    case 0x0D:
      if current == 0x0A { position += 1 }  // a line continuation
    case 0x0A:
      break
    case 0x30...0x37:
      var value = Int(byte - 0x30)
      for _ in 0..<2 {
        guard let next = current, next >= 0x30, next <= 0x37 else { break }
        value = value * 8 + Int(next - 0x30)
        position += 1
      }
      output.append(UInt8(truncatingIfNeeded: value))
    default:
      output.append(byte)  // \( \) \\ and an unknown escape: the character itself
    }
  }

  /// A hex string whose `<` was read, through its `>` (§7.3.4.3).
  ///
  /// Whitespace is ignored and an odd last digit padded with 0; nil on any other character or
  /// no `>`.
  mutating func hexString() -> [UInt8]? {
    var output: [UInt8] = []
    var high: UInt8? = nil
    while let byte = current {
      position += 1
      if byte == 0x3E {
        if let high { output.append(high << 4) }
        return output
      }
      if PDFSyntax.isWhitespace(byte) { continue }
      guard let value = PDFSyntax.hexValue(byte) else { return nil }
      if let first = high {
        output.append(first << 4 | value)
        high = nil
      } else {
        high = value
      }
    }
    return nil
  }
}
