/// Escaping for text and attribute values in the review page.
enum HTMLText {
  /// The text with `& < > " '` replaced by entities: safe in element content and quoted attributes.
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  /// A fraction as a CSS percentage with at most 3 decimals (`12.345%`).
  static func percent(_ part: Double, of whole: Double) -> String {
    guard whole > 0 else { return "0%" }
    let thousandths = Int((part / whole * 100_000).rounded())
    let sign = thousandths < 0 ? "-" : ""
    let magnitude = abs(thousandths)
    let fraction = String(magnitude % 1000)
    return sign + "\(magnitude / 1000)." + String(repeating: "0", count: 3 - fraction.count)
      + fraction + "%"
  }
}
