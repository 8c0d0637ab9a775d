import CPoppler

/// One page of an open document; owns a `PopplerPage` reference and releases it in `deinit`.
///
/// Poppler caches the page's text layout inside the `PopplerPage`, so the text, glyph boxes and
/// font attributes of one page should be read through the same `PDFPage`.
final class PDFPage {
  /// The `PopplerPage *`; released in `deinit`.
  let handle: OpaquePointer

  init(handle: OpaquePointer) { self.handle = handle }

  deinit { cpoppler_object_release(UnsafeMutableRawPointer(handle)) }

  /// The page size in points.
  var size: (width: Double, height: Double) {
    var width = 0.0
    var height = 0.0
    poppler_page_get_size(handle, &width, &height)
    return (width, height)
  }
}
