import Foundation
import ZIPFoundation

/// Builds small DOCX files in memory: a package with `word/document.xml` holding `body`.
enum DOCXFixture {
  static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  /// A DOCX whose body is `body` (WordprocessingML with the `w:` prefix).
  static func docx(body: String, extraParts: [String: String] = [:]) throws -> Data {
    var parts: [String: String] = [
      "[Content_Types].xml":
        """
      <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>
      """,
      "_rels/.rels":
        """
      <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
      """,
      "word/document.xml":
        """
      <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="\(namespace)"><w:body>\(body)</w:body></w:document>
      """,
    ]
    parts.merge(extraParts) { $1 }
    return try zip(parts)
  }

  /// A ZIP archive of the named parts.
  static func zip(_ parts: [String: String]) throws -> Data {
    let archive = try Archive(accessMode: .create)
    for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<(Int(position) + size))
      }
    }
    return archive.data ?? Data()
  }

  /// A paragraph of runs; `"\n"` in a text becomes a `w:br`.
  static func p(_ text: String, size: Int? = nil) -> String {
    let properties = size.map { "<w:rPr><w:sz w:val=\"\($0)\"/></w:rPr>" } ?? ""
    let runs = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      "<w:r>\(properties)<w:t xml:space=\"preserve\">\($0)</w:t></w:r>"
    }
    return "<w:p>" + runs.joined(separator: "<w:r><w:br/></w:r>") + "</w:p>"
  }

  /// A table cell; `properties` goes into `w:tcPr`.
  static func tc(_ text: String, _ properties: String = "") -> String {
    "<w:tc><w:tcPr>\(properties)</w:tcPr>\(p(text))</w:tc>"
  }
}
