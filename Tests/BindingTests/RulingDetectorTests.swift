import CPoppler
import DocumentModel
import Foundation
import PDFSource
import PageImaging
import Testing

@Suite struct RulingDetectorTests {
  typealias Table = TestPDFs.Table

  /// Checks that `rulings` are exactly the table's 4 + 4 lines, within `tolerance` points.
  private func expectTableRulings(
    _ rulings: [Ruling], tolerance: Double,
    transform: (Double, Double) -> (Double, Double) = { ($0, $1) }
  ) {
    let horizontal = rulings.filter { $0.axis == .horizontal }
    let vertical = rulings.filter { $0.axis == .vertical }
    #expect(horizontal.count == 4, "horizontal: \(horizontal)")
    #expect(vertical.count == 4, "vertical: \(vertical)")
    guard horizontal.count == 4, vertical.count == 4 else { return }
    let left = Table.columns[0]
    let right = Table.columns[3]
    let top = Table.rows[0]
    let bottom = Table.rows[3]
    for (ruling, y) in zip(horizontal, Table.rows) {
      let middle = transform((left + right) / 2, y)
      #expect(abs(ruling.position - middle.1) < tolerance, "\(ruling) vs y \(y)")
      #expect(abs(ruling.length - (right - left)) < 2 * tolerance, "\(ruling)")
    }
    for (ruling, x) in zip(vertical, Table.columns) {
      let middle = transform(x, (top + bottom) / 2)
      #expect(abs(ruling.position - middle.0) < tolerance, "\(ruling) vs x \(x)")
      #expect(abs(ruling.length - (bottom - top)) < 2 * tolerance, "\(ruling)")
    }
  }

  @Test(arguments: [100.0, 150.0, 300.0])
  func thinVectorLinesAtEachDPI(dpi: Double) throws {
    let document = try PDFDocument(contentsOf: TestPDFs.table(in: TestPDFs.folder()))
    let image = try document.render(page: 1, dpi: dpi, color: false)
    let rulings = RulingDetector().rulings(in: image)
    expectTableRulings(rulings, tolerance: 1)
    // Sorted: horizontal by y, then vertical by x.
    #expect(
      rulings.map(\.axis) == Array(repeating: .horizontal, count: 4)
        + Array(repeating: .vertical, count: 4))
  }

  @Test func brokenSkewedBinarizedLinesAt300DPI() throws {
    let degrees = 0.5
    let url = try TestPDFs.folder().appendingPathComponent("skewed-table.pdf")
    let centre = (x: Table.pageWidth / 2, y: Table.pageHeight / 2)
    try TestPDFs.write(to: url, width: Table.pageWidth, height: Table.pageHeight) { context in
      cairo_translate(context, centre.x, centre.y)
      cairo_rotate(context, degrees * .pi / 180)
      cairo_translate(context, -centre.x, -centre.y)
      TestPDFs.drawTable(context, lineWidth: 0.6, dash: 20)
    }
    var image = try PDFDocument(contentsOf: url).render(page: 1, dpi: 300, color: false)
    image.pixels = image.pixels.map { $0 < 128 ? 0 : 255 }
    let angle = degrees * .pi / 180
    let rulings = RulingDetector().rulings(in: image)
    expectTableRulings(rulings, tolerance: 1) { x, y in
      let dx = x - centre.x
      let dy = y - centre.y
      return (
        centre.x + dx * cos(angle) - dy * sin(angle), centre.y + dx * sin(angle) + dy * cos(angle)
      )
    }
  }

  @Test func dashedBordersAt200DPI() throws {
    // Borders drawn dashed (stress 9709:24: 8.4 pt dashes, 7.4 pt gaps) reach a bilevel scan as
    // separate short strokes, none of them a ruling alone.
    let url = try TestPDFs.folder().appendingPathComponent("dashed-table.pdf")
    try TestPDFs.write(to: url, width: Table.pageWidth, height: Table.pageHeight) { context in
      TestPDFs.drawTable(context, lineWidth: 0.6, dash: 8.4, gap: 7.4)
    }
    var image = try PDFDocument(contentsOf: url).render(page: 1, dpi: 200, color: false)
    image.pixels = image.pixels.map { $0 < 128 ? 0 : 255 }
    let found = RulingDetector().rulings(in: image)
    // A dashed line ends with its last dash: up to a dash and a gap short of the corner.
    let shortfall = 8.4 + 7.4
    for (axis, positions, span) in [
      (Ruling.Axis.horizontal, Table.rows, Table.columns[3] - Table.columns[0]),
      (.vertical, Table.columns, Table.rows[3] - Table.rows[0]),
    ] {
      let lines = found.filter { $0.axis == axis }
      #expect(lines.count == 4, "\(axis): \(lines)")
      for (line, position) in zip(lines, positions) {
        #expect(abs(line.position - position) < 1, "\(line) vs \(position)")
        #expect(line.length > span - shortfall && line.length < span + 1, "\(line)")
      }
    }
  }

  @Test func staircaseDashesOfATiltedScanAt300DPI() throws {
    // Stress 9741:28 (300 dpi bilevel, deskewed by 1.8°): each 3.6 pt dash is three 1 px steps,
    // none long enough to survive an opening along the line; one dash lost at a crossing.
    let width = 1000
    var pixels = [UInt8](repeating: 255, count: width * 400)
    var lastEnd = 0
    for (index, start) in stride(from: 50, to: 940, by: 34).enumerated() where index != 12 {
      for step in 0..<3 {
        for x in (start + 5 * step)..<(start + 5 * step + 5) {
          pixels[(200 + step) * width + x] = 0
        }
      }
      lastEnd = start + 15
    }
    let image = PageImage(width: width, height: 400, channels: 1, dpi: 300, pixels: pixels)
    let found = RulingDetector().found(in: [image])
    let line = try #require(found.rulings.first)
    #expect(found.rulings.count == 1, "\(found.rulings)")
    #expect(line.axis == .horizontal)
    #expect(abs(line.position - 201.5 * 72 / 300) < 1)
    #expect(abs(line.start - 50 * 72 / 300) < 1 && abs(line.end - Double(lastEnd) * 72 / 300) < 1)
    #expect(found.dashed.count == 1)
    // Taken out of the page, the dashes leave no ink.
    let whitened = image.whitened(along: found.dashed, halfWidth: 1.5)
    #expect(whitened.pixels.allSatisfy { $0 == 255 })
  }

  /// A glyph's stem from row border to row border is no column border.
  ///
  /// A 300 dpi scan of a one-row band: its frame, a thin column border from row border to row
  /// border, and beside it a bold glyph whose stem also runs from border to border, with three
  /// bars across it (其 in `3.其他`, stress 9811:77). Both are short pieces meeting two long
  /// rulings; only the border stands free of ink growing out of it.
  @Test func aGlyphStemFromBorderToBorderIsNoColumnBorder() {
    let scale = 300.0 / 72
    let (width, height) = (Int(160 * scale), Int(80 * scale))
    var pixels = [UInt8](repeating: 255, count: width * height)
    func fill(x: ClosedRange<Double>, y: ClosedRange<Double>) {
      for py in Int(y.lowerBound * scale)..<Int(y.upperBound * scale) {
        for px in Int(x.lowerBound * scale)..<Int(x.upperBound * scale) {
          pixels[py * width + px] = 0
        }
      }
    }
    for y in [20.0, 32, 60] { fill(x: 20...140.5, y: y...(y + 0.5)) }
    for x in [20.0, 140] { fill(x: x...(x + 0.5), y: 20...60.5) }
    fill(x: 80...80.5, y: 20...32)
    fill(x: 50...51, y: 20...32)
    for y in [23.0, 26, 29] { fill(x: 47...54, y: y...(y + 1)) }
    let image = PageImage(width: width, height: height, channels: 1, dpi: 300, pixels: pixels)
    let verticals = RulingDetector().rulings(in: image).filter { $0.axis == .vertical }
    #expect(verticals.map { Int($0.position.rounded()) } == [20, 80, 140], "\(verticals)")
  }

  @Test func blankPageHasNoRulings() {
    let image = PageImage(
      width: 200, height: 100, channels: 1, dpi: 72, pixels: [UInt8](repeating: 255, count: 20_000))
    #expect(RulingDetector().rulings(in: image).isEmpty)
  }

  @Test func filledBlockIsNotALine() {
    // A 60 × 60 pt black square at 72 dpi: long in both directions but far too thick.
    var pixels = [UInt8](repeating: 255, count: 200 * 200)
    for y in 50..<110 { for x in 50..<110 { pixels[y * 200 + x] = 0 } }
    let image = PageImage(width: 200, height: 200, channels: 1, dpi: 72, pixels: pixels)
    #expect(RulingDetector().rulings(in: image).isEmpty)
  }
}
