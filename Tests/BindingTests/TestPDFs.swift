import CPoppler
import Foundation
import ReportTestSupport

/// Fixture PDFs written at test time with cairo's PDF surface, each into its own temp folder.
enum TestPDFs {
  /// Geometry of the ruled table in `table()`, in points.
  enum Table {
    static let pageWidth = 400.0
    static let pageHeight = 300.0
    /// x of the 4 vertical lines; horizontal lines run from the first to the last.
    static let columns = [40.0, 140.0, 240.0, 340.0]
    /// y of the 4 horizontal lines; vertical lines run from the first to the last.
    static let rows = [100.0, 140.0, 180.0, 220.0]
    /// Baseline origin of the Latin title line.
    static let titleOrigin = (x: 40.0, y: 40.0)
    static let title = "Report 2023"
    /// Baseline origin and size of the CJK line.
    static let cjkOrigin = (x: 40.0, y: 70.0)
    static let cjkText = "洪泽区人民政府"
    static let cjkSize = 14.0
  }

  /// A fresh temporary folder for one test.
  static func folder() throws -> URL {
    try TestFolders.make("BindingTests")
  }

  /// Writes a one-page PDF of the given size, drawn by `draw`.
  static func write(
    to url: URL, width: Double, height: Double, title: String? = nil,
    draw: (OpaquePointer) -> Void
  ) throws {
    guard let surface = cairo_pdf_surface_create(url.path, width, height) else {
      throw CocoaError(.fileWriteUnknown)
    }
    if let title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
    guard let context = cairo_create(surface) else {
      cairo_surface_destroy(surface)
      throw CocoaError(.fileWriteUnknown)
    }
    cairo_set_source_rgb(context, 0, 0, 0)
    draw(context)
    cairo_show_page(context)
    cairo_destroy(context)
    cairo_surface_finish(surface)
    let status = cairo_surface_status(surface)
    cairo_surface_destroy(surface)
    guard status == CAIRO_STATUS_SUCCESS else { throw CocoaError(.fileWriteUnknown) }
  }

  /// Draws `text` with its baseline starting at (x, y).
  static func show(
    _ context: OpaquePointer, _ text: String, x: Double, y: Double, font: String, size: Double
  ) {
    cairo_select_font_face(context, font, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
    cairo_set_font_size(context, size)
    cairo_move_to(context, x, y)
    cairo_show_text(context, text)
  }

  /// Draws the 3×3 ruled table of `Table`, with the digits 1–9 in its cells.
  static func drawTable(
    _ context: OpaquePointer, lineWidth: Double, dash: Double? = nil, gap: Double = 0.6
  ) {
    cairo_set_line_width(context, lineWidth)
    if let dash {
      // By default long dashes with tiny gaps: a line broken the way a scan breaks it.
      let pattern = [dash, gap]
      cairo_set_dash(context, pattern, 2, 0)
    }
    for y in Table.rows {
      cairo_move_to(context, Table.columns[0], y)
      cairo_line_to(context, Table.columns[3], y)
    }
    for x in Table.columns {
      cairo_move_to(context, x, Table.rows[0])
      cairo_line_to(context, x, Table.rows[3])
    }
    cairo_stroke(context)
    cairo_set_dash(context, nil, 0, 0)
    for row in 0..<3 {
      for column in 0..<3 {
        let digit = String(row * 3 + column + 1)
        show(
          context, digit, x: Table.columns[column] + 45, y: Table.rows[row] + 25,
          font: "DejaVu Sans", size: 12)
      }
    }
  }

  /// The table page: a Latin title, a CJK line and the ruled 3×3 table with 0.5 pt lines.
  static func table(in folder: URL, name: String = "table.pdf") throws -> URL {
    let url = folder.appendingPathComponent(name)
    try write(to: url, width: Table.pageWidth, height: Table.pageHeight, title: "测试表格 Test") {
      context in
      show(
        context, Table.title, x: Table.titleOrigin.x, y: Table.titleOrigin.y, font: "DejaVu Sans",
        size: 12)
      show(
        context, Table.cjkText, x: Table.cjkOrigin.x, y: Table.cjkOrigin.y,
        font: "Noto Sans CJK SC", size: Table.cjkSize)
      drawTable(context, lineWidth: 0.5)
    }
    return url
  }

  /// Turns what is drawn next by `degrees` about the centre of an A4 page.
  private static func rotateAboutCentre(_ context: OpaquePointer, degrees: Double) {
    cairo_translate(context, 297.5, 421)
    cairo_rotate(context, degrees * .pi / 180)
    cairo_translate(context, -297.5, -421)
  }

  /// An A4 page of 30 text lines, rotated by `degrees` about the page centre.
  static func skewedText(in folder: URL, degrees: Double) throws -> URL {
    let url = folder.appendingPathComponent("skewed.pdf")
    try write(to: url, width: 595, height: 842) { context in
      rotateAboutCentre(context, degrees: degrees)
      for line in 0..<30 {
        show(
          context, "第\(line + 1)行 政府信息公开工作年度报告 收到申请 \(1000 + line * 37) 件",
          x: 60, y: 80 + Double(line) * 22, font: "Noto Sans CJK SC", size: 12)
      }
    }
    return url
  }

  /// A sparse unruled table rotated by `degrees` about the page centre, drawn without fonts:
  /// labels of three lines of 4–5 outlined squares (CJK glyphs) in a narrow column, and one or
  /// two short outlined bars a row far apart (digits of a table printing zeros blank).
  static func skewedSparseTable(in folder: URL, degrees: Double) throws -> URL {
    let url = folder.appendingPathComponent("skewed-sparse.pdf")
    try write(to: url, width: 595, height: 842) { context in
      rotateAboutCentre(context, degrees: degrees)
      cairo_set_line_width(context, 1.2)
      for row in 0..<14 {
        let top = 90 + Double(row) * 50
        for line in 0..<3 {
          for glyph in 0..<(line == 2 ? 2 : 5) {
            cairo_rectangle(context, 140 + Double(glyph) * 12, top + Double(line) * 16, 10, 10)
          }
        }
        cairo_rectangle(context, 240, top + 17, 5, 8)
        if row % 2 == 0 { cairo_rectangle(context, 520, top + 17, 5, 8) }
      }
      cairo_stroke(context)
    }
    return url
  }

  /// Whether python3 with reportlab is available (for the encrypted fixture).
  static let hasReportLab: Bool =
    (try? run("/usr/bin/env", ["python3", "-c", "import reportlab.lib.pdfencrypt"])) == 0

  /// A PDF that needs the user password "secret", written by reportlab.
  static func encrypted(in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent("encrypted.pdf")
    let script = """
      import sys
      from reportlab.pdfgen import canvas
      from reportlab.lib import pdfencrypt
      enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", strength=128)
      c = canvas.Canvas(sys.argv[1], encrypt=enc)
      c.drawString(100, 700, "secret text")
      c.save()
      """
    let status = try run("/usr/bin/env", ["python3", "-c", script, url.path])
    guard status == 0 else { throw CocoaError(.fileWriteUnknown) }
    return url
  }

  @discardableResult
  static func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}
