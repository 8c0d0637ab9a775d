/// Splits a content stream into tokens (PDF 32000-1 §7.2, §7.8.2).
///
/// Tolerant by design: malformed bytes are skipped, never fatal, and the lexer always advances,
/// so a damaged stream costs at most a wrong ruling, never a hang.
struct ContentLexer {
  private let bytes: [UInt8]
  private var index = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The next token, or nil at the end of the stream.
  mutating func next() -> ContentToken? {
    skipWhitespaceAndComments()
    guard index < bytes.count else { return nil }
    let byte = bytes[index]
    switch byte {
    case UInt8(ascii: "/"):
      index += 1
      let start = index
      _ = regularRun()
      return .name(start..<index)
    case UInt8(ascii: "("):
      skipLiteralString()
      return .other
    case UInt8(ascii: "<"):
      if peek(1) == UInt8(ascii: "<") {
        index += 2
        skipNested(open: "<<", close: ">>")
      } else {
        skipHexString()
      }
      return .other
    case UInt8(ascii: "["):
      index += 1
      skipNested(open: "[", close: "]")
      return .other
    case UInt8(ascii: "]"), UInt8(ascii: ">"), UInt8(ascii: ")"), UInt8(ascii: "{"),
      UInt8(ascii: "}"):
      index += 1
      return .other
    default:
      let run = regularRun()
      if run.isEmpty {
        index += 1
        return .other
      }
      if let number = Self.number(run) { return .number(number) }
      let word = ContentOperator(run)
      if word == .inlineImageData { skipInlineImageData() }
      return .operatorName(word)
    }
  }

  /// The characters of a name token (its `#xx` escapes left as written).
  func name(_ range: Range<Int>) -> String {
    String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
  }

  private func peek(_ offset: Int) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }

  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0 || byte == 9 || byte == 10 || byte == 12 || byte == 13 || byte == 32
  }

  static func isDelimiter(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
      UInt8(ascii: "/"), UInt8(ascii: "%"):
      return true
    default:
      return false
    }
  }

  private mutating func skipWhitespaceAndComments() {
    while index < bytes.count {
      let byte = bytes[index]
      if Self.isWhitespace(byte) {
        index += 1
      } else if byte == UInt8(ascii: "%") {
        while index < bytes.count, bytes[index] != 10, bytes[index] != 13 { index += 1 }
      } else {
        return
      }
    }
  }

  /// The bytes up to the next whitespace or delimiter.
  private mutating func regularRun() -> ArraySlice<UInt8> {
    let start = index
    while index < bytes.count, !Self.isWhitespace(bytes[index]), !Self.isDelimiter(bytes[index]) {
      index += 1
    }
    return bytes[start..<index]
  }

  /// A PDF number (`12`, `-3.5`, `.5`, `4.`), or nil when the run is anything else.
  static func number(_ run: ArraySlice<UInt8>) -> Double? {
    guard let first = run.first,
      first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    else { return nil }
    var value = 0.0
    var fraction = 0.0
    var scale = 1.0
    var negative = false
    var seenDot = false
    var seenDigit = false
    for (offset, byte) in run.enumerated() {
      switch byte {
      case UInt8(ascii: "+") where offset == 0: break
      case UInt8(ascii: "-") where offset == 0: negative = true
      case UInt8(ascii: ".") where !seenDot: seenDot = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        seenDigit = true
        let digit = Double(byte - UInt8(ascii: "0"))
        if seenDot {
          scale /= 10
          fraction += digit * scale
        } else {
          value = value * 10 + digit
        }
      default: return nil
      }
    }
    guard seenDigit else { return nil }
    let result = value + fraction
    return negative ? -result : result
  }

  /// Skips a literal string after its `(`: balanced parentheses, backslash escapes.
  private mutating func skipLiteralString() {
    index += 1
    var depth = 1
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\\") {
        index += 1
      } else if byte == UInt8(ascii: "(") {
        depth += 1
      } else if byte == UInt8(ascii: ")") {
        depth -= 1
        if depth == 0 { return }
      }
    }
  }

  private mutating func skipHexString() {
    index += 1
    while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
    index += 1
  }

  /// Skips an array or dictionary body, including nested strings, arrays and dictionaries.
  private mutating func skipNested(open: String, close: String) {
    var depth = 1
    while depth > 0, let token = nextRaw() {
      if token == open { depth += 1 } else if token == close { depth -= 1 }
    }
  }

  /// The next structural token inside an array or dictionary: `[`, `]`, `<<`, `>>`, or "" for
  /// anything else (strings are skipped whole, so their brackets do not count).
  private mutating func nextRaw() -> String? {
    skipWhitespaceAndComments()
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "["):
      index += 1
      return "["
    case UInt8(ascii: "]"):
      index += 1
      return "]"
    case UInt8(ascii: "<"):
      if peek(1) == UInt8(ascii: "<") {
        index += 2
        return "<<"
      }
      skipHexString()
      return ""
    case UInt8(ascii: ">"):
      index += peek(1) == UInt8(ascii: ">") ? 2 : 1
      return ">>"
    case UInt8(ascii: "("):
      skipLiteralString()
      return ""
    case UInt8(ascii: "/"):
      index += 1
      _ = regularRun()
      return ""
    default:
      if regularRun().isEmpty { index += 1 }
      return ""
    }
  }

  /// Skips inline image data after `ID`: up to whitespace, `EI`, then whitespace or the end.
  private mutating func skipInlineImageData() {
    index += 1  // the single whitespace byte after ID
    while index + 1 < bytes.count {
      if bytes[index] == UInt8(ascii: "E"), bytes[index + 1] == UInt8(ascii: "I"),
        index > 0, Self.isWhitespace(bytes[index - 1]),
        index + 2 >= bytes.count || Self.isWhitespace(bytes[index + 2])
      {
        return  // `EI` is then read as an operator and ignored
      }
      index += 1
    }
    index = bytes.count
  }
}
