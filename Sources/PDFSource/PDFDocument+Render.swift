import CPoppler
import DocumentModel

extension PDFDocument {
  /// Renders a page to pixels with poppler and cairo.
  ///
  /// The page is painted on white (poppler paints no background) into a cairo RGB24 surface
  /// scaled by `dpi / 72`, then copied row by row, respecting cairo's stride.
  ///
  /// - Parameters:
  ///   - number: The page number, counted from 1.
  ///   - dpi: The resolution in pixels per inch; the image is `size × dpi / 72` pixels.
  ///   - color: `true` for 3-channel RGB, `false` for 1-channel gray.
  /// - Returns: The rendered page, top row first.
  /// - Throws: `PDFSourceError` of kind `.pageOutOfRange`, or `.damaged` when cairo cannot make
  ///   a surface of that size.
  public func render(page number: Int, dpi: Double, color: Bool) throws -> PageImage {
    precondition(dpi > 0, "dpi must be positive")
    let page = try page(number)
    let size = page.size
    let scale = dpi / 72
    let width = max(1, Int((size.width * scale).rounded()))
    let height = max(1, Int((size.height * scale).rounded()))

    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
    else { throw renderError(number, dpi: dpi, detail: "no surface") }
    defer { cairo_surface_destroy(surface) }
    let status = cairo_surface_status(surface)
    guard status == CAIRO_STATUS_SUCCESS else {
      throw renderError(number, dpi: dpi, detail: String(cString: cairo_status_to_string(status)))
    }
    guard let context = cairo_create(surface) else {
      throw renderError(number, dpi: dpi, detail: "no cairo context")
    }
    cairo_set_source_rgb(context, 1, 1, 1)
    cairo_paint(context)
    cairo_scale(context, scale, scale)
    poppler_page_render(page.handle, context)
    cairo_destroy(context)
    cairo_surface_flush(surface)

    guard let data = cairo_image_surface_get_data(surface) else {
      throw renderError(number, dpi: dpi, detail: "no pixel data")
    }
    let stride = Int(cairo_image_surface_get_stride(surface))
    let pixels = Self.pixels(
      from: UnsafeRawPointer(data), width: width, height: height, stride: stride, color: color)
    return PageImage(
      width: width, height: height, channels: color ? 3 : 1, dpi: dpi, pixels: pixels)
  }

  /// Copies cairo RGB24 pixels (native-endian `0x00RRGGBB` words) into a tightly packed buffer.
  ///
  /// Gray uses the luma weights 0.299/0.587/0.114 in 16-bit fixed point (they sum to 65536, so
  /// white stays 255).
  private static func pixels(
    from data: UnsafeRawPointer, width: Int, height: Int, stride: Int, color: Bool
  ) -> [UInt8] {
    let channels = color ? 3 : 1
    return [UInt8](unsafeUninitializedCapacity: width * height * channels) { buffer, count in
      guard let out = buffer.baseAddress else { return }
      for y in 0..<height {
        let row = (data + y * stride).assumingMemoryBound(to: UInt32.self)
        let line = out + y * width * channels
        if color {
          for x in 0..<width {
            let word = row[x]
            line[3 * x] = UInt8(truncatingIfNeeded: word >> 16)
            line[3 * x + 1] = UInt8(truncatingIfNeeded: word >> 8)
            line[3 * x + 2] = UInt8(truncatingIfNeeded: word)
          }
        } else {
          for x in 0..<width {
            let word = row[x]
            let red = (word >> 16) & 0xFF
            let green = (word >> 8) & 0xFF
            let blue = word & 0xFF
            line[x] = UInt8(truncatingIfNeeded: (red * 19595 + green * 38470 + blue * 7471) >> 16)
          }
        }
      }
      count = width * height * channels
    }
  }

  private func renderError(_ number: Int, dpi: Double, detail: String) -> PDFSourceError {
    .damaged(path, detail: "page \(number) cannot be rendered at \(dpi) dpi (\(detail))")
  }
}
