import DocumentModel

/// Walks a file's page tree (`/Root /Pages /Kids …`) in order, passing inheritable attributes
/// down, skipping a node it has already visited (a `/Kids` cycle) and stopping at a depth or
/// page limit.
struct PDFPageTree {
  /// The deepest page tree walked: real trees are 2–4 levels deep.
  static let maximumDepth = 64
  /// The most pages listed: the largest report seen has a few hundred.
  static let maximumPages = 100_000

  let file: PDFFile

  /// Attributes a page inherits from its ancestors (unresolved, as the nearest one wrote it).
  private struct Inherited {
    var resources: PDFObject = .null
    var mediaBox: PDFObject = .null
    var cropBox: PDFObject = .null
    var rotation: PDFObject = .null

    /// These attributes overridden by those `node` has.
    func overridden(by node: PDFDictionary) -> Inherited {
      var result = self
      if !node["Resources"].isNull { result.resources = node["Resources"] }
      if !node["MediaBox"].isNull { result.mediaBox = node["MediaBox"] }
      if !node["CropBox"].isNull { result.cropBox = node["CropBox"] }
      if !node["Rotate"].isNull { result.rotation = node["Rotate"] }
      return result
    }
  }

  /// The pages in document order.
  func pages() -> [PDFPageObject] {
    guard let catalog = file.rootCatalog else { return [] }
    var pages: [PDFPageObject] = []
    var visited: Set<Int> = []
    walk(catalog["Pages"], Inherited(), depth: 0, visited: &visited, into: &pages)
    return pages
  }

  /// Adds the pages under `node` to `pages`.
  private func walk(
    _ node: PDFObject, _ inherited: Inherited, depth: Int, visited: inout Set<Int>,
    into pages: inout [PDFPageObject]
  ) {
    guard depth <= Self.maximumDepth, pages.count < Self.maximumPages else { return }
    if case .reference(let reference) = node {
      guard visited.insert(reference.number).inserted else { return }
    }
    guard let dictionary = file.resolve(node).dictionary else { return }
    let attributes = inherited.overridden(by: dictionary)
    let type = dictionary["Type"].name
    if type != "Page", let kids = file.resolve(dictionary["Kids"]).array {
      for kid in kids {
        walk(kid, attributes, depth: depth + 1, visited: &visited, into: &pages)
      }
    } else if type == "Page" || type == nil {
      pages.append(page(dictionary, attributes))
    }
  }

  /// A page with its inherited attributes resolved.
  private func page(_ dictionary: PDFDictionary, _ attributes: Inherited) -> PDFPageObject {
    let degrees = file.resolve(attributes.rotation).number ?? 0
    let rotation = degrees.isFinite && abs(degrees) < 1e9 ? Int(degrees.rounded()) : 90
    return PDFPageObject(
      dictionary: dictionary, resources: file.resolve(attributes.resources).dictionary,
      mediaBox: box(attributes.mediaBox), cropBox: box(attributes.cropBox), rotation: rotation)
  }

  /// A rectangle `[x1 y1 x2 y2]` as a box (corners in either order), or nil.
  private func box(_ object: PDFObject) -> Box? {
    guard let array = file.resolve(object).array, array.count == 4 else { return nil }
    let values = array.compactMap { file.resolve($0).number }
    guard values.count == 4, values.allSatisfy(\.isFinite) else { return nil }
    return Box(
      minX: min(values[0], values[2]), minY: min(values[1], values[3]),
      maxX: max(values[0], values[2]), maxY: max(values[1], values[3]))
  }
}
