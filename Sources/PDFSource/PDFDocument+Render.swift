import CPoppler
import DocumentModel
import Foundation
import Synchronization

extension PDFDocument {
  /// Renders page `number` of the PDF in `data`, opened (without a copy) for this render alone;
  /// unlike the other calls of this API, safe to make from several threads at once.
  ///
  /// Such renders take turns, opening and releasing the document included. A document per thread
  /// is not enough: poppler's cairo backend loads fonts into one FreeType library shared by all
  /// documents (`CairoOutputDev::ft_lib`), and FreeType does not allow two threads to create or
  /// free faces in one library at once. A scanned page takes 0.08–0.15 s to draw against
  /// seconds of OCR (c-libraries.md §3), so threads seldom wait.
  ///
  /// - Throws: `PDFSourceError`, as `init(data:)` and `render(page:dpi:color:)`.
  public static func render(page number: Int, of data: Data, dpi: Double, color: Bool) throws
    -> PageImage
  {
    try poppler.withLock { _ in
      // Not copied for poppler: the document lives only as long as this call.
      try data.withUnsafeBytes { bytes in
        try PDFDocument(borrowing: bytes).render(page: number, dpi: dpi, color: color)
      }
    }
  }

  /// Held by `render(page:of:dpi:color:)` while it uses poppler.
  private static let poppler = Mutex(())

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

    // Cairo draws straight into the array that becomes the image, and the pixels are then
    // packed in place (4 → 3 or 1 bytes, front to back, so no byte is overwritten before it is
    // read). A separate cairo surface plus a copy would hold each page twice at the peak, which
    // matters for the scan path's peak RSS (docs/performance.md).
    let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(width)))
    let channels = color ? 3 : 1
    guard stride >= 4 * width else { throw renderError(number, dpi: dpi, detail: "no stride") }
    var failure: String? = nil
    let pixels = [UInt8](unsafeUninitializedCapacity: stride * height) { buffer, count in
      count = 0
      guard let base = buffer.baseAddress else { return failure = "no memory" }
      guard
        let surface = cairo_image_surface_create_for_data(
          base, CAIRO_FORMAT_RGB24, Int32(width), Int32(height), Int32(stride))
      else { return failure = "no surface" }
      defer { cairo_surface_destroy(surface) }
      let status = cairo_surface_status(surface)
      guard status == CAIRO_STATUS_SUCCESS else {
        return failure = String(cString: cairo_status_to_string(status))
      }
      guard let context = cairo_create(surface) else { return failure = "no cairo context" }
      cairo_set_source_rgb(context, 1, 1, 1)
      cairo_paint(context)
      cairo_scale(context, scale, scale)
      poppler_page_render(page.handle, context)
      cairo_destroy(context)
      cairo_surface_flush(surface)
      Self.pack(base, width: width, height: height, stride: stride, color: color)
      count = width * height * channels
    }
    if let failure { throw renderError(number, dpi: dpi, detail: failure) }
    return PageImage(width: width, height: height, channels: channels, dpi: dpi, pixels: pixels)
  }

  /// Packs cairo RGB24 pixels (native-endian `0x00RRGGBB` words, `stride` bytes a row) in place
  /// into tight RGB or gray rows at the start of the same buffer.
  ///
  /// Gray is `Luma`'s. Each output byte lies at or before the input word it comes from, and
  /// every word is read before anything is written over it.
  private static func pack(
    _ base: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int, color: Bool
  ) {
    let channels = color ? 3 : 1
    for y in 0..<height {
      let row = UnsafeRawPointer(base + y * stride)
      let line = base + y * width * channels
      for x in 0..<width {
        let word = row.loadUnaligned(fromByteOffset: 4 * x, as: UInt32.self)
        let red = (word >> 16) & 0xFF
        let green = (word >> 8) & 0xFF
        let blue = word & 0xFF
        if color {
          line[3 * x] = UInt8(truncatingIfNeeded: red)
          line[3 * x + 1] = UInt8(truncatingIfNeeded: green)
          line[3 * x + 2] = UInt8(truncatingIfNeeded: blue)
        } else {
          line[x] = Luma.gray(
            UInt8(truncatingIfNeeded: red), UInt8(truncatingIfNeeded: green),
            UInt8(truncatingIfNeeded: blue))
        }
      }
    }
  }

  private func renderError(_ number: Int, dpi: Double, detail: String) -> PDFSourceError {
    .damaged(path, detail: "page \(number) cannot be rendered at \(dpi) dpi (\(detail))")
  }
}
