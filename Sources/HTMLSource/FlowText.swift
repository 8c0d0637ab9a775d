import DocumentModel

/// Collects text into lines and paragraphs the way a browser breaks them: runs of whitespace
/// collapse to one space, `<br>` ends a line, a block element ends a paragraph.
///
/// `&nbsp;` (U+00A0) and the ideographic space (U+3000) count as whitespace too: portals pad
/// blank table cells and indent paragraphs with them, and neither is part of a value or label.
struct FlowText {
  /// The finished blocks.
  private(set) var blocks: [MarkupBlock] = []
  /// The open paragraph's lines.
  private var lines = WrappedLines()
  /// The largest font size given to the open paragraph.
  private var fontSize: Double?

  /// Appends text, collapsing whitespace.
  mutating func append(_ text: String) {
    lines.append(text)
  }

  /// Ends the open line (`<br>`).
  mutating func breakLine() {
    lines.breakLine()
  }

  /// Ends the open paragraph (a block element starts or ends).
  mutating func breakParagraph() {
    let finished = lines.finish()
    if !finished.isEmpty {
      blocks.append(.paragraph(MarkupParagraph(lines: finished, fontSize: fontSize)))
    }
    fontSize = nil
  }

  /// Marks the open paragraph with a font size (the largest wins).
  mutating func setFontSize(_ size: Double) {
    fontSize = max(fontSize ?? 0, size)
  }

  /// Ends the open paragraph and appends a table.
  mutating func append(_ table: MarkupTable) {
    breakParagraph()
    blocks.append(.table(table))
  }

  /// Every line of the finished blocks, paragraphs only, in order (a table cell's text).
  var allLines: [String] {
    blocks.flatMap { block -> [String] in
      if case .paragraph(let paragraph) = block { paragraph.lines } else { [] }
    }
  }
}
