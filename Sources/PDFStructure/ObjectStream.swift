/// An object stream's decoded bytes and the offsets of the objects in it (PDF 32000-1 §7.5.7).
struct ObjectStream {
  /// The decoded stream data.
  var bytes: [UInt8]
  /// Object number and offset (from the start of `bytes`) of each object, in order.
  var objects: [(number: Int, offset: Int)]

  /// Parses the header of `N` pairs `number offset` (offsets relative to `/First`); nil when
  /// it is damaged.
  init?(bytes: [UInt8], count: Int, first: Int) {
    guard count >= 0, count <= bytes.count / 2 + 1, first >= 0, first <= bytes.count else {
      return nil
    }
    var parser = PDFParser(bytes: bytes)
    var objects: [(number: Int, offset: Int)] = []
    objects.reserveCapacity(count)
    for _ in 0..<count {
      parser.skipWhitespace()
      guard let number = parser.unsignedInteger() else { break }
      parser.skipWhitespace()
      guard let offset = parser.unsignedInteger(), first + offset < bytes.count else { break }
      objects.append((number, first + offset))
    }
    self.bytes = bytes
    self.objects = objects
  }

  /// Object `number`, expected at position `index`; nil when it is not in this stream.
  func object(_ number: Int, index: Int) -> PDFObject? {
    var position: Int? = nil
    if index >= 0, index < objects.count, objects[index].number == number {
      position = objects[index].offset
    } else {
      position = objects.first { $0.number == number }?.offset
    }
    guard let position else { return nil }
    var parser = PDFParser(bytes: bytes, position: position)
    return parser.object()
  }
}
