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
  public func formattedBytes() -> [UInt8] {
    // Written as UTF-8 bytes: a report's JSON is large and made of many small pieces, and
    // String appends of them (plus keys sorted through Array copies) are slow
    // (docs/performance.md).
    var out: [UInt8] = []
    out.reserveCapacity(1 << 16)
    write(to: &out, indent: 0)
    out.append(UInt8(ascii: "\n"))
    return out
  }

  private static func indentation(_ level: Int, to out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
  }

  private func write(to out: inout [UInt8], indent: Int) {
    switch self {
    case .null: out += "null".utf8
    case .bool(let b): out += (b ? "true" : "false").utf8
    case .number(let n): out += n.utf8
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .array(let elements):
      if elements.isEmpty {
        out += "[]".utf8
        return
      }
      out += "[\n".utf8
      for (i, element) in elements.enumerated() {
        Self.indentation(indent + 1, to: &out)
        element.write(to: &out, indent: indent + 1)
        out += (i == elements.count - 1 ? "\n" : ",\n").utf8
      }
      Self.indentation(indent, to: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty {
        out += "{}".utf8
        return
      }
      out += "{\n".utf8
      // Byte order of the UTF-8 keys: deterministic and independent of locale.
      let keys = members.keys.sorted(by: Self.utf8Precedes)
      for (i, key) in keys.enumerated() {
        Self.indentation(indent + 1, to: &out)
        JSONValue.writeString(key, to: &out)
        out += ": ".utf8
        members[key]?.write(to: &out, indent: indent + 1)
        out += (i == keys.count - 1 ? "\n" : ",\n").utf8
      }
      Self.indentation(indent, to: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  /// UTF-8 byte order (the keys' sort order), compared over contiguous bytes: a generic walk of
  /// `String.UTF8View` is slow, and every object of a report sorts its keys (docs/performance.md).
  static func utf8Precedes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { x in b.withUTF8 { y in x.lexicographicallyPrecedes(y) } }
  }

  private static func writeString(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in s.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += "\\\"".utf8
      case UInt8(ascii: "\\"): out += "\\\\".utf8
      case UInt8(ascii: "\n"): out += "\\n".utf8
      case UInt8(ascii: "\r"): out += "\\r".utf8
      case UInt8(ascii: "\t"): out += "\\t".utf8
      case 0..<0x20:
        let hex = String(byte, radix: 16)
        out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
      default:
        out.append(byte)  // UTF-8 continuation and lead bytes are never below 0x80
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
