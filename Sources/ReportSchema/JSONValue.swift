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
    var out = ""
    write(to: &out, indent: 0)
    out += "\n"
    return out
  }

  /// `formatted()` as UTF-8 bytes, ready to write.
  public func formattedBytes() -> [UInt8] { Array(formatted().utf8) }

  private static func indentation(_ level: Int) -> String {
    String(repeating: " ", count: 2 * level)
  }

  private func write(to out: inout String, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n): out += n
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .array(let elements):
      if elements.isEmpty {
        out += "[]"
        return
      }
      out += "[\n"
      for (i, element) in elements.enumerated() {
        out += Self.indentation(indent + 1)
        element.write(to: &out, indent: indent + 1)
        out += i == elements.count - 1 ? "\n" : ",\n"
      }
      out += Self.indentation(indent) + "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      // Byte order of the UTF-8 keys: deterministic and independent of locale.
      let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      for (i, key) in keys.enumerated() {
        out += Self.indentation(indent + 1)
        JSONValue.writeString(key, to: &out)
        out += ": "
        members[key]?.write(to: &out, indent: indent + 1)
        out += i == keys.count - 1 ? "\n" : ",\n"
      }
      out += Self.indentation(indent) + "}"
    }
  }

  private static func writeString(_ s: String, to out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{0}"..."\u{1F}":
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
