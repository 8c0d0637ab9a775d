import DocumentModel
import MarkupTree

/// Walks a DOCX body (`w:body`, a table cell) into paragraphs and tables.
///
/// Element names are WordprocessingML's local names (`p`, `r`, `t`, `tbl`, `tc`); the namespace
/// prefixes are dropped by the parse.
struct DOCXWalker {
  private(set) var blocks: [MarkupBlock] = []
  /// Tables seen so far in document order, nested ones included (`MarkupTable.index`).
  var tableCount = 0
  /// The document's automatic numbering, with its counts so far.
  var numbering = DOCXNumbering()

  /// Containers whose children are read as if they stood in their place (content controls,
  /// custom XML, tracked insertions and moves).
  static let transparent: Set<String> = [
    "sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "hyperlink", "fldSimple", "bdo",
    "dir",
  ]

  /// Elements never read: properties, deleted and moved-away revisions, drawings and text boxes,
  /// field codes, footnote marks and anchors, math.
  static let skipped: Set<String> = [
    "pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "tblGrid", "sdtPr", "sdtEndPr", "del",
    "moveFrom", "delText", "instrText", "delInstrText", "fldChar", "drawing", "pict", "object",
    "AlternateContent", "footnoteReference", "endnoteReference", "commentReference", "oMath",
    "oMathPara", "bookmarkStart", "bookmarkEnd", "proofErr", "lastRenderedPageBreak", "altChunk",
  ]

  /// Reads the block-level children of `container` (a body, a cell, a content control).
  mutating func blocks(in container: MarkupElement) {
    for element in container.elements {
      switch element.name {
      case "p":
        if let paragraph = paragraph(element) { blocks.append(.paragraph(paragraph)) }
      case "tbl":
        table(element)
      case _ where Self.transparent.contains(element.name):
        blocks(in: element)
      default:
        continue
      }
    }
  }

  /// A table: a grid when it has two rows and two columns and no table inside; else its cells'
  /// content is read as paragraphs (a layout table, a one-cell frame).
  mutating func table(_ element: MarkupElement) {
    tableCount += 1
    let index = tableCount
    let grid = DOCXTableGrid(element)
    guard !element.contains("tbl"), grid.rowCount >= 2, grid.columnCount >= 2 else {
      for cell in grid.cells { blocks(in: cell.element) }
      return
    }
    var cells: [MarkupCell] = []
    for cell in grid.cells {
      cells.append(
        MarkupCell(
          row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan,
          lines: lines(of: cell.element)))
    }
    blocks.append(
      .table(
        MarkupTable(
          index: index, rowCount: grid.rowCount, columnCount: grid.columnCount, cells: cells)))
  }

  /// A cell's lines: each paragraph's lines, in order (numbered ones counting on).
  mutating func lines(of cell: MarkupElement) -> [String] {
    var walker = DOCXWalker()
    walker.numbering = numbering
    walker.blocks(in: cell)
    numbering = walker.numbering
    return walker.blocks.flatMap { block -> [String] in
      if case .paragraph(let paragraph) = block { paragraph.lines } else { [] }
    }
  }

  /// A paragraph's lines (broken at `w:br` and `w:cr`), its automatic number first, and its
  /// largest run size; nil when it holds no text.
  mutating func paragraph(_ element: MarkupElement) -> MarkupParagraph? {
    var collector = RunText()
    collector.read(element)
    var lines = collector.finish()
    guard !lines.isEmpty else { return nil }
    // Counted only for paragraphs with text: Word numbers an empty one too, but an empty
    // numbered paragraph in a report is a stray list item, never a heading.
    if let label = numbering.label(for: element.child("pPr")) {
      lines[0] = label + " " + lines[0]
    }
    return MarkupParagraph(lines: lines, fontSize: collector.fontSize)
  }

  /// The concatenated text nodes of an element (`<Application>WPS Office</Application>`).
  static func plainText(_ element: MarkupElement) -> String {
    element.children.map { node -> String in
      switch node {
      case .text(let text): text
      case .element(let child): plainText(child)
      }
    }.joined().trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

/// Collects a paragraph's run text into lines.
private struct RunText {
  var lines = WrappedLines()
  var fontSize: Double?

  mutating func read(_ element: MarkupElement) {
    for child in element.elements {
      switch child.name {
      case "r":
        run(child)
      case _ where DOCXWalker.transparent.contains(child.name):
        read(child)
      default:
        continue  // pPr, deleted text, bookmarks, math, drawings
      }
    }
  }

  mutating func run(_ run: MarkupElement) {
    var hasText = false
    for child in run.elements {
      switch child.name {
      case "t":
        let text = DOCXWalker.plainTextPreservingSpaces(child)
        lines.append(text)
        hasText = hasText || !text.allSatisfy(\.isWhitespace)
      case "tab", "ptab":
        lines.appendSpace()
      case "br", "cr":
        lines.breakLine()
      case "noBreakHyphen":
        lines.append("-")
      default:
        continue  // rPr, field codes, drawings, footnote marks
      }
    }
    if hasText, let size = Self.size(of: run) { fontSize = max(fontSize ?? 0, size) }
  }

  /// A run's font size in points (`w:sz` is in half-points).
  static func size(of run: MarkupElement) -> Double? {
    guard let value = run.child("rPr")?.child("sz")?.attributes["val"],
      let halfPoints = Double(value),
      halfPoints > 0
    else { return nil }
    return halfPoints / 2
  }

  mutating func finish() -> [String] {
    lines.finish()
  }
}

extension DOCXWalker {
  /// The text of a `w:t`, spaces kept (the caller collapses them).
  static func plainTextPreservingSpaces(_ element: MarkupElement) -> String {
    element.children.map { node -> String in
      if case .text(let text) = node { text } else { "" }
    }.joined()
  }
}
