import Foundation

/// Writes small, valid PDFs by hand, so CLI tests need no generator and no C library.
enum MinimalPDF {
  /// A PDF whose pages each show the given lines of Latin text in Helvetica.
  static func document(pages: [[String]]) -> Data {
    var objects: [String] = []
    // 1: catalog, 2: pages, 3: font, then per page: page object + content stream.
    let pageObjectNumbers = pages.indices.map { 4 + $0 * 2 }
    objects.append("<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(
      "<< /Type /Pages /Kids [\(pageObjectNumbers.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>"
    )
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for (i, lines) in pages.enumerated() {
      var stream = "BT /F1 12 Tf 72 770 Td 14 TL\n"
      for line in lines { stream += "(\(line)) Tj T*\n" }
      stream += "ET"
      objects.append(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(pageObjectNumbers[i] + 1) 0 R >>"
      )
      objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
    }
    var out = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (i, body) in objects.enumerated() {
      offsets.append(out.utf8.count)
      out += "\(i + 1) 0 obj\n\(body)\nendobj\n"
    }
    let xref = out.utf8.count
    out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
    out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return Data(out.utf8)
  }
}
