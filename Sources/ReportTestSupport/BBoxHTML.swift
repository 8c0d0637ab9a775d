import DocumentModel
import Foundation

/// A reader for the `<word xMin=… yMin=… xMax=… yMax=…>text</word>` lines of
/// `pdftotext -bbox`, whose coordinates are points with the origin at the top-left.
public enum BBoxHTML {
  public static func words(in html: String) -> [Word] {
    html.split(separator: "\n").compactMap { line -> Word? in
      guard let open = line.range(of: "<word "), let close = line.range(of: "</word>"),
        let tagEnd = line[open.upperBound...].firstIndex(of: ">")
      else { return nil }
      let attributes = line[open.upperBound..<tagEnd]
      func value(_ name: String) -> Double? {
        guard let start = attributes.range(of: name + "=\"") else { return nil }
        let rest = attributes[start.upperBound...]
        return rest.firstIndex(of: "\"").flatMap { Double(rest[..<$0]) }
      }
      guard let minX = value("xMin"), let minY = value("yMin"), let maxX = value("xMax"),
        let maxY = value("yMax")
      else { return nil }
      let text = String(line[line.index(after: tagEnd)..<close.lowerBound])
        .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
        .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
      return Word(text: text, box: Box(minX: minX, minY: minY, maxX: maxX, maxY: maxY))
    }
  }
}
