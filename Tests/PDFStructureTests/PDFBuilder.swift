import CLibZ
import PDFStructure

/// Writes small PDFs byte by byte for the tests, recording each object's offset.
struct PDFBuilder {
  var bytes: [UInt8] = Array("%PDF-1.7\n%\u{00e2}\u{00e3}\n".utf8)
  /// Offsets of `n 0 obj`, by object number.
  var offsets: [Int: Int] = [:]

  mutating func append(_ text: String) {
    bytes += Array(text.utf8)
  }

  /// Adds `number 0 obj body endobj`.
  mutating func object(_ number: Int, _ body: String) {
    offsets[number] = bytes.count
    append("\(number) 0 obj\n\(body)\nendobj\n")
  }

  /// Adds a stream object whose data is `data` and dictionary `entries` plus `/Length`.
  mutating func stream(_ number: Int, _ entries: String, data: [UInt8], length: String? = nil) {
    offsets[number] = bytes.count
    append("\(number) 0 obj\n<< \(entries) /Length \(length ?? String(data.count)) >>\nstream\n")
    bytes += data
    append("\nendstream\nendobj\n")
  }

  /// Adds a classic table of the objects added since `since` (all by default), its trailer and
  /// `startxref`; returns the table's offset.
  @discardableResult
  mutating func classicXref(trailer: String, only numbers: [Int]? = nil, shift: Int = 0) -> Int {
    let start = bytes.count
    append("xref\n0 1\n0000000000 65535 f \n")
    for number in (numbers ?? offsets.keys.sorted()) {
      guard let offset = offsets[number] else { continue }
      let padded = String(offset + shift)
      append("\(number) 1\n" + String(repeating: "0", count: 10 - padded.count) + padded)
      append(" 00000 n \n")
    }
    append("trailer\n\(trailer)\nstartxref\n\(start)\n%%EOF\n")
    return start
  }

  /// The usual two objects: catalog 1 and a page tree 2 with `kids`.
  mutating func catalog(kids: String, count: Int, extra: String = "") {
    object(1, "<< /Type /Catalog /Pages 2 0 R >>")
    object(2, "<< /Type /Pages /Kids [\(kids)] /Count \(count) \(extra) >>")
  }
}

/// zlib for the tests: compress what a writer would, inflate as PDFSource does.
enum TestZlib {
  static func compress(_ data: [UInt8]) -> [UInt8] {
    var size = compressBound(uLong(data.count))
    var output = [UInt8](repeating: 0, count: Int(size))
    guard compress2(&output, &size, data, uLong(data.count), 9) == Z_OK else { return [] }
    return Array(output.prefix(Int(size)))
  }

  static func inflate(_ data: [UInt8], limit: Int) -> [UInt8]? {
    var size = uLong(limit + 1)
    var output = [UInt8](repeating: 0, count: limit + 1)
    guard uncompress(&output, &size, data, uLong(data.count)) == Z_OK, Int(size) <= limit else {
      return nil
    }
    return Array(output.prefix(Int(size)))
  }

  /// Opens `bytes` with the test inflater.
  static func open(_ bytes: [UInt8]) -> PDFFile? {
    PDFFile(bytes: bytes, inflate: inflate)
  }
}
