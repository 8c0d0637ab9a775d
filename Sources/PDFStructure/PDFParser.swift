/// Reads PDF objects from bytes (PDF 32000-1 §7.3): one object at a time, from a position.
///
/// A value type over the file's (or an object stream's) bytes: the array is shared, not copied.
/// Every read is bounds-checked and nesting is capped, so damaged or hostile input gives nil
/// (a bad object), never a trap.
struct PDFParser {
  let bytes: [UInt8]
  /// The next byte to read.
  var position: Int

  /// The deepest nesting of arrays and dictionaries read: real files nest a handful deep; a
  /// crafted `[[[[…` must not exhaust the stack.
  static let maximumDepth = 100

  init(bytes: [UInt8], position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  /// The byte at `position`, or nil at the end.
  @inline(__always) var current: UInt8? {
    position >= 0 && position < bytes.count ? bytes[position] : nil
  }

  /// The byte at `position + offset`, or nil past either end.
  @inline(__always) func peek(_ offset: Int) -> UInt8? {
    let index = position + offset
    return index >= 0 && index < bytes.count ? bytes[index] : nil
  }

  /// Skips whitespace and `%` comments.
  mutating func skipWhitespace() {
    while let byte = current {
      if PDFSyntax.isWhitespace(byte) {
        position += 1
      } else if byte == 0x25 {
        while let byte = current, byte != 10, byte != 13 { position += 1 }
      } else {
        return
      }
    }
  }

  /// Whether `keyword` stands at `position` as a whole token; moves past it when it does.
  mutating func consume(_ keyword: [UInt8]) -> Bool {
    guard position >= 0, position + keyword.count <= bytes.count else { return false }
    for (offset, byte) in keyword.enumerated() where bytes[position + offset] != byte {
      return false
    }
    if let next = peek(keyword.count), !PDFSyntax.isBoundary(next) { return false }
    position += keyword.count
    return true
  }

  /// An unsigned decimal integer at `position` (at most 18 digits), or nil without moving.
  mutating func unsignedInteger() -> Int? {
    var value = 0
    var digits = 0
    while let byte = current, PDFSyntax.isDigit(byte) {
      guard digits < 18 else { return nil }
      value = value * 10 + Int(byte - 0x30)
      digits += 1
      position += 1
    }
    return digits > 0 ? value : nil
  }

  /// The header `n g obj` of an indirect object, skipping whitespace before it.
  mutating func objectHeader() -> PDFReference? {
    let start = position
    skipWhitespace()
    guard let number = unsignedInteger(), let byte = current, PDFSyntax.isWhitespace(byte)
    else {
      position = start
      return nil
    }
    skipWhitespace()
    guard let generation = unsignedInteger() else {
      position = start
      return nil
    }
    skipWhitespace()
    guard consume(PDFSyntax.obj) else {
      position = start
      return nil
    }
    return PDFReference(number: number, generation: generation)
  }

  /// The next object, or nil when the bytes there are not one.
  ///
  /// Streams are not read here: the caller that knows the file checks for `stream` after a
  /// dictionary (`PDFFile`), since the data's length may be an indirect object.
  mutating func object(depth: Int = 0) -> PDFObject? {
    skipWhitespace()
    guard let byte = current else { return nil }
    switch byte {
    case 0x2F:  // /
      position += 1
      return .name(name())
    case 0x28:  // (
      position += 1
      return literalString().map(PDFObject.string)
    case 0x3C:  // <
      if peek(1) == 0x3C {
        position += 2
        return dictionary(depth: depth + 1).map(PDFObject.dictionary)
      }
      position += 1
      return hexString().map(PDFObject.string)
    case 0x5B:  // [
      position += 1
      return array(depth: depth + 1)
    case 0x30...0x39, 0x2B, 0x2D, 0x2E:  // digit + - .
      return number()
    default:
      if consume(PDFSyntax.trueKeyword) { return .boolean(true) }
      if consume(PDFSyntax.falseKeyword) { return .boolean(false) }
      if consume(PDFSyntax.nullKeyword) { return .null }
      return nil
    }
  }

  /// The elements of an array whose `[` was read, through its `]`.
  private mutating func array(depth: Int) -> PDFObject? {
    guard depth <= Self.maximumDepth else { return nil }
    var elements: [PDFObject] = []
    while true {
      skipWhitespace()
      guard let byte = current else { return nil }
      if byte == 0x5D {
        position += 1
        return .array(elements)
      }
      guard let element = object(depth: depth) else { return nil }
      elements.append(element)
    }
  }

  /// A dictionary whose `<<` was read, through its `>>`.
  ///
  /// A key with no value reads as null.
  mutating func dictionary(depth: Int) -> PDFDictionary? {
    guard depth <= Self.maximumDepth else { return nil }
    var entries: [String: PDFObject] = [:]
    while true {
      skipWhitespace()
      guard let byte = current else { return nil }
      if byte == 0x3E {
        guard peek(1) == 0x3E else { return nil }
        position += 2
        return PDFDictionary(entries)
      }
      guard byte == 0x2F else { return nil }
      position += 1
      let key = name()
      skipWhitespace()
      if current == 0x3E && peek(1) == 0x3E {
        entries[key] = .null
        continue
      }
      guard let value = object(depth: depth) else { return nil }
      entries[key] = value
    }
  }

  /// A number; an unsigned integer followed by `g R` is a reference instead.
  private mutating func number() -> PDFObject? {
    let start = position
    var negative = false
    while let byte = current, byte == 0x2B || byte == 0x2D {
      if byte == 0x2D { negative.toggle() }
      position += 1
    }
    var integer = 0
    var real = 0.0
    var overflowed = false
    var digits = 0
    while let byte = current, PDFSyntax.isDigit(byte) {
      let digit = Int(byte - 0x30)
      let (times, overflow1) = integer.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times.addingReportingOverflow(digit)
      if overflow1 || overflow2 { overflowed = true }
      integer = sum
      real = real * 10 + Double(digit)
      digits += 1
      position += 1
    }
    if current == 0x2E {
      position += 1
      var scale = 0.1
      while let byte = current, PDFSyntax.isDigit(byte) {
        real += Double(byte - 0x30) * scale
        scale /= 10
        position += 1
      }
      return .real(real.isFinite ? (negative ? -real : real) : 0)
    }
    if overflowed { return .real(real.isFinite ? (negative ? -real : real) : 0) }
    guard digits > 0 else { return position > start ? .integer(0) : nil }
    if !negative && position > start && bytes[start] != 0x2B, let reference = reference(integer) {
      return .reference(reference)
    }
    return .integer(negative ? -integer : integer)
  }

  /// `g R` after an object number, or nil (and no move) when the integer stands alone.
  private mutating func reference(_ number: Int) -> PDFReference? {
    let start = position
    guard let byte = current, PDFSyntax.isWhitespace(byte) else { return nil }
    skipWhitespace()
    if let generation = unsignedInteger(), let byte = current, PDFSyntax.isWhitespace(byte) {
      skipWhitespace()
      if consume([0x52]) {  // R
        return PDFReference(number: number, generation: generation)
      }
    }
    position = start
    return nil
  }
}
