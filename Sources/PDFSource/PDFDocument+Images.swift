import CPoppler

extension PDFDocument {
  /// The share of the page's area covered by placed images, in `0...1` (overlaps counted once
  /// per image, so two stacked images can exceed the true share; the value is capped at 1).
  ///
  /// A scan is a page-sized image; a sparse page of a text report (one band left over by a page
  /// break) has a few glyphs and no image. The pipeline uses this to tell the two apart.
  public func imageCoverage(_ number: Int) throws -> Double {
    let page = try page(number)
    let size = page.size
    guard size.width > 0, size.height > 0 else { return 0 }
    guard let list = poppler_page_get_image_mapping(page.handle) else { return 0 }
    defer { poppler_page_free_image_mapping(list) }
    var area = 0.0
    var node: UnsafeMutablePointer<GList>? = list
    while let current = node {
      if let data = current.pointee.data {
        let mapping = data.assumingMemoryBound(to: PopplerImageMapping.self).pointee
        let w = max(0, min(mapping.area.x2, size.width) - max(mapping.area.x1, 0))
        let h = max(0, min(mapping.area.y2, size.height) - max(mapping.area.y1, 0))
        area += w * h
      }
      node = current.pointee.next
    }
    return min(1, area / (size.width * size.height))
  }
}
