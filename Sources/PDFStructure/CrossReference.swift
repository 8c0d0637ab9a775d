/// Where each object lives: the merged cross-reference sections of a file, newest first.
struct CrossReference {
  /// Where one object's bytes are.
  enum Entry: Equatable {
    /// `n g obj` starts at this file offset.
    case offset(Int)
    /// The object is the `index`-th of object stream `stream` (PDF 32000-1 §7.5.7).
    case compressed(stream: Int, index: Int)
  }

  /// In-use entries by object number.
  ///
  /// Free entries are not kept: a freed object reads as whatever an older section says, or
  /// null.
  var entries: [Int: Entry] = [:]
  /// The newest trailer, with keys only older trailers have merged in.
  var trailer = PDFDictionary()

  /// Adds a section's entries where no newer section has one.
  mutating func merge(_ older: [Int: Entry]) {
    entries.merge(older) { newer, _ in newer }
  }

  /// Adds a section's trailer keys that no newer trailer has.
  mutating func merge(trailer older: PDFDictionary) {
    trailer.entries.merge(older.entries) { newer, _ in newer }
  }
}
