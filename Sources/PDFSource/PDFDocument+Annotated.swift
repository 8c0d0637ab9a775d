import CPoppler
import DocumentModel
import Foundation

extension PDFDocument {
  /// Renders a page with an overlay drawn on top and returns it as PNG bytes.
  ///
  /// The page is rendered like `render(page:dpi:color:)` (white background, scale `dpi / 72`),
  /// optionally washed out, then the overlay is drawn by cairo in the same scaled context, so its
  /// coordinates are PDF points. Labels use cairo's toy font API with the overlay's font family
  /// (fontconfig resolves "Noto Sans CJK SC", which covers Chinese).
  ///
  /// - Parameters:
  ///   - number: The page number, counted from 1.
  ///   - dpi: The resolution; the PNG is `round(size × dpi / 72)` pixels each way.
  ///   - overlay: What to draw, in points.
  /// - Returns: The PNG file's bytes (RGB, 8 bits per channel).
  /// - Throws: `PDFSourceError` of kind `.pageOutOfRange`, or `.damaged` when cairo fails.
  public func annotatedPNG(page number: Int, dpi: Double, overlay: PageOverlay) throws -> Data {
    precondition(dpi > 0, "dpi must be positive")
    let page = try page(number)
    let size = page.size
    let scale = dpi / 72
    let width = max(1, Int((size.width * scale).rounded()))
    let height = max(1, Int((size.height * scale).rounded()))
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)),
      cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS
    else { throw annotationError(number, "no surface") }
    defer { cairo_surface_destroy(surface) }
    guard let context = cairo_create(surface) else {
      throw annotationError(number, "no cairo context")
    }
    cairo_set_source_rgb(context, 1, 1, 1)
    cairo_paint(context)
    cairo_scale(context, scale, scale)
    poppler_page_render(page.handle, context)
    if overlay.fade > 0 {
      cairo_set_source_rgba(context, 1, 1, 1, min(1, overlay.fade))
      cairo_paint(context)
    }
    Self.draw(overlay, in: context)
    let status = cairo_status(context)
    cairo_destroy(context)
    guard status == CAIRO_STATUS_SUCCESS else {
      throw annotationError(number, String(cString: cairo_status_to_string(status)))
    }
    cairo_surface_flush(surface)
    return try Self.png(of: surface, page: number, document: self)
  }

  /// Draws rectangles, then lines, then labels (text on top).
  private static func draw(_ overlay: PageOverlay, in context: OpaquePointer) {
    for rectangle in overlay.rectangles {
      let box = rectangle.box
      cairo_rectangle(context, box.minX, box.minY, box.width, box.height)
      if let fill = rectangle.fill {
        setColor(fill, context)
        if rectangle.stroke != nil { cairo_fill_preserve(context) } else { cairo_fill(context) }
      }
      if let stroke = rectangle.stroke {
        setColor(stroke, context)
        cairo_set_line_width(context, rectangle.width)
        cairo_stroke(context)
      }
      cairo_new_path(context)
    }
    cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
    for line in overlay.lines {
      setColor(line.color, context)
      cairo_set_line_width(context, line.width)
      cairo_move_to(context, line.x0, line.y0)
      cairo_line_to(context, line.x1, line.y1)
      cairo_stroke(context)
    }
    cairo_select_font_face(
      context, overlay.fontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
    for label in overlay.labels where !label.text.isEmpty {
      cairo_set_font_size(context, label.size)
      var extents = cairo_text_extents_t()
      cairo_text_extents(context, label.text, &extents)
      let x = label.alignRight ? label.x - extents.x_advance : label.x
      if let background = label.background {
        // Height from the font size, not the ink, so labels on one line get equal boxes.
        let margin = label.size * 0.15
        setColor(background, context)
        cairo_rectangle(
          context, x - margin, label.y - label.size * 0.9 - margin, extents.x_advance + 2 * margin,
          label.size * 1.15 + 2 * margin)
        cairo_fill(context)
      }
      setColor(label.color, context)
      cairo_move_to(context, x, label.y)
      cairo_show_text(context, label.text)
      cairo_new_path(context)
    }
  }

  private static func setColor(_ color: PageOverlay.Color, _ context: OpaquePointer) {
    cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
  }

  /// Encodes the surface as PNG into memory through cairo's stream writer.
  private static func png(of surface: OpaquePointer, page: Int, document: PDFDocument) throws
    -> Data
  {
    final class Sink { var data = Data() }
    let sink = Sink()
    let status = withExtendedLifetime(sink) { () -> cairo_status_t in
      cairo_surface_write_to_png_stream(
        surface,
        { closure, bytes, length in
          guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
          let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
          sink.data.append(bytes, count: Int(length))
          return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
    }
    guard status == CAIRO_STATUS_SUCCESS else {
      throw document.annotationError(
        page, "PNG encoding: " + String(cString: cairo_status_to_string(status)))
    }
    return sink.data
  }

  private func annotationError(_ number: Int, _ detail: String) -> PDFSourceError {
    .damaged(path, detail: "page \(number) cannot be drawn (\(detail))")
  }
}
