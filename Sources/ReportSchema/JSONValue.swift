/// A JSON value whose numbers keep their printed digits and whose objects print with sorted keys.
///
/// Foundation's encoder would turn `7730.28` into a binary double and back; reports need the
/// digits as printed, and the output must be byte-identical run to run.
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  /// A number literal in JSON syntax, kept as text.
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// A number value from a report number.
  public static func number(_ number: ReportNumber) -> JSONValue { .number(number.literal) }

  /// An optional report number: `null` when nil.
  public static func optional(_ number: ReportNumber?) -> JSONValue {
    number.map { .number($0.literal) } ?? .null
  }

  /// An integer value.
  public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

  /// Looks a key up in an object; nil for other values or a missing key.
  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// The string, for a string value.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The number literal, for a number value.
  public var numberLiteral: String? {
    if case .number(let s) = self { return s }
    return nil
  }

  /// The members, for an object.
  public var objectValue: [String: JSONValue]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The elements, for an array.
  public var arrayValue: [JSONValue]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  /// The value as pretty-printed JSON text (two-space indent, sorted keys, trailing newline).
  public func formatted() -> String {
    String(decoding: formattedBytes(), as: UTF8.self)
  }

  /// `formatted()` as UTF-8 bytes, ready to write.
  ///
  /// Written into a byte array rather than a `String`: appending to a `String` cost ~330
  /// instructions a call, and a report's JSON takes ~20,000 appends (docs/performance.md,
  /// "JSON written as bytes").
  public func formattedBytes() -> [UInt8] {
    var out: [UInt8] = []
    write(to: &out, indent: 0)
    out.append(UInt8(ascii: "\n"))
    return out
  }

  private static func appendIndentation(_ level: Int, to out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
  }

  private func write(to out: inout [UInt8], indent: Int) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let n): out.append(contentsOf: n.utf8)
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .array(let elements):
      if elements.isEmpty {
        out.append(contentsOf: "[]".utf8)
        return
      }
      out.append(contentsOf: "[\n".utf8)
      for (i, element) in elements.enumerated() {
        Self.appendIndentation(indent + 1, to: &out)
        element.write(to: &out, indent: indent + 1)
        out.append(contentsOf: (i == elements.count - 1 ? "\n" : ",\n").utf8)
      }
      Self.appendIndentation(indent, to: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty {
        out.append(contentsOf: "{}".utf8)
        return
      }
      out.append(contentsOf: "{\n".utf8)
      // Swift's String order: by Unicode scalars, independent of locale, so deterministic; for
      // the schema's keys, all ASCII, it is byte order.
      let sorted = members.sorted { $0.key < $1.key }
      for (i, member) in sorted.enumerated() {
        Self.appendIndentation(indent + 1, to: &out)
        JSONValue.writeString(member.key, to: &out)
        out.append(contentsOf: ": ".utf8)
        member.value.write(to: &out, indent: indent + 1)
        out.append(contentsOf: (i == sorted.count - 1 ? "\n" : ",\n").utf8)
      }
      Self.appendIndentation(indent, to: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func writeString(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    // Byte by byte: the bytes of a multi-byte UTF-8 sequence are all ≥ 0x80, so none of them
    // is mistaken for a character to escape.
    for byte in s.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
      case UInt8(ascii: "\n"): out.append(contentsOf: #"\n"#.utf8)
      case UInt8(ascii: "\r"): out.append(contentsOf: #"\r"#.utf8)
      case UInt8(ascii: "\t"): out.append(contentsOf: #"\t"#.utf8)
      case 0..<0x20:
        let hex = String(byte, radix: 16)
        out.append(contentsOf: (#"\u"# + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
      default:
        out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
