import Foundation

/// Normalizes printed labels so that the variants of one label compare equal.
///
/// Reports print the same label with full-width or half-width punctuation, `1、` or `1.` or `1．`,
/// spaces between characters (`1. 属于 国家秘密`), and curly or straight quotes. Normalizing
/// first lets the similarity measures see only real differences (typos, OCR damage).
enum LabelText {
  /// How a label is numbered.
  enum NumberingStyle: Hashable, Sendable {
    /// `1.` `2、`
    case arabic
    /// `（三）`
    case parenthesized
    /// `一、`
    case chinese
  }

  /// A label's leading number.
  struct Numbering: Hashable, Sendable {
    var style: NumberingStyle
    var value: Int
  }

  /// The label in NFKC form without spaces or quotes, with `1、`/`1．` unified to `1.` and
  /// brackets unified to ASCII parentheses.
  static func normalized(_ text: String) -> String {
    guard let scalars = simpleScalars(text) else { return normalizedByCharacters(text) }
    return string(normalized(simple: scalars))
  }

  /// `normalized(_:)` by `Character`s, for any text (the definition the scalar path follows).
  static func normalizedByCharacters(_ text: String) -> String {
    let folded = text.precomposedStringWithCompatibilityMapping
    var characters: [Character] = []
    for character in folded {
      if character.isWhitespace { continue }
      switch character {
      case "“", "”", "\"", "'", "‘", "’", "「", "」", "『", "』", "`":
        continue
      case "〔", "[", "【", "﹙":
        characters.append("(")
      case "〕", "]", "】", "﹚":
        characters.append(")")
      case "、", ",", ":", "。":
        // `1、` and `1,` (an OCR misreading of `1.`) after a leading number mean `1.`.
        if !characters.isEmpty, characters.count <= 2,
          characters.allSatisfy({ $0.isASCII && $0.isNumber })
        {
          characters.append(".")
        } else {
          characters.append(character)
        }
      default:
        characters.append(character)
      }
    }
    return String(characters)
  }

  /// The label's leading number (`1.` → arabic 1, `(三)` → parenthesized 3, `一、` → chinese 1).
  ///
  /// - Parameter normalizedText: a label already passed through `normalized(_:)`.
  /// - Returns: the numbering, or nil when the label has none.
  static func numbering(of normalizedText: String) -> Numbering? {
    leadingNumber(of: normalizedText)?.numbering
  }

  /// The label without its leading number (`1.属于国家秘密` → `属于国家秘密`).
  ///
  /// - Parameter normalizedText: a label already passed through `normalized(_:)`.
  /// - Returns: the label after its number.
  static func body(of normalizedText: String) -> String {
    guard let start = leadingNumber(of: normalizedText)?.bodyStart else { return normalizedText }
    return String(normalizedText[start...])
  }

  /// The label's leading number and where the text after it starts.
  ///
  /// Only the characters of the number and its mark are looked at, not the whole label.
  private static func leadingNumber(
    of text: String
  ) -> (numbering: Numbering, bodyStart: String.Index)? {
    guard let first = text.first else { return nil }
    if first.isASCII && first.isNumber {
      let digits = text.prefix { $0.isASCII && $0.isNumber }
      guard digits.endIndex < text.endIndex, text[digits.endIndex] == ".",
        let value = Int(digits)
      else { return nil }
      return (Numbering(style: .arabic, value: value), text.index(after: digits.endIndex))
    }
    // OCR reads the full-width （ as 《 or 〈 at times (`《六)` on stress scan 9763:115).
    if first == "(" || first == "《" || first == "〈" {
      let inner = text.dropFirst().prefix { chineseDigit($0) != nil }
      guard !inner.isEmpty, inner.endIndex < text.endIndex, text[inner.endIndex] == ")",
        let value = chineseNumber(String(inner))
      else { return nil }
      return (Numbering(style: .parenthesized, value: value), text.index(after: inner.endIndex))
    }
    let inner = text.prefix { chineseDigit($0) != nil }
    guard !inner.isEmpty, inner.endIndex < text.endIndex, text[inner.endIndex] == "、",
      let value = chineseNumber(String(inner))
    else { return nil }
    return (Numbering(style: .chinese, value: value), text.index(after: inner.endIndex))
  }

  /// The text's NFKC form without whitespace.
  static func compactFolded(_ text: String) -> String {
    // Simple text (LabelText+Scalars) folds scalar by scalar: Foundation's NFKC is a slow round
    // trip through NSString on Linux, and every label cell a number test looks at comes here
    // (docs/performance.md, "Scalar fast paths").
    if let scalars = simpleScalars(text) {
      return string(
        scalars.lazy.filter { !isWhitespace(simple: $0) }.map(compatibilityFolded(simple:)))
    }
    return compactFoldedByCharacters(text)
  }

  /// `compactFolded(_:)` by `Character`s, for any text (the definition the scalar path follows).
  static func compactFoldedByCharacters(_ text: String) -> String {
    text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace }
  }

  /// The value of a Chinese numeral digit, 一 … 十.
  static func chineseDigit(_ character: Character) -> Int? {
    // Switched on the scalar: a switch over `Character` literals compares a string per case,
    // and label parsing asks this of every leading character (docs/performance.md).
    let scalars = character.unicodeScalars
    guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex
    else { return nil }
    return switch scalar {
    case "一": 1
    case "二": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    case "十": 10
    default: nil
    }
  }

  /// The value of a Chinese numeral up to 99 (`三` → 3, `十二` → 12, `二十` → 20).
  static func chineseNumber(_ text: String) -> Int? {
    let values = text.compactMap(chineseDigit)
    guard values.count == text.count else { return nil }
    return chineseNumber(digits: values)
  }

  /// The value of a Chinese numeral given its digit values (十 as 10), or nil beyond 99.
  static func chineseNumber(digits values: [Int]) -> Int? {
    guard !values.isEmpty else { return nil }
    switch values.count {
    case 1: return values[0]
    case 2 where values[0] == 10: return 10 + values[1]
    case 2 where values[1] == 10: return values[0] * 10
    case 3 where values[1] == 10 && values[2] != 10: return values[0] * 10 + values[2]
    default: return nil
    }
  }
}
