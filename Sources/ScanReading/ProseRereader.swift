import DocumentModel
import TextRecognition

/// Re-reads the title and the section headings of OCR'd pages one line at a time (stage 4).
///
/// Page OCR misreads characters of the large title font and clips the last character of
/// headings (`滨海市` → `演海市`, `…行政诉讼情况` → `…行政诉讼情`); the agency name is read from the
/// title, so a wrong character there is a wrong field. The title lines are re-read at several
/// scales and voted on (`TitleRereader`); a heading is cropped alone and read with `.singleLine`
/// (c-libraries.md §3: it fixes headings page segmentation splits), which replaces the page
/// reading when Tesseract is surer of it.
package struct ProseRereader {
  /// How many lines from the top of page 1 may hold the title.
  var titleLines = 5
  /// Headings longer than this, in characters, are body text.
  var headingMaximumLength = 40
  /// Margin added around a line's word boxes before the crop, in points: page OCR boxes are
  /// tight and a clipped stroke turns a character into another.
  var margin = 3.0
  /// The numerals a heading starts with.
  private static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

  package init() {}

  /// Re-reads the page's heading lines from `image`, and its title lines too when it is the
  /// document's first page.
  ///
  /// - Parameters:
  ///   - page: An OCR'd page.
  ///   - image: The page's cleaned image.
  ///   - darkInk: The page's dark ink alone (`ReadPage.darkInk`), for the title under a seal.
  ///   - tableCells: The boxes of the page's table cells, whose lines are no headings.
  ///   - isFirstPage: Whether the title may be on this page.
  ///   - session: The engines to read with.
  /// - Returns: The page with each line Tesseract read more surely replaced.
  package func reread(
    _ page: ReadPage, image: PageImage, darkInk: PageImage? = nil, tableCells: [Box],
    isFirstPage: Bool, session: OCRSession
  ) -> ReadPage {
    var page = page
    if isFirstPage {
      page = TitleRereader(lineLimit: titleLines).reread(
        page, image: image, darkInk: darkInk, tableCells: tableCells, session: session)
    }
    for index in page.layout.lines.indices {
      let line = page.layout.lines[index]
      guard isHeading(line),
        !tableCells.contains(where: { $0.contains(x: line.box.midX, y: line.box.midY) })
      else { continue }
      if let better = reread(line, in: image, session: session) {
        page.layout.lines[index] = better
      }
    }
    return page
  }

  /// The first lines of the first page with their boxes and confidences, for `DebugDump`.
  static func topLines(_ pages: [ReadPage]) -> String {
    guard let page = pages.min(by: { $0.layout.pageNumber < $1.layout.pageNumber }) else {
      return ""
    }
    return page.layout.lines.sorted { $0.box.minY < $1.box.minY }.prefix(8).map { line in
      let b = line.box
      let confidence = line.words.map(\.confidence).min() ?? 0
      return
        "[\(Int(b.minX)) \(Int(b.minY)) \(Int(b.maxX)) \(Int(b.maxY))] \(confidence) \(line.text)"
    }.joined(separator: "\n")
  }

  private func isHeading(_ line: TextLine) -> Bool {
    let text = line.text.filter { !$0.isWhitespace }
    guard text.count <= headingMaximumLength, let first = text.first, Self.numerals.contains(first)
    else { return false }
    return text.prefix(3).contains { "、，,.．".contains($0) }
  }

  private func reread(_ line: TextLine, in image: PageImage, session: OCRSession) -> TextLine? {
    guard let reading = session.line(in: image, box: line.box.expanded(by: margin)),
      !reading.text.isEmpty
    else { return nil }
    let old = line.words.map(\.confidence).reduce(0, +) / Double(max(1, line.words.count))
    guard reading.confidence > old else { return nil }
    var word = Word(text: reading.text, box: line.box, origin: .ocr, confidence: reading.confidence)
    word.fontSize = line.words.compactMap(\.fontSize).max()
    return TextLine(words: [word])
  }
}
