/// A stream object: its dictionary and the byte range of its encoded data in the file.
///
/// The data is not copied when the object is parsed: `PDFFile.rawData(of:)` and
/// `PDFFile.decodedData(of:limit:)` read it when (and only if) a caller needs it.
public struct PDFStream: Sendable {
  public var dictionary: PDFDictionary
  /// Offsets of the encoded data in the file's bytes.
  public var data: Range<Int>

  public init(dictionary: PDFDictionary, data: Range<Int>) {
    self.dictionary = dictionary
    self.data = data
  }
}
