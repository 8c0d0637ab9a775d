import DocumentModel
import Foundation
import MarkupTree

/// Reads an HTML page into a `MarkupDocument`: its paragraphs and tables in reading order.
///
/// The page is parsed by libxml2's HTML parser in the encoding `HTMLCharset` chooses. What a
/// reader does not see is skipped: `<head>`, scripts and styles, forms' controls, `<nav>`,
/// `<footer>` and `<aside>`, a site footer marked by its class or id, and elements hidden with
/// `display:none`. A table holding another
/// table is a layout table (portals frame the article in one): its cells are read as running
/// text. Every other table with at least two rows and two columns becomes a `MarkupTable`, its
/// `rowspan` and `colspan` resolved; `<br>` and block elements (`<p>`, `<div>`) inside a cell
/// break its text into lines.
public struct HTMLReader: Sendable {
  public init() {}

  /// Elements whose content is not part of the page a reader sees.
  static let skipped: Set<String> = [
    "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "select",
    "option", "button", "input", "textarea", "nav", "footer", "aside", "svg", "math", "map",
    "audio", "video", "canvas", "meta", "link", "title",
  ]

  /// Elements that start and end a paragraph.
  static let blocks: Set<String> = [
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article",
    "header", "main", "center", "address", "hr", "form", "fieldset", "figure", "figcaption",
    "caption", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "body", "html",
  ]

  /// The font size a heading element gives its paragraph, in points (body text is 12 pt).
  static let headingSizes: [String: Double] = [
    "h1": 24, "h2": 18, "h3": 15, "h4": 13, "h5": 12, "h6": 12,
  ]

  /// The page's blocks.
  ///
  /// - Throws: `HTMLSourceError` when the bytes are not an HTML page (no markup, binary data) or
  ///   libxml2 cannot parse them.
  public func document(from data: Data) throws(HTMLSourceError) -> MarkupDocument {
    guard Self.looksLikeHTML(data) else {
      throw HTMLSourceError(
        message: "it is not an HTML page (no HTML tags in its first bytes)",
        remedy: "Pass the report's PDF, HTML or Word file.")
    }
    let charset = HTMLCharset.choice(for: data)
    let parsed: MarkupParser.Document
    do {
      parsed = try MarkupParser.html(data, encoding: charset.encoding)
    } catch {
      throw HTMLSourceError(
        message: "it cannot be parsed as HTML: \(error.message)",
        remedy: "Save the page again as UTF-8 HTML and retry.")
    }
    var walker = HTMLWalker()
    walker.visit(parsed.root)
    walker.flow.breakParagraph()
    var notices: [String] = []
    if let notice = charset.notice { notices.append(notice) }
    if parsed.droppedElements > 0 {
      notices.append(
        "\(parsed.droppedElements) element(s) nested deeper than \(MarkupParser.maximumDepth) levels were skipped"
      )
    }
    return MarkupDocument(
      blocks: walker.flow.blocks, producer: Self.generator(in: parsed.root),
      title: Self.title(in: parsed.root), notices: notices)
  }

  /// Whether the bytes look like HTML: no NUL byte in the first 4 KB (UTF-16 aside) and a tag
  /// (`<html`, `<body`, `<table`, `<p`, `<div`, `<meta`, `<!doctype`) among them.
  public static func looksLikeHTML(_ data: Data) -> Bool {
    let head = [UInt8](data.prefix(4096))
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return true }
    guard !head.contains(0) else { return false }
    let text = String(decoding: head, as: UTF8.self).lowercased()
    return ["<html", "<body", "<table", "<p", "<div", "<meta", "<!doctype html", "<head", "<span"]
      .contains { text.contains($0) }
  }

  /// The text of the page's `<title>`, whitespace collapsed; nil when it has none.
  static func title(in root: MarkupElement) -> String? {
    var found: String?
    func visit(_ element: MarkupElement) {
      for child in element.elements where found == nil {
        if child.name == "title" {
          var flow = FlowText()
          for case .text(let text) in child.children { flow.append(text) }
          flow.breakParagraph()
          found = flow.allLines.first
        } else if child.name != "body" {
          visit(child)
        }
      }
    }
    visit(root)
    return found
  }

  /// The content of `<meta name="generator">`, when the page has one.
  static func generator(in root: MarkupElement) -> String? {
    var found: String?
    func visit(_ element: MarkupElement) {
      for child in element.elements where found == nil {
        if child.name == "meta", child.attributes["name"]?.lowercased() == "generator",
          let content = child.attributes["content"], !content.isEmpty
        {
          found = content
        } else if child.name != "body" {
          visit(child)
        }
      }
    }
    visit(root)
    return found
  }
}

/// Walks the parsed page, feeding text to a `FlowText` and building tables.
struct HTMLWalker {
  var flow = FlowText()
  /// Tables seen so far, in document order, skipped ones included (for `MarkupTable.index`).
  var tableCount = 0

  mutating func visit(_ element: MarkupElement) {
    for child in element.children {
      switch child {
      case .text(let text):
        flow.append(text)
      case .element(let child):
        visitElement(child)
      }
    }
  }

  mutating func visitElement(_ element: MarkupElement) {
    if HTMLReader.skipped.contains(element.name) || Self.isHidden(element)
      || Self.isPageFooter(element)
    {
      tableCount += (element.name == "table" ? 1 : 0) + element.count(of: "table")
      return
    }
    switch element.name {
    case "br":
      flow.breakLine()
    case "table":
      table(element)
    default:
      let isBlock = HTMLReader.blocks.contains(element.name)
      if isBlock { flow.breakParagraph() }
      if let size = HTMLReader.headingSizes[element.name] { flow.setFontSize(size) }
      visit(element)
      if isBlock { flow.breakParagraph() }
    }
  }

  /// A table: a grid when it has two rows and two columns and no table inside; else its cells
  /// are running text (a layout table, a one-cell frame).
  mutating func table(_ element: MarkupElement) {
    tableCount += 1
    let index = tableCount
    let grid = HTMLTableGrid(element)
    let nested = element.contains("table")
    guard !nested, grid.rowCount >= 2, grid.columnCount >= 2 else {
      flow.breakParagraph()
      visit(element)
      flow.breakParagraph()
      return
    }
    if let caption = element.child("caption") {
      flow.breakParagraph()
      visit(caption)
      flow.breakParagraph()
    }
    let cells = grid.slots.filter { !Self.isHidden($0.element) }.map { slot in
      MarkupCell(
        row: slot.row, column: slot.column, rowSpan: slot.rowSpan, columnSpan: slot.columnSpan,
        lines: Self.lines(of: slot.element))
    }
    flow.append(
      MarkupTable(
        index: index, rowCount: grid.rowCount, columnCount: grid.columnCount, cells: cells))
  }

  /// A cell's text lines: `<br>` and block elements break lines.
  static func lines(of cell: MarkupElement) -> [String] {
    var walker = HTMLWalker()
    walker.visit(cell)
    walker.flow.breakParagraph()
    return walker.flow.allLines
  }

  /// Class and id words that mark a site's page footer (copyright, ICP number, site code),
  /// printed after the report on every page of the site.
  static let footerWords: Set<String> = ["footer", "foot", "copyright"]

  /// Whether the element is the site's footer: `role="contentinfo"`, or a class or id word
  /// (split at spaces, `-` and `_`) in `footerWords` (`class="footer"`, `id="page-foot"`).
  static func isPageFooter(_ element: MarkupElement) -> Bool {
    if element.attributes["role"]?.lowercased() == "contentinfo" { return true }
    let names = [element.attributes["class"], element.attributes["id"]].compactMap { $0 }
    return names.contains { name in
      name.lowercased().split { $0 == " " || $0 == "-" || $0 == "_" }.contains {
        footerWords.contains(String($0))
      }
    }
  }

  /// Whether an inline style or the `hidden` attribute hides the element.
  static func isHidden(_ element: MarkupElement) -> Bool {
    if element.attributes["hidden"] != nil { return true }
    guard let style = element.attributes["style"]?.lowercased() else { return false }
    let compact = style.filter { !$0.isWhitespace }
    return compact.contains("display:none") || compact.contains("visibility:hidden")
  }
}
