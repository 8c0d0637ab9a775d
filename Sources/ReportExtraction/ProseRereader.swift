import DocumentModel
import TextRecognition

/// Re-reads the title and the section headings of OCR'd pages one line at a time (stage 4).
///
/// Page OCR misreads characters of the large title font and clips the last character of
/// headings (`滨海市` → `演海市`, `…行政诉讼情况` → `…行政诉讼情`); the agency name is read from the
/// title, so a wrong character there is a wrong field. A line cropped alone and read with
/// `.singleLine` (c-libraries.md §3: it fixes headings page segmentation splits) replaces the
/// page reading when Tesseract is surer of it.
struct ProseRereader {
  /// How many lines from the top of page 1 may hold the title.
  var titleLines = 5
  /// Headings longer than this, in characters, are body text.
  var headingMaximumLength = 40
  /// Margin added around a line's word boxes before the crop, in points: page OCR boxes are
  /// tight and a clipped stroke turns a character into another.
  var margin = 3.0
  /// The numerals a heading starts with.
  private static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

  /// The pages with their title and heading lines re-read; text-layer pages are unchanged.
  func reread(_ pages: [ReadPage], tables: [TableGrid], session: OCRSession?) -> [ReadPage] {
    guard let session else { return pages }
    let first = pages.map(\.layout.pageNumber).min()
    return pages.map { page in
      guard let image = page.image else { return page }
      let cells = tables.flatMap(\.cells).filter { $0.page == page.layout.pageNumber }.map(\.box)
      var page = page
      let order = page.layout.lines.indices.sorted {
        page.layout.lines[$0].box.minY < page.layout.lines[$1].box.minY
      }
      for (rank, index) in order.enumerated() {
        let line = page.layout.lines[index]
        let isTitle = page.layout.pageNumber == first && rank < titleLines
        guard isTitle || isHeading(line),
          !cells.contains(where: { $0.contains(x: line.box.midX, y: line.box.midY) })
        else { continue }
        if let better = reread(line, in: image, session: session) {
          page.layout.lines[index] = better
        }
      }
      return page
    }
  }

  private func isHeading(_ line: TextLine) -> Bool {
    let text = line.text.filter { !$0.isWhitespace }
    guard text.count <= headingMaximumLength, let first = text.first, Self.numerals.contains(first)
    else { return false }
    return text.prefix(3).contains { "、，,.．".contains($0) }
  }

  private func reread(_ line: TextLine, in image: PageImage, session: OCRSession) -> TextLine? {
    guard let reading = session.line(in: image, box: line.box.expanded(by: margin)), !reading.text.isEmpty else { return nil }
    let old = line.words.map(\.confidence).reduce(0, +) / Double(max(1, line.words.count))
    guard reading.confidence > old else { return nil }
    var word = Word(text: reading.text, box: line.box, origin: .ocr, confidence: reading.confidence)
    word.fontSize = line.words.compactMap(\.fontSize).max()
    return TextLine(words: [word])
  }
}
