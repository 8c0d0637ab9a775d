import DocumentModel
import Foundation

/// A line of running text: outside every table, not a page footer.
struct ProseLine: Sendable {
  var page: Int
  var box: Box
  /// The text with spaces next to CJK characters removed (`2024 年` → `2024年`).
  var text: String
  /// Whether it starts a paragraph: indented, or after a line that ended short.
  var startsParagraph: Bool
  /// Whether its text was read by OCR (and may hold misread characters).
  var isOCR = false
}

/// Collects the prose lines of a document in reading order.
enum ProseLines {
  /// The lines of every page outside the table areas, footers dropped, in page order.
  ///
  /// - Parameters:
  ///   - layouts: the pages.
  ///   - tableAreas: per page, the boxes covered by tables; a line whose centre lies inside one
  ///     is table text.
  /// - Returns: the prose lines, page by page, top to bottom.
  static func lines(of layouts: [PageLayout], tableAreas: [Int: [Box]]) -> [ProseLine] {
    var result: [ProseLine] = []
    for layout in layouts.sorted(by: { $0.pageNumber < $1.pageNumber }) {
      let areas = tableAreas[layout.pageNumber] ?? []
      let lines = layout.lines
        .filter { line in !areas.contains { $0.contains(x: line.box.midX, y: line.box.midY) } }
        .map { (line: $0, text: cleaned($0.text)) }
        .filter { !$0.text.isEmpty && !PageFurniture.isPageNumber($0.text) }
        .sorted { $0.line.box.minY < $1.line.box.minY }
      guard !lines.isEmpty else { continue }
      let left = lines.map(\.line.box.minX).min() ?? 0
      let right = lines.map(\.line.box.maxX).max() ?? 0
      var previous: (box: Box, text: String)?
      for (line, text) in lines {
        let height = max(1, line.box.height)
        let indented = line.box.minX - left > 0.8 * height
        let afterShort = previous.map { $0.box.maxX < right - 1.5 * height } ?? false
        result.append(
          ProseLine(
            page: layout.pageNumber, box: line.box, text: text,
            startsParagraph: indented || afterShort,
            isOCR: line.words.contains { $0.origin == .ocr }))
        previous = (line.box, text)
      }
    }
    return result
  }

  /// The text with whitespace removed except between two ASCII letters or digits.
  static func cleaned(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for character in text {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace, let last = result.last, last.isASCII, last.isLetter || last.isNumber,
        character.isASCII, character.isLetter || character.isNumber
      {
        result.append(" ")
      }
      pendingSpace = false
      result.append(character)
    }
    return result
  }
}
