import DocumentModel
import Foundation

/// Reads the title line `<agency><year>年政府信息公开工作年度报告` at the top of page 1.
///
/// The title may be split over two lines (`洪泽区人民政府` / `2023 年政府信息公开工作年度报告`,
/// `shared/real/hongze-2023.pdf`), spaced (`2024 年`), or put the year first
/// (`2023年度洪泽区…`). Lines are joined without spaces and matched with a pattern; the lines in the
/// largest font are tried first when the text layer knows font sizes.
enum TitleReader {
  /// A title found.
  struct Title: Hashable, Sendable {
    /// The title without whitespace.
    var title: String
    var agency: String?
    var year: Int?
    /// The lowest confidence of an OCR'd word in the title lines (`0...1`); nil when the title
    /// comes from a text layer. For a title re-read at several scales it is at most the share
    /// of readings that agreed (`TitleRereader` in ReportExtraction).
    var confidence: Double? = nil
    /// The boxes of the page-1 lines the title was read from.
    var lineBoxes: [Box] = []
  }

  /// The title of the document, or nil when no top line of page 1 reads as one.
  static func title(in layouts: [PageLayout], lineLimit: Int) -> Title? {
    guard let first = layouts.min(by: { $0.pageNumber < $1.pageNumber }) else { return nil }
    let lines = first.lines.sorted { $0.box.minY < $1.box.minY }.prefix(lineLimit)
      .map {
        (
          text: $0.text.filter { !$0.isWhitespace }, size: $0.words.compactMap(\.fontSize).max(),
          confidence: $0.words.filter { $0.origin == .ocr }.map(\.confidence).min(), box: $0.box
        )
      }
      .filter { !$0.text.isEmpty }
    func title(_ used: [(text: String, size: Double?, confidence: Double?, box: Box)]) -> Title? {
      guard var title = parse(used.map(\.text).joined()) else { return nil }
      title.confidence = used.compactMap(\.confidence).min()
      title.lineBoxes = used.map(\.box)
      return title
    }
    if let largest = lines.compactMap(\.size).max() {
      if let found = title(lines.filter { ($0.size ?? 0) >= 0.9 * largest }) { return found }
    }
    for start in lines.indices {
      for count in 1...3 where start + count <= lines.count {
        if let found = title(Array(lines[start..<(start + count)])) { return found }
      }
    }
    return nil
  }

  /// Parses a joined title text; nil unless it contains a year and `政府信息公开…年度报告`.
  static func parse(_ text: String) -> Title? {
    let compact = arabicYears(
      text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace })
    let pattern = #/^(.*?)((?:19|20)\d{2})年度?(.*?)政府信息公开(?:工作)?(?:年度)?报告/#
    guard let match = compact.firstMatch(of: pattern) else { return nil }
    let before = String(match.output.1)
    let after = String(match.output.3)
    let agency = before.isEmpty ? after : before
    return Title(
      title: String(match.output.0), agency: agency.isEmpty ? nil : agency,
      year: Int(match.output.2))
  }

  /// The text with years in Chinese digits turned into Arabic ones (`二〇二三年` → `2023年`).
  static func arabicYears(_ text: String) -> String {
    let digits: [Character: Character] = [
      "〇": "0", "零": "0", "○": "0", "O": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
      "六": "6", "七": "7", "八": "8", "九": "9",
    ]
    var characters = Array(text)
    var index = 0
    while index + 4 < characters.count {
      let window = characters[index..<(index + 4)]
      if characters[index + 4] == "年", window.allSatisfy({ digits[$0] != nil }),
        digits[window[window.startIndex]] == "2" || digits[window[window.startIndex]] == "1"
      {
        for offset in 0..<4 {
          characters[index + offset] = digits[characters[index + offset]] ?? "0"
        }
        index += 5
      } else {
        index += 1
      }
    }
    return String(characters)
  }
}
