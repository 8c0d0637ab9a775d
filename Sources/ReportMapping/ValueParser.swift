import Foundation
import ReportSchema

/// Reads the number printed in one table cell.
///
/// Cells print `0`, blanks, `1,234` or `1 234`, full-width digits, annotations
/// (`22（其中修订16件）`), decimals (`7730.28`, `0.000123`), signed changes (`-18`), unit
/// suffixes (`251000元`), and, after OCR, letters that look like digits (`O` for `0`).
public struct ValueParser: Sendable, Equatable, Codable {
  /// What a cell's text was read as.
  public enum Outcome: Hashable, Sendable {
    /// Nothing printed: the value is `null`.
    case blank
    /// A number, with anything stripped from around it.
    case number(ReportNumber, unit: String?, annotation: String?)
    /// Text that is not a number: the value is `null` and the cell goes to review.
    case unreadable
  }

  /// The result of parsing one cell.
  public struct Parsed: Hashable, Sendable {
    public var outcome: Outcome
    /// Multiplies the reading confidence: below 1 when OCR look-alikes were replaced.
    public var confidenceFactor: Double
    /// Why the factor is below 1, in words for the review list; nil when it is 1.
    public var doubt: String? = nil

    /// The number, if one was read.
    public var number: ReportNumber? {
      if case .number(let number, _, _) = outcome { return number }
      return nil
    }
  }

  /// The confidence factor applied when letters were read as digits (`O` → `0`).
  ///
  /// 0.5 puts such a cell under any review threshold above 0.5 even when OCR was sure of the
  /// letter: a letter in a number column is itself the evidence of a misreading.
  public var lookAlikeConfidence = 0.5

  /// The confidence factor applied to an integer part with a leading zero (`01`, `00`).
  ///
  /// No report prints a count that way; it is two numbers run together (the digits of two table
  /// rows joined into `01`, stress 9719:29) or a digit OCR read twice. 0.5 for the same reason as
  /// `lookAlikeConfidence`: the text itself is the evidence.
  public var leadingZeroConfidence = 0.5

  /// Brackets that open an annotation after a value: the printed ones and what OCR reads them
  /// as.
  static let openingBrackets: Set<Character> = ["(", "（", "〈", "《", "[", "【", "{", "｛"]

  /// Units stripped from the end of a number, longest first.
  static let units = ["万元", "元", "件", "个", "项", "条", "次", "人"]

  public init() {}

  /// Parses the text of one value cell.
  public func parse(_ raw: String) -> Parsed {
    // Most cells are plain digits (`0`, `12`): they are their own number, and skip the folding
    // and stripping below (docs/performance.md, "Scalar fast paths").
    if !raw.isEmpty, raw.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
      let number = ReportNumber(literal: raw)
    {
      return numberParsed(number, text: raw, unit: nil, annotation: nil, factor: 1)
    }
    var text = LabelText.compactFolded(raw)
    if text.isEmpty { return Parsed(outcome: .blank, confidenceFactor: 1) }
    var annotation: String?
    var factor = 1.0
    // `22(其中修订16件)`: the number before the bracket is the value. OCR reads the bracket as
    // a look-alike (`42〈其中修订 19件)`, stress 9502:5): taken too, at `lookAlikeConfidence`.
    if let open = text.firstIndex(where: { Self.openingBrackets.contains($0) }),
      open != text.startIndex
    {
      annotation = String(text[open...])
      if text[open] != "(" && text[open] != "（" { factor = lookAlikeConfidence }
      text = String(text[..<open])
    }
    var unit: String?
    for candidate in Self.units where text.hasSuffix(candidate) && text.count > candidate.count {
      unit = candidate
      text = String(text.dropLast(candidate.count))
      break
    }
    if let number = Self.plainNumber(text) {
      return numberParsed(number, text: text, unit: unit, annotation: annotation, factor: factor)
    }
    if let repaired = Self.lookAlikeDigits(text), let number = Self.plainNumber(repaired) {
      return Parsed(
        outcome: .number(number, unit: unit, annotation: annotation),
        confidenceFactor: lookAlikeConfidence, doubt: "letters read as digits")
    }
    return Parsed(outcome: .unreadable, confidenceFactor: 1)
  }

  /// A number read from `text`, its confidence lowered for a leading zero.
  private func numberParsed(
    _ number: ReportNumber, text: String, unit: String?, annotation: String?, factor: Double
  ) -> Parsed {
    var factor = factor
    var doubt = factor < 1 ? "a look-alike bracket read before '\(annotation ?? "")'" : nil
    if Self.hasLeadingZero(text) {
      factor = min(factor, leadingZeroConfidence)
      doubt = "a leading zero: two numbers run together, or a digit read twice"
    }
    return Parsed(
      outcome: .number(number, unit: unit, annotation: annotation), confidenceFactor: factor,
      doubt: doubt)
  }

  /// Words before a signed change (`减少18`), longest first, with the sign they give.
  static let changeWords = [("减少", "-"), ("增加", ""), ("减", "-"), ("增", "")]

  /// A number in the forms `1234`, `1,234`, `-18`, `+3`, `7730.28`, `减少2`, `增加3`.
  static func plainNumber(_ text: String) -> ReportNumber? {
    var body = text
    var sign = ""
    for (word, mark) in Self.changeWords where body.hasPrefix(word) {
      body = String(body.dropFirst(word.count))
      sign = mark
      break
    }
    // The bytes: `contains(Character)` compares a string per character.
    if body.utf8.contains(UInt8(ascii: ",")) {
      // Thousands separators only: 1,234 or 1,234,567.
      let groups = body.split(separator: ",", omittingEmptySubsequences: false)
      let head = groups[0].drop { $0 == "-" || $0 == "+" }
      guard (1...3).contains(head.count),
        groups.dropFirst().allSatisfy({ group in
          group.prefix { $0 != "." }.count == 3
        })
      else { return nil }
      body = groups.joined()
    }
    guard let first = body.first, first.isNumber || first == "-" || first == "+" else { return nil }
    return ReportNumber(literal: sign + body)
  }

  /// Whether the integer part, past any sign, is a zero followed by more digits (`01`, `-007`).
  static func hasLeadingZero(_ text: String) -> Bool {
    let integer = text.drop { $0 == "-" || $0 == "+" }.prefix { $0 != "." }
    return integer.count > 1 && integer.first == "0" && integer.allSatisfy(\.isNumber)
  }

  /// The text with OCR look-alikes replaced by digits, when the rest is digits; else nil.
  static func lookAlikeDigits(_ text: String) -> String? {
    var replaced = false
    var result = ""
    // By scalar, not `Character`: a switch over character literals compares a string per case.
    // A scalar outside the cases that is not an ASCII digit or point ends the search, as a
    // character holding it (with a combining mark, say) would.
    for scalar in text.unicodeScalars {
      switch scalar {
      case "O", "o", "〇", "D", "Q": result.append("0"); replaced = true
      case "l", "I", "|", "i", "!": result.append("1"); replaced = true
      case "S", "s": result.append("5"); replaced = true
      case "Z", "z": result.append("2"); replaced = true
      case "B": result.append("8"); replaced = true
      case "0"..."9", ".": result.unicodeScalars.append(scalar)
      default: return nil
      }
    }
    return replaced ? result : nil
  }
}
