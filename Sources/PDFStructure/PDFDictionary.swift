/// A PDF dictionary: names (without the slash) to objects, values still unresolved.
public struct PDFDictionary: Sendable {
  /// The entries; a later duplicate key replaces an earlier one.
  public var entries: [String: PDFObject]

  public init(_ entries: [String: PDFObject] = [:]) {
    self.entries = entries
  }

  /// The value for `key`, or `.null` when absent (PDF 32000-1 §7.3.7: the same thing).
  public subscript(key: String) -> PDFObject {
    entries[key] ?? .null
  }
}
