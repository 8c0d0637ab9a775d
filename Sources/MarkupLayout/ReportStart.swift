import DocumentModel

/// Finds where the report starts in a markup document: its title paragraph.
///
/// A portal page puts navigation, a breadcrumb and a date line above the report; the mapping
/// stage looks for the title among the first lines of page 1, so what comes before the title
/// is left out of the layout. The breadcrumb often ends with the title itself
/// (`首页 > 政务公开 > …年度报告`): a paragraph with a breadcrumb mark is never the title.
enum ReportStart {
  /// Marks that separate a breadcrumb's steps, and its usual labels.
  static let breadcrumbMarks = [">", "＞", "›", "»", "→", "当前位置", "您的位置", "所在位置"]

  /// The index of the first block to keep and the indices of the title's paragraphs; nil when
  /// no paragraph reads as a title (everything is kept).
  static func start(of blocks: [MarkupBlock]) -> (first: Int, title: [Int])? {
    for (index, block) in blocks.enumerated() {
      guard case .paragraph(let paragraph) = block else { continue }
      let text = compact(paragraph.lines.joined())
      guard isTitle(text) else { continue }
      // A title split in two paragraphs: the agency alone, then the year and the rest.
      if index > 0, case .paragraph(let previous) = blocks[index - 1],
        startsWithYear(text), compact(previous.lines.joined()).count <= 30,
        !breadcrumbMarks.contains(where: { previous.lines.joined().contains($0) })
      {
        return (index - 1, [index - 1, index])
      }
      return (index, [index])
    }
    return nil
  }

  /// Whether a paragraph's text, whitespace removed, reads as a report title: the phrase
  /// 政府信息公开 and 报告, a year (`2023年`, `二〇二三年`), at most 80 characters, no breadcrumb.
  static func isTitle(_ text: String) -> Bool {
    guard text.count <= 80, text.contains("政府信息公开"), text.contains("报告"),
      !breadcrumbMarks.contains(where: { text.contains($0) })
    else { return false }
    return yearRange(in: text) != nil
  }

  /// Whether the text starts with its year.
  static func startsWithYear(_ text: String) -> Bool {
    yearRange(in: text)?.lowerBound == 0
  }

  /// The offset of the first year (four Arabic or Chinese digits and 年), in characters.
  static func yearRange(in text: String) -> Range<Int>? {
    let characters = Array(text)
    let digits: Set<Character> = ["〇", "零", "○", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    func isDigit(_ character: Character) -> Bool {
      (character.isASCII && character.isNumber) || digits.contains(character)
    }
    guard characters.count >= 5 else { return nil }
    for start in 0...(characters.count - 5)
    where characters[start + 4] == "年" && characters[start..<(start + 4)].allSatisfy(isDigit) {
      return start..<(start + 5)
    }
    return nil
  }

  static func compact(_ text: String) -> String {
    text.filter { !$0.isWhitespace }
  }
}
