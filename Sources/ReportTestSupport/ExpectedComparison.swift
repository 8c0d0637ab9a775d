import Foundation
import ReportSchema

/// Compares an extraction's JSON with a sample's hand-verified expected JSON, field by field.
///
/// Only what the expected JSON states is compared (expected files carry no `cells` or boxes);
/// numbers compare by value, so `7730.280` equals `7730.28`.
public enum ExpectedComparison {
  /// The table subtrees compared cell by cell.
  public static let valueKeys = ["proactive", "applications", "review_litigation"]

  /// One line per difference, `path: expected X, found Y`; empty when everything matches.
  public static func differences(expected: JSONValue, actual: JSONValue, includeChecks: Bool = true)
    -> [String]
  {
    var out: [String] = []
    for key in ["agency", "year", "format", "title"] {
      if let want = expected["report"]?[key] {
        compare(want, actual["report"]?[key] ?? .null, at: "report.\(key)", into: &out)
      }
    }
    if let sections = expected["sections"]?.arrayValue {
      let got = actual["sections"]?.arrayValue ?? []
      let want = sections.map {
        "\($0["number"]?.stringValue ?? "")、\($0["title"]?.stringValue ?? "")"
      }
      let found = got.map { "\($0["number"]?.stringValue ?? "")、\($0["title"]?.stringValue ?? "")" }
      if want != found { out.append("sections: expected \(want), found \(found)") }
    }
    for key in valueKeys {
      compare(expected[key] ?? .null, actual[key] ?? .null, at: key, into: &out)
    }
    if includeChecks, let checks = expected["checks"] {
      compare(checks, actual["checks"] ?? .null, at: "checks", into: &out)
    }
    return out
  }

  /// The numeric cell paths where the values differ (for accuracy counts), and the total compared.
  public static func cellMismatches(expected: JSONValue, actual: JSONValue) -> (
    wrong: [String], total: Int
  ) {
    var wrong: [String] = []
    var total = 0
    for key in valueKeys {
      walkLeaves(expected[key] ?? .null, at: key) { path, want in
        guard !path.hasSuffix("_unit"), !path.contains(".row_order") else { return }
        total += 1
        let got = lookup(actual, path: path)
        if !numbersEqual(want, got) { wrong.append(cellPath(path)) }
      }
    }
    return (wrong, total)
  }

  private static func compare(
    _ want: JSONValue, _ got: JSONValue, at path: String, into out: inout [String]
  ) {
    switch (want, got) {
    case (.object(let a), .object(let b)):
      for key in a.keys.sorted() {
        compare(a[key] ?? .null, b[key] ?? .null, at: "\(path).\(key)", into: &out)
      }
    case (.array(let a), .array(let b)):
      if a.count != b.count {
        out.append("\(path): expected \(a.count) items, found \(b.count)")
      }
      for (i, (x, y)) in zip(a, b).enumerated() { compare(x, y, at: "\(path)[\(i)]", into: &out) }
    default:
      if !numbersEqual(want, got) {
        out.append("\(path): expected \(brief(want)), found \(brief(got))")
      }
    }
  }

  private static func numbersEqual(_ a: JSONValue, _ b: JSONValue?) -> Bool {
    guard let b else { return a == .null }
    if case .number(let x) = a, case .number(let y) = b {
      return Decimal(string: x) == Decimal(string: y)
    }
    return a == b
  }

  private static func walkLeaves(
    _ value: JSONValue, at path: String, _ visit: (String, JSONValue) -> Void
  ) {
    if case .object(let members) = value {
      for key in members.keys.sorted() {
        walkLeaves(members[key] ?? .null, at: "\(path)\u{1}\(key)", visit)
      }
    } else if case .array = value {
      return
    } else {
      visit(path, value)
    }
  }

  private static func lookup(_ root: JSONValue, path: String) -> JSONValue? {
    var node: JSONValue? = root
    for part in path.split(separator: "\u{1}") { node = node?[String(part)] }
    return node
  }

  /// `applications\u{1}rows\u{1}denied.state_secret\u{1}total` → the dotted cell path.
  private static func cellPath(_ path: String) -> String {
    path.replacingOccurrences(of: "\u{1}", with: ".")
  }

  private static func brief(_ value: JSONValue?) -> String {
    guard let value else { return "nothing" }
    return value.formatted().replacingOccurrences(of: "\n", with: " ").trimmingCharacters(
      in: .whitespaces)
  }
}
