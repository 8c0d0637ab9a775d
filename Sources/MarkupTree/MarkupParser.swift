import CLibXML2
import Foundation

/// Parses HTML and XML with libxml2 into `MarkupElement` trees.
///
/// libxml2's HTML parser recovers from tag soup the way portals publish it (unclosed `<p>` and
/// `<td>`, stray end tags, `<table>` inside `<p>`); its XML parser reads the parts of a DOCX.
/// The C tree is copied into Swift values and freed before returning.
public enum MarkupParser {
  /// Elements nested deeper than this are dropped with their content (and counted).
  ///
  /// libxml2's XML parser stops at 256 levels itself; a published page nests 20–40. The limit
  /// keeps a hostile page from exhausting the stack of the copy.
  public static let maximumDepth = 512

  /// A parsed document: the root's children, and how many elements were too deep to keep.
  public struct Document: Sendable {
    /// A synthetic element named `#document` holding the top-level nodes.
    public var root: MarkupElement
    /// Elements below `maximumDepth`, dropped.
    public var droppedElements: Int
  }

  /// Parses an HTML page whose bytes are in `encoding` (a name iconv knows, `GB18030`, `UTF-8`).
  ///
  /// The encoding is forced: a `<meta charset>` inside the page does not switch it (the caller
  /// reads the declaration first, `HTMLCharset` in HTMLSource).
  ///
  /// - Throws: `MarkupParseError` when libxml2 returns no document (an unknown encoding, input
  ///   over 2 GB).
  public static func html(_ data: Data, encoding: String) throws(MarkupParseError) -> Document {
    guard isKnownEncoding(encoding) else {
      throw MarkupParseError("the character encoding \(encoding) is not supported")
    }
    return try parse(data, what: "HTML") { bytes, count in
      htmlReadMemory(bytes, count, "page.html", encoding, clibxml2_html_options())
    }
  }

  /// Parses an XML document (a DOCX part).
  ///
  /// - Throws: `MarkupParseError` when it is not well-formed XML.
  public static func xml(_ data: Data) throws(MarkupParseError) -> Document {
    try parse(data, what: "XML") { bytes, count in
      xmlReadMemory(bytes, count, "part.xml", nil, clibxml2_xml_options())
    }
  }

  /// Whether libxml2 (through iconv) can decode `encoding`.
  public static func isKnownEncoding(_ encoding: String) -> Bool {
    guard let handler = xmlFindCharEncodingHandler(encoding) else { return false }
    xmlCharEncCloseFunc(handler)
    return true
  }

  private static func parse(
    _ data: Data, what: String,
    _ read: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?
  ) throws(MarkupParseError) -> Document {
    guard data.count < Int(Int32.max) else {
      throw MarkupParseError("the \(what) is too large (\(data.count) bytes)")
    }
    clibxml2_silence()
    let parsed: xmlDocPtr? = data.withUnsafeBytes { raw in
      guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
      return read(base, Int32(raw.count))
    }
    guard let document = parsed else {
      throw MarkupParseError("libxml2 could not parse the \(what)")
    }
    defer { xmlFreeDoc(document) }
    var converter = TreeConverter()
    let children = converter.nodes(from: document.pointee.children, depth: 0)
    return Document(
      root: MarkupElement(name: "#document", children: children),
      droppedElements: converter.dropped)
  }
}

/// Copies a libxml2 node list into Swift values.
private struct TreeConverter {
  var dropped = 0

  mutating func nodes(from first: xmlNodePtr?, depth: Int) -> [MarkupNode] {
    var result: [MarkupNode] = []
    var current = first
    while let node = current {
      current = node.pointee.next
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        guard depth < MarkupParser.maximumDepth else {
          dropped += 1
          continue
        }
        result.append(.element(element(node, depth: depth)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = node.pointee.content {
          let text = String(cString: content)
          if !text.isEmpty { result.append(.text(text)) }
        }
      default:
        continue  // comments, processing instructions, DTD nodes
      }
    }
    return result
  }

  mutating func element(_ node: xmlNodePtr, depth: Int) -> MarkupElement {
    let name = node.pointee.name.map { String(cString: $0) } ?? ""
    var attributes: [String: String] = [:]
    var attribute = node.pointee.properties
    while let current = attribute {
      attribute = current.pointee.next
      guard let attributeName = current.pointee.name else { continue }
      var value = ""
      var child = current.pointee.children
      while let text = child {
        child = text.pointee.next
        if let content = text.pointee.content { value += String(cString: content) }
      }
      attributes[String(cString: attributeName)] = value
    }
    return MarkupElement(
      name: name, attributes: attributes,
      children: nodes(from: node.pointee.children, depth: depth + 1))
  }
}
