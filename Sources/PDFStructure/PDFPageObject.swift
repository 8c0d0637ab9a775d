import DocumentModel

/// One page object (§7.7.3.3): its dictionary and the attributes it inherits from the page tree (PDF 32000-1
/// §7.7.3.4), resolved.
public struct PDFPageObject: Sendable {
  /// The page object's own dictionary (`/Contents`, …), values unresolved.
  public var dictionary: PDFDictionary
  /// `/Resources`, own or inherited; nil when neither the page nor a parent has one.
  public var resources: PDFDictionary?
  /// `/MediaBox` in PDF user space (y up), own or inherited.
  public var mediaBox: Box?
  /// `/CropBox` in PDF user space (y up), own or inherited; nil means the media box.
  public var cropBox: Box?
  /// `/Rotate` in degrees as written (a multiple of 90 in a valid file), own or inherited.
  public var rotation: Int

  public init(
    dictionary: PDFDictionary, resources: PDFDictionary?, mediaBox: Box?, cropBox: Box?,
    rotation: Int
  ) {
    self.dictionary = dictionary
    self.resources = resources
    self.mediaBox = mediaBox
    self.cropBox = cropBox
    self.rotation = rotation
  }
}
