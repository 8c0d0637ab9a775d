extension PDFFile {
  /// The most cross-reference sections followed through `/Prev`: an incrementally updated
  /// report has a few; a crafted loop stops here (offsets already read stop it sooner).
  static let maximumSections = 1000

  /// One cross-reference section: its entries, trailer, and the older sections it names.
  struct Section {
    var entries: [Int: CrossReference.Entry] = [:]
    var trailer = PDFDictionary()
  }

  /// Reads the sections from the last `startxref` back through `/Prev`.
  ///
  /// The `/XRefStm` of a hybrid file comes after its table; newer entries win. False when the
  /// newest section cannot be read.
  func readCrossReferenceChain() -> Bool {
    guard let keyword = ByteSearch.last(PDFSyntax.startxref, in: bytes, before: bytes.count)
    else { return false }
    var parser = PDFParser(bytes: bytes, position: keyword + PDFSyntax.startxref.count)
    parser.skipWhitespace()
    guard let start = parser.unsignedInteger() else { return false }
    var next: Int? = start
    var visited: Set<Int> = []
    var read = 0
    while let offset = next, read < Self.maximumSections, visited.insert(offset).inserted {
      guard let section = section(at: offset) else { return read > 0 }
      read += 1
      table.merge(section.entries)
      if let hybrid = section.trailer["XRefStm"].integer, visited.insert(hybrid).inserted,
        let stream = crossReferenceStream(at: hybrid)
      {
        table.merge(stream.entries)
      }
      table.merge(trailer: section.trailer)
      next = section.trailer["Prev"].integer
    }
    return true
  }

  /// The classic table or cross-reference stream at `offset`, or nil.
  private func section(at offset: Int) -> Section? {
    var parser = PDFParser(bytes: bytes, position: offset)
    parser.skipWhitespace()
    if parser.consume(PDFSyntax.xref) { return classicSection(&parser) }
    return crossReferenceStream(at: offset)
  }

  /// A classic `xref` table (PDF 32000-1 §7.5.4) and its `trailer`, after the keyword.
  ///
  /// Read token by token rather than as fixed 20-byte lines, so that entries with one-byte
  /// line ends or extra spaces still read.
  private func classicSection(_ parser: inout PDFParser) -> Section? {
    var section = Section()
    while true {
      parser.skipWhitespace()
      if parser.consume(PDFSyntax.trailer) { break }
      guard var first = parser.unsignedInteger() else { return nil }
      parser.skipWhitespace()
      guard let count = parser.unsignedInteger() else { return nil }
      for index in 0..<count {
        parser.skipWhitespace()
        guard let offset = parser.unsignedInteger() else { return nil }
        parser.skipWhitespace()
        guard let generation = parser.unsignedInteger() else { return nil }
        parser.skipWhitespace()
        guard let kind = parser.current, kind == 0x6E || kind == 0x66 else { return nil }  // n f
        parser.position += 1
        // A common writer bug: a table starting "1 n" whose first entry is object 0.
        if index == 0 && first == 1 && kind == 0x66 && generation == 65535 { first = 0 }
        if kind == 0x6E && offset > 0 && section.entries[first + index] == nil {
          section.entries[first + index] = .offset(offset)
        }
      }
    }
    parser.skipWhitespace()
    guard parser.current == 0x3C, parser.peek(1) == 0x3C else { return nil }
    parser.position += 2
    guard let trailer = parser.dictionary(depth: 1) else { return nil }
    section.trailer = trailer
    return section
  }

  /// A cross-reference stream (PDF 32000-1 §7.5.8) at `offset`: `/W` field widths, `/Index`
  /// subsections, rows of type 0 (free), 1 (offset) and 2 (in an object stream).
  func crossReferenceStream(at offset: Int) -> Section? {
    guard let stream = indirectObject(at: offset)?.object.stream,
      stream.dictionary["Type"].name == "XRef",
      let widths = stream.dictionary["W"].array?.compactMap(\.integer), widths.count == 3,
      widths.allSatisfy({ (0...8).contains($0) }),
      let data = decodedStructure(stream)
    else { return nil }
    let rowLength = widths[0] + widths[1] + widths[2]
    guard rowLength > 0 else { return nil }
    let size = stream.dictionary["Size"].integer ?? 0
    let index = stream.dictionary["Index"].array?.compactMap(\.integer) ?? [0, size]
    var section = Section(trailer: stream.dictionary)
    var row = 0
    let rows = data.count / rowLength
    var pair = 0
    while pair + 1 < index.count, row < rows {
      let first = index[pair]
      let count = index[pair + 1]
      pair += 2
      guard first >= 0, count >= 0, first <= Int(Int32.max) else { continue }
      for number in first..<(first + min(count, rows - row)) {
        let base = row * rowLength
        row += 1
        let kind = widths[0] == 0 ? 1 : field(data, base, widths[0])
        let second = field(data, base + widths[0], widths[1])
        let third = field(data, base + widths[0] + widths[1], widths[2])
        guard section.entries[number] == nil else { continue }
        switch kind {
        case 1 where second > 0: section.entries[number] = .offset(second)
        case 2: section.entries[number] = .compressed(stream: second, index: third)
        default: break
        }
      }
    }
    return section
  }

  /// A big-endian unsigned field of `width` bytes at `start`.
  private func field(_ data: [UInt8], _ start: Int, _ width: Int) -> Int {
    var value = 0
    for index in start..<(start + width) where index < data.count {
      value = value << 8 | Int(data[index])
    }
    return value
  }
}
