import MarkupTree

/// Word's automatic paragraph numbering (`w:numPr`, `numbering.xml`): the label a numbered
/// paragraph shows before its text (`一、` `（二）` `3.`), which is not in its runs.
///
/// A report typed with Word's numbered headings prints `一、总体情况` with the `一、` only in
/// the numbering definitions; without it the section headings and row numbers would be lost.
/// Levels count per list (`w:numId`); a level's count restarts when a higher level advances.
/// Bullets produce no label.
struct DOCXNumbering {
  /// One level of a list definition.
  struct Level {
    var start = 1
    var format = "decimal"
    /// The label pattern, `%1` … `%9` standing for the levels' numbers (`%1、`, `（%2）`).
    var text = ""
  }

  /// The levels of each abstract definition, by `w:abstractNumId`.
  var abstractLevels: [String: [Int: Level]] = [:]
  /// Each list's abstract definition and start overrides, by `w:numId`.
  var lists: [String: (abstract: String, starts: [Int: Int])] = [:]
  /// Each paragraph style's numbering (`w:styleId` → numId, level), `w:basedOn` followed.
  var styleNumbering: [String: (numId: String, level: Int)] = [:]
  /// The current count of each list's levels.
  private var counters: [String: [Int: Int]] = [:]

  init() {}

  /// The definitions in `numbering.xml`, with the paragraph styles' numbering from `styles.xml`.
  init(numbering: MarkupElement?, styles: MarkupElement?) {
    for element in numbering?.elements ?? [] {
      switch element.name {
      case "abstractNum":
        guard let id = element.attributes["abstractNumId"] else { continue }
        var levels: [Int: Level] = [:]
        for level in element.elements where level.name == "lvl" {
          guard let index = level.attributes["ilvl"].flatMap({ Int($0) }) else { continue }
          var parsed = Level()
          if let start = level.child("start")?.attributes["val"].flatMap({ Int($0) }) {
            parsed.start = start
          }
          parsed.format = level.child("numFmt")?.attributes["val"] ?? "decimal"
          parsed.text = level.child("lvlText")?.attributes["val"] ?? ""
          levels[index] = parsed
        }
        abstractLevels[id] = levels
      case "num":
        guard let id = element.attributes["numId"],
          let abstract = element.child("abstractNumId")?.attributes["val"]
        else { continue }
        var starts: [Int: Int] = [:]
        for override in element.elements where override.name == "lvlOverride" {
          if let level = override.attributes["ilvl"].flatMap({ Int($0) }),
            let start = override.child("startOverride")?.attributes["val"].flatMap({ Int($0) })
          {
            starts[level] = start
          }
        }
        lists[id] = (abstract, starts)
      default:
        continue
      }
    }
    styleNumbering = Self.styleNumbering(in: styles)
  }

  /// The paragraph styles' numbering, each style's `w:basedOn` chain followed (10 steps at most).
  static func styleNumbering(in styles: MarkupElement?) -> [String: (numId: String, level: Int)] {
    var own: [String: (numId: String?, level: Int?)] = [:]
    var basedOn: [String: String] = [:]
    for style in styles?.elements ?? [] where style.name == "style" {
      guard style.attributes["type"] == "paragraph", let id = style.attributes["styleId"] else {
        continue
      }
      let numPr = style.child("pPr")?.child("numPr")
      own[id] = (
        numPr?.child("numId")?.attributes["val"],
        numPr?.child("ilvl")?.attributes["val"].flatMap { Int($0) }
      )
      if let parent = style.child("basedOn")?.attributes["val"] { basedOn[id] = parent }
    }
    var result: [String: (numId: String, level: Int)] = [:]
    for id in own.keys {
      var current: String? = id
      var numId: String?
      var level: Int?
      for _ in 0..<10 {
        guard let name = current else { break }
        numId = numId ?? own[name]?.numId
        level = level ?? own[name]?.level
        current = basedOn[name]
      }
      if let numId { result[id] = (numId, level ?? 0) }
    }
    return result
  }

  /// The label of a paragraph with these properties (`w:pPr`), advancing its list's count; nil
  /// for a paragraph that is not numbered, a bullet, or `numId` 0 (numbering removed).
  mutating func label(for properties: MarkupElement?) -> String? {
    let numPr = properties?.child("numPr")
    let style = properties?.child("pStyle")?.attributes["val"].flatMap { styleNumbering[$0] }
    guard let numId = numPr?.child("numId")?.attributes["val"] ?? style?.numId, numId != "0",
      let list = lists[numId], let levels = abstractLevels[list.abstract]
    else { return nil }
    let level =
      numPr?.child("ilvl")?.attributes["val"].flatMap { Int($0) } ?? style?.level ?? 0
    guard let definition = levels[level], definition.format != "bullet", definition.format != "none"
    else { return nil }
    var counts = counters[numId] ?? [:]
    let start = { (index: Int) in list.starts[index] ?? levels[index]?.start ?? 1 }
    counts[level] = counts[level].map { $0 + 1 } ?? start(level)
    for deeper in counts.keys where deeper > level { counts[deeper] = nil }
    counters[numId] = counts
    var text = definition.text
    for index in (0...8).reversed() {
      let placeholder = "%\(index + 1)"
      guard text.contains(placeholder) else { continue }
      let number = counts[index] ?? start(index)
      text = text.replacingOccurrences(
        of: placeholder, with: Self.formatted(number, levels[index]?.format ?? "decimal"))
    }
    return text.isEmpty ? nil : text
  }

  /// A number in one of Word's formats; decimal for the formats not listed.
  static func formatted(_ number: Int, _ format: String) -> String {
    switch format {
    case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
      "japaneseCounting":
      return chinese(number)
    case "ideographTraditional":
      let stems = Array("甲乙丙丁戊己庚辛壬癸")
      return number >= 1 && number <= stems.count ? String(stems[number - 1]) : String(number)
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
      guard number >= 1 && number <= 20, let circled = Unicode.Scalar(0x2460 + number - 1) else {
        return String(number)
      }
      return String(Character(circled))
    case "decimalFullWidth", "decimalFullWidth2":
      return String(
        String(number).unicodeScalars.compactMap { Unicode.Scalar($0.value + 0xFEE0) }.map(
          Character.init))
    case "decimalZero":
      return number < 10 ? "0\(number)" : String(number)
    case "upperLetter", "lowerLetter":
      guard number >= 1 else { return String(number) }
      let letter = Character(Unicode.Scalar(UInt8(65 + (number - 1) % 26)))
      let text = String(repeating: letter, count: (number - 1) / 26 + 1)
      return format == "upperLetter" ? text : text.lowercased()
    case "upperRoman", "lowerRoman":
      let text = roman(number)
      return format == "upperRoman" ? text : text.lowercased()
    default:
      return String(number)
    }
  }

  /// 1 … 99 in Chinese numerals (`一` … `十` … `九十九`); others in Arabic digits.
  static func chinese(_ number: Int) -> String {
    let digits = Array("零一二三四五六七八九")
    guard number >= 1 && number < 100 else { return String(number) }
    if number < 10 { return String(digits[number]) }
    let tens = number / 10
    let ones = number % 10
    return (tens == 1 ? "" : String(digits[tens])) + "十" + (ones == 0 ? "" : String(digits[ones]))
  }

  static func roman(_ number: Int) -> String {
    guard number >= 1 && number < 4000 else { return String(number) }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = number
    var result = ""
    for (value, symbol) in table {
      while rest >= value {
        result += symbol
        rest -= value
      }
    }
    return result
  }
}
