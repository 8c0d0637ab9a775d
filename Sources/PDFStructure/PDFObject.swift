/// One PDF object (PDF 32000-1 §7.3), as the file spells it: references stay unresolved until
/// `PDFFile.resolve(_:)` follows them, so reading a page touches only the objects it needs.
public enum PDFObject: Sendable {
  case null
  case boolean(Bool)
  case integer(Int)
  case real(Double)
  /// A literal or hex string's bytes, escapes undone.
  case string([UInt8])
  /// A name without its slash, `#xx` escapes undone.
  case name(String)
  case array([PDFObject])
  case dictionary(PDFDictionary)
  /// A stream: its dictionary and where its (still encoded) data lies in the file.
  case stream(PDFStream)
  /// An indirect reference `n g R`.
  case reference(PDFReference)

  /// The value of an integer or real, or nil.
  public var number: Double? {
    switch self {
    case .integer(let value): Double(value)
    case .real(let value): value
    default: nil
    }
  }

  /// The value of an integer (or of a real with no fraction), or nil.
  public var integer: Int? {
    switch self {
    case .integer(let value): value
    case .real(let value) where value.rounded() == value && abs(value) < 1e15: Int(value)
    default: nil
    }
  }

  /// The name, without its slash, or nil.
  public var name: String? {
    if case .name(let value) = self { return value }
    return nil
  }

  /// The elements of an array, or nil.
  public var array: [PDFObject]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The dictionary of a dictionary or of a stream, or nil.
  public var dictionary: PDFDictionary? {
    switch self {
    case .dictionary(let value): value
    case .stream(let value): value.dictionary
    default: nil
    }
  }

  /// The stream, or nil.
  public var stream: PDFStream? {
    if case .stream(let value) = self { return value }
    return nil
  }

  /// Whether this is `null` (an absent dictionary entry reads as null too).
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }
}
