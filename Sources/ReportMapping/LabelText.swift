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
    let characters = Array(normalizedText)
    guard let first = characters.first else { return nil }
    if first.isASCII && first.isNumber {
      let digits = characters.prefix { $0.isASCII && $0.isNumber }
      guard digits.count < characters.count, characters[digits.count] == ".",
        let value = Int(String(digits))
      else { return nil }
      return Numbering(style: .arabic, value: value)
    }
    if first == "(" {
      let inner = characters.dropFirst().prefix { chineseDigit($0) != nil }
      guard !inner.isEmpty, characters.count > inner.count + 1,
        characters[inner.count + 1] == ")", let value = chineseNumber(String(inner))
      else { return nil }
      return Numbering(style: .parenthesized, value: value)
    }
    let inner = characters.prefix { chineseDigit($0) != nil }
    if !inner.isEmpty, characters.count > inner.count, characters[inner.count] == "、",
      let value = chineseNumber(String(inner))
    {
      return Numbering(style: .chinese, value: value)
    }
    return nil
  }

  /// The label without its leading number (`1.属于国家秘密` → `属于国家秘密`).
  ///
  /// - Parameter normalizedText: a label already passed through `normalized(_:)`.
  /// - Returns: the label after its number.
  static func body(of normalizedText: String) -> String {
    let characters = Array(normalizedText)
    guard let numbering = numbering(of: normalizedText) else { return normalizedText }
    switch numbering.style {
    case .arabic:
      let digits = characters.prefix { $0.isASCII && $0.isNumber }.count
      return String(characters.dropFirst(digits + 1))
    case .parenthesized:
      let close = characters.firstIndex(of: ")") ?? 0
      return String(characters.dropFirst(close + 1))
    case .chinese:
      let mark = characters.firstIndex(of: "、") ?? 0
      return String(characters.dropFirst(mark + 1))
    }
  }

  /// The text's NFKC form without whitespace.
  static func compactFolded(_ text: String) -> String {
    text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace }
  }

  /// The value of a Chinese numeral digit, 一 … 十.
  static func chineseDigit(_ character: Character) -> Int? {
    switch character {
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
