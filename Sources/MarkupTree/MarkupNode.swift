/// A node of a parsed markup document: an element or a run of text.
public enum MarkupNode: Hashable, Sendable {
  case element(MarkupElement)
  /// Character data, entities already replaced (`&nbsp;` is U+00A0).
  case text(String)
}

/// An element with its attributes and children, in document order.
///
/// Names are local names, lowercased for HTML (`td`) and as written for XML (`tc` for `w:tc`);
/// XML namespaces are dropped, which suits the one vocabulary a DOCX part uses.
public struct MarkupElement: Hashable, Sendable {
  public var name: String
  /// Attribute values by local name (`w:val` → `val`).
  public var attributes: [String: String]
  public var children: [MarkupNode]

  public init(name: String, attributes: [String: String] = [:], children: [MarkupNode] = []) {
    self.name = name
    self.attributes = attributes
    self.children = children
  }

  /// The child elements, in order.
  public var elements: [MarkupElement] {
    children.compactMap { if case .element(let element) = $0 { element } else { nil } }
  }

  /// The first child element named `name`.
  public func child(_ name: String) -> MarkupElement? {
    for case .element(let element) in children where element.name == name { return element }
    return nil
  }

  /// Whether any descendant element is named `name`.
  public func contains(_ name: String) -> Bool {
    for case .element(let element) in children {
      if element.name == name || element.contains(name) { return true }
    }
    return false
  }

  /// How many descendant elements are named `name`, this element excluded.
  public func count(of name: String) -> Int {
    var total = 0
    for case .element(let element) in children {
      total += (element.name == name ? 1 : 0) + element.count(of: name)
    }
    return total
  }
}
