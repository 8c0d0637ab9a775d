import CPoppler
import DocumentModel

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

  /// Where the page's images are placed: one box per image drawn, in points with the origin at
  /// the page's top-left corner (the text layer's frame, also for a rotated page), clipped to the
  /// page, in poppler's drawing order.
  ///
  /// A text page may hold a picture of text, such as a table pasted in as a screenshot; the
  /// pipeline reads such a picture by OCR when no text lies over it.
  ///
  /// - Parameter number: The page number, counted from 1.
  /// - Returns: The boxes, empty for a page without images.
  /// - Throws: `PDFSourceError` of kind `.pageOutOfRange`.
  public func imageBoxes(_ number: Int) throws -> [Box] {
    let page = try page(number)
    let size = page.size
    guard let list = poppler_page_get_image_mapping(page.handle) else { return [] }
    defer { poppler_page_free_image_mapping(list) }
    var boxes: [Box] = []
    var node: UnsafeMutablePointer<GList>? = list
    while let current = node {
      if let data = current.pointee.data {
        let area = data.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
        let box = Box(
          minX: max(0, min(area.x1, area.x2)), minY: max(0, min(area.y1, area.y2)),
          maxX: min(size.width, max(area.x1, area.x2)),
          maxY: min(size.height, max(area.y1, area.y2)))
        if box.width > 0, box.height > 0 { boxes.append(box) }
      }
      node = current.pointee.next
    }
    return boxes
  }
}
