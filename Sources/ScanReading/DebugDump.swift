import DocumentModel
import Foundation

/// Writes intermediate results to the folder named by `GOVREPORT_DEBUG_DIR`, for diagnosis.
///
/// Nothing is written when the variable is unset; output is PGM images and text dumps.
package enum DebugDump {
  package static let folder: URL? = ProcessInfo.processInfo.environment["GOVREPORT_DEBUG_DIR"].map {
    URL(fileURLWithPath: $0)
  }

  /// Saves a gray page image as `name.pgm`.
  package static func image(_ image: PageImage, name: String) {
    guard let folder, image.channels == 1 else { return }
    var data = Data("P5\n\(image.width) \(image.height)\n255\n".utf8)
    data.append(contentsOf: image.pixels)
    try? data.write(to: folder.appendingPathComponent(name + ".pgm"))
  }

  /// Saves a gray page image as `name.pgm` with `rulings` drawn over it in mid gray.
  package static func image(_ image: PageImage, rulings: [Ruling], name: String) {
    guard folder != nil, image.channels == 1 else { return }
    var drawn = image
    let scale = image.dpi / 72
    for ruling in rulings {
      let across = Int((ruling.position * scale).rounded())
      let from = max(0, Int((ruling.start * scale).rounded()))
      let limit = ruling.axis == .horizontal ? image.width : image.height
      let to = min(limit, Int((ruling.end * scale).rounded()))
      for along in from..<max(from, to) {
        let (x, y) = ruling.axis == .horizontal ? (along, across) : (across, along)
        guard x >= 0, y >= 0, x < image.width, y < image.height else { continue }
        drawn.pixels[y * image.width + x] = 128
      }
    }
    self.image(drawn, name: name)
  }

  /// Saves text as `name.txt`.
  package static func text(_ text: String, name: String) {
    guard let folder else { return }
    try? Data(text.utf8).write(to: folder.appendingPathComponent(name + ".txt"))
  }

  /// Appends a line of text to `name.txt`.
  package static func append(_ line: String, name: String) {
    guard let folder else { return }
    let url = folder.appendingPathComponent(name + ".txt")
    let old = (try? Data(contentsOf: url)) ?? Data()
    try? (old + Data((line + "\n").utf8)).write(to: url)
  }

  /// A readable dump of a page's lines: one line per text line, each word with its box.
  package static func lines(_ layout: PageLayout, name: String) {
    guard folder != nil else { return }
    let lines = layout.lines.map { line in
      line.words.map { word in
        let b = word.box
        return String(format: "%@[%.0f %.0f %.0f %.0f]", word.text, b.minX, b.minY, b.maxX, b.maxY)
      }.joined(separator: " ")
    }
    text(lines.joined(separator: "\n"), name: name)
  }

  /// A readable dump of tables: one line per cell.
  package static func tables(_ tables: [TableGrid], name: String) {
    guard folder != nil else { return }
    var lines: [String] = []
    for (index, table) in tables.enumerated() {
      lines.append(
        "== table \(index) pages \(table.pages) \(table.rowCount)x\(table.columnCount) \(table.method)"
      )
      for cell in table.cells.sorted(by: { ($0.row, $0.column) < ($1.row, $1.column) }) {
        let b = cell.box
        lines.append(
          "r\(cell.row) c\(cell.column) span \(cell.rowSpan)x\(cell.columnSpan) p\(cell.page) "
            + String(
              format: "[%.0f %.0f %.0f %.0f] conf %.2f ", b.minX, b.minY, b.maxX, b.maxY,
              cell.confidence)
            + cell.text)
      }
    }
    text(lines.joined(separator: "\n"), name: name)
  }
}
