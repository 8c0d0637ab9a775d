import CPoppler
import DocumentModel
import Foundation

/// Simulated scans: a PDF page rendered with poppler at an angle, binarized, with speckle noise.
///
/// Uses poppler and cairo directly (tests may import C), because `PDFDocument` rightly offers no
/// rotated render.
enum TestScans {
  /// Renders page `number` of `url` at `dpi`, rotated by `degrees` (clockwise on the page)
  /// about its centre, as a 0/255 gray image with every `noiseSpacing`-th pixel flipped to black.
  static func rotatedScan(
    of url: URL, page number: Int, dpi: Double, degrees: Double, noiseSpacing: Int = 997
  ) throws -> PageImage {
    var error: UnsafeMutablePointer<GError>?
    defer { g_clear_error(&error) }
    guard let document = poppler_document_new_from_file(url.absoluteString, nil, &error) else {
      throw CocoaError(.fileReadUnknown)
    }
    defer { cpoppler_object_release(UnsafeMutableRawPointer(document)) }
    guard let page = poppler_document_get_page(document, Int32(number - 1)) else {
      throw CocoaError(.fileReadUnknown)
    }
    defer { cpoppler_object_release(UnsafeMutableRawPointer(page)) }
    var width = 0.0
    var height = 0.0
    poppler_page_get_size(page, &width, &height)
    let scale = dpi / 72
    let pixelWidth = Int((width * scale).rounded())
    let pixelHeight = Int((height * scale).rounded())
    guard
      let surface = cairo_image_surface_create(
        CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight)),
      let context = cairo_create(surface)
    else { throw CocoaError(.fileReadUnknown) }
    defer { cairo_surface_destroy(surface) }
    cairo_set_source_rgb(context, 1, 1, 1)
    cairo_paint(context)
    cairo_scale(context, scale, scale)
    cairo_translate(context, width / 2, height / 2)
    cairo_rotate(context, degrees * .pi / 180)
    cairo_translate(context, -width / 2, -height / 2)
    poppler_page_render(page, context)
    cairo_destroy(context)
    cairo_surface_flush(surface)
    guard let data = cairo_image_surface_get_data(surface) else {
      throw CocoaError(.fileReadUnknown)
    }
    let stride = Int(cairo_image_surface_get_stride(surface))
    var pixels = [UInt8](repeating: 255, count: pixelWidth * pixelHeight)
    for y in 0..<pixelHeight {
      let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<pixelWidth where row[x] & 0xFF < 128 { pixels[y * pixelWidth + x] = 0 }
    }
    var index = 0
    while index < pixels.count {
      pixels[index] = 0
      index += noiseSpacing
    }
    return PageImage(
      width: pixelWidth, height: pixelHeight, channels: 1, dpi: dpi, pixels: pixels)
  }
}
