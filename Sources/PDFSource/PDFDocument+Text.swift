import CPoppler
import DocumentModel

extension PDFDocument {
  /// The text layer of a page: one glyph per Unicode scalar, with its box and font size.
  ///
  /// Poppler reports exactly one rectangle per Unicode scalar of the page text (a zero-width one
  /// for each line break), so the text is indexed by `unicodeScalars`, never by `Character`.
  /// Whitespace and line-break glyphs are kept: layout analysis uses them to split words. A page
  /// without a text layer (a scan) gives an empty `glyphs` array.
  ///
  /// - Parameter number: The page number, counted from 1.
  /// - Returns: The page's size in points and its glyphs in poppler's order.
  /// - Throws: `PDFSourceError` of kind `.pageOutOfRange`.
  /// - Complexity: O(glyphs); the text page is built once by poppler and cached on the page.
  public func pageText(_ number: Int) throws -> PageText {
    let page = try page(number)
    let size = page.size
    var result = PageText(number: number, width: size.width, height: size.height, glyphs: [])
    // The page grown by its own size on every side. poppler_page_get_text selects the text
    // within the page box, and poppler's selection drops whole lines of a table block that
    // starts off the page (a table pushed past the left margin lost every row beside its
    // off-page labels, stress 104:53); the text, its boxes and its attributes are all read
    // for this one area so their indices agree.
    var area = PopplerRectangle(
      x1: -size.width, y1: -size.height, x2: 2 * size.width, y2: 2 * size.height)
    guard let text = Self.take(poppler_page_get_text_for_area(page.handle, &area)) else {
      return result
    }

    var rects: UnsafeMutablePointer<PopplerRectangle>?
    var rectCount: guint = 0
    let hasLayout =
      poppler_page_get_text_layout_for_area(page.handle, &area, &rects, &rectCount) != 0
    defer { g_free(rects) }
    guard hasLayout, let rects else { return result }

    let scalars = text.unicodeScalars
    // The counts agree in every file measured; take the shorter one rather than trust that.
    let count = min(Int(rectCount), scalars.count)
    let sizes = fontSizes(of: page, area: &area, glyphCount: count)
    var glyphs: [Glyph] = []
    glyphs.reserveCapacity(count)
    var index = 0
    for scalar in scalars {
      if index == count { break }
      let rect = rects[index]
      let box = Box(
        minX: min(rect.x1, rect.x2), minY: min(rect.y1, rect.y2),
        maxX: max(rect.x1, rect.x2), maxY: max(rect.y1, rect.y2))
      let size = sizes[index]
      glyphs.append(Glyph(text: String(scalar), box: box, fontSize: size > 0 ? size : nil))
      index += 1
    }
    result.glyphs = glyphs
    return result
  }

  /// The font size of each glyph in points, 0 where poppler gives none.
  ///
  /// Poppler's text attributes cover runs of glyphs with `start_index...end_index` (inclusive),
  /// counted in the same Unicode scalars as the text.
  private func fontSizes(
    of page: PDFPage, area: inout PopplerRectangle, glyphCount: Int
  ) -> [Double] {
    var sizes = [Double](repeating: 0, count: glyphCount)
    guard glyphCount > 0, let list = poppler_page_get_text_attributes_for_area(page.handle, &area)
    else {
      return sizes
    }
    defer { poppler_page_free_text_attributes(list) }
    var node: UnsafeMutablePointer<GList>? = list
    while let current = node {
      if let data = current.pointee.data {
        let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
        let start = max(0, Int(attributes.start_index))
        let end = min(glyphCount - 1, Int(attributes.end_index))
        if start <= end {
          for index in start...end { sizes[index] = attributes.font_size }
        }
      }
      node = current.pointee.next
    }
    return sizes
  }
}
