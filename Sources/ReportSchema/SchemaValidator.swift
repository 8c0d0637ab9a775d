import Foundation

/// Validates a JSON value against the subset of JSON Schema (draft 2020-12) that
/// `OutputSchema` uses: type, const, enum, properties, required, additionalProperties,
/// propertyNames, items, minItems, maxItems, uniqueItems, minimum, maximum, pattern (anchored
/// character classes only), oneOf.
///
/// A dependency-free validator lets `govreport validate` and the tests check outputs on a machine
/// with nothing but the binary.
public struct SchemaValidator: Sendable {
  private let schema: JSONValue

  /// A validator for `schema`.
  public init(schema: JSONValue) {
    self.schema = schema
  }

  /// The validator for the output contract.
  public static func output() throws -> SchemaValidator {
    SchemaValidator(schema: try JSONParser.parse(OutputSchema.text))
  }

  /// Every violation, as `path: problem` lines; empty when the value is valid.
  public func violations(of value: JSONValue) -> [String] {
    var problems: [String] = []
    check(value, against: schema, at: "$", into: &problems)
    return problems
  }

  private func check(
    _ value: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String]
  ) {
    guard let rules = schema.objectValue else { return }
    if let type = rules["type"], !matches(value, type: type) {
      problems.append("\(path): expected type \(describe(type)), found \(typeName(of: value))")
      return
    }
    if let constant = rules["const"], !equal(constant, value) {
      problems.append("\(path): expected the constant \(describe(constant))")
    }
    if let choices = rules["enum"]?.arrayValue, !choices.contains(where: { equal($0, value) }) {
      problems.append("\(path): \(describe(value)) is not one of the allowed values")
    }
    if let branches = rules["oneOf"]?.arrayValue {
      let passing = branches.filter { branch in
        var sub: [String] = []
        check(value, against: branch, at: path, into: &sub)
        return sub.isEmpty
      }
      if passing.count != 1 {
        problems.append("\(path): matches \(passing.count) of the oneOf branches, not exactly 1")
      }
    }
    if case .number(let literal) = value, let number = Double(literal) {
      if let minimum = rules["minimum"]?.numberLiteral.flatMap(Double.init), number < minimum {
        problems.append("\(path): \(literal) is below the minimum \(minimum)")
      }
      if let maximum = rules["maximum"]?.numberLiteral.flatMap(Double.init), number > maximum {
        problems.append("\(path): \(literal) is above the maximum \(maximum)")
      }
    }
    if case .string(let text) = value, let pattern = rules["pattern"]?.stringValue,
      !SimplePattern(pattern).matches(text)
    {
      problems.append("\(path): \"\(text)\" does not match \(pattern)")
    }
    if case .array(let elements) = value {
      if let minimum = rules["minItems"]?.numberLiteral.flatMap(Int.init), elements.count < minimum
      {
        problems.append("\(path): fewer than \(minimum) items")
      }
      if let maximum = rules["maxItems"]?.numberLiteral.flatMap(Int.init), elements.count > maximum
      {
        problems.append("\(path): more than \(maximum) items")
      }
      if rules["uniqueItems"] == .bool(true), Set(elements).count != elements.count {
        problems.append("\(path): items are not unique")
      }
      if let items = rules["items"] {
        for (i, element) in elements.enumerated() {
          check(element, against: items, at: "\(path)[\(i)]", into: &problems)
        }
      }
    }
    if case .object(let members) = value {
      let properties = rules["properties"]?.objectValue ?? [:]
      for name in rules["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
      where members[name] == nil {
        problems.append("\(path): missing required key \"\(name)\"")
      }
      for name in members.keys.sorted() {
        let memberPath = "\(path).\(name)"
        if let names = rules["propertyNames"] {
          check(.string(name), against: names, at: memberPath, into: &problems)
        }
        if let property = properties[name] {
          check(members[name] ?? .null, against: property, at: memberPath, into: &problems)
        } else if let additional = rules["additionalProperties"] {
          if additional == .bool(false) {
            problems.append("\(path): unexpected key \"\(name)\"")
          } else {
            check(members[name] ?? .null, against: additional, at: memberPath, into: &problems)
          }
        }
      }
    }
  }

  private func matches(_ value: JSONValue, type: JSONValue) -> Bool {
    if let names = type.arrayValue { return names.contains { matches(value, type: $0) } }
    switch (type.stringValue, value) {
    case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array),
      ("object", .object),
      ("number", .number):
      return true
    case ("integer", .number(let literal)):
      return Int(literal) != nil
    default:
      return false
    }
  }

  private func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
    if case .number(let x) = a, case .number(let y) = b { return Double(x) == Double(y) }
    return a == b
  }

  private func typeName(of value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  private func describe(_ value: JSONValue) -> String {
    value.formatted().trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

/// The anchored patterns the schema uses: `^[…]{n}$` and `^[…]+$`.
struct SimplePattern {
  private let allowed: Set<Character>
  private let count: Int?
  private let valid: Bool

  init(_ pattern: String) {
    var body = Substring(pattern)
    guard body.hasPrefix("^["), body.hasSuffix("$"), let close = body.firstIndex(of: "]") else {
      allowed = []
      count = nil
      valid = false
      return
    }
    let classText = body[body.index(body.startIndex, offsetBy: 2)..<close]
    var set = Set<Character>()
    let chars = Array(classText)
    var i = 0
    while i < chars.count {
      if i + 2 < chars.count, chars[i + 1] == "-", let lo = chars[i].unicodeScalars.first?.value,
        let hi = chars[i + 2].unicodeScalars.first?.value, lo <= hi
      {
        for v in lo...hi { if let s = Unicode.Scalar(v) { set.insert(Character(s)) } }
        i += 3
      } else {
        set.insert(chars[i])
        i += 1
      }
    }
    allowed = set
    body = body[body.index(after: close)...].dropLast()
    if body.hasPrefix("{"), body.hasSuffix("}") {
      count = Int(body.dropFirst().dropLast())
    } else {
      count = nil
    }
    valid = true
  }

  func matches(_ text: String) -> Bool {
    guard valid, !text.isEmpty, text.allSatisfy(allowed.contains) else { return false }
    return count.map { text.count == $0 } ?? true
  }
}
