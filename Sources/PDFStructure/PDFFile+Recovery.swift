extension PDFFile {
  /// Rebuilds the cross-reference table by scanning the whole file, as poppler does when
  /// `startxref` or a table is missing or an offset does not point at `n g obj`.
  ///
  /// Every `n g obj` found is an entry (a later one wins, as in an incremental update); the
  /// objects of each object stream found come next; the trailer is the last `trailer`
  /// dictionary or cross-reference stream dictionary whose `/Root` is a dictionary, else a
  /// `/Type /Catalog` object found in the file. Runs at most once per file.
  func recover() {
    guard !recovered else { return }
    recovered = true
    let starts = objectStarts()
    var entries: [Int: CrossReference.Entry] = [:]
    for start in starts { entries[start.number] = .offset(start.offset) }
    table.entries.merge(entries) { _, scanned in scanned }
    cache = [:]
    objectStreams = [:]
    addObjectStreamEntries(starts)
    chooseTrailer(starts)
  }

  /// Each `n g obj` in the file, in file order: found by searching for `obj` and reading the
  /// two numbers before it backwards.
  private func objectStarts() -> [(number: Int, offset: Int)] {
    var starts: [(number: Int, offset: Int)] = []
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index + 3 <= buffer.count {
        defer { index += 1 }
        guard buffer[index] == 0x6F, buffer[index + 1] == 0x62, buffer[index + 2] == 0x6A,
          index + 3 == buffer.count || PDFSyntax.isBoundary(buffer[index + 3]),
          let start = headerStart(before: index, in: buffer)
        else { continue }
        starts.append(start)
      }
    }
    return starts
  }

  /// The object number and offset of `n g` ending just before `obj` at `keyword`, or nil.
  private func headerStart(before keyword: Int, in buffer: UnsafeBufferPointer<UInt8>)
    -> (number: Int, offset: Int)?
  {
    var index = keyword - 1
    func skipSpace() -> Bool {
      let end = index
      while index >= 0, PDFSyntax.isWhitespace(buffer[index]) { index -= 1 }
      return index < end
    }
    func digits() -> Int? {
      var value = 0
      var scale = 1
      let end = index
      while index >= 0, PDFSyntax.isDigit(buffer[index]), end - index < 10 {
        value += Int(buffer[index] - 0x30) * scale
        scale *= 10
        index -= 1
      }
      return index < end ? value : nil
    }
    guard skipSpace(), digits() != nil, skipSpace(), let number = digits(),
      index < 0 || PDFSyntax.isBoundary(buffer[index])
    else { return nil }
    return (number, index + 1)
  }

  /// The object containing file offset `position`: the last one starting before it.
  private func containingObject(_ position: Int, _ starts: [(number: Int, offset: Int)]) -> Int? {
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle].offset <= position { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? starts[low - 1].number : nil
  }

  /// The objects whose dictionary contains the name `/name` (as a whole token), in file order.
  private func objects(naming name: String, _ starts: [(number: Int, offset: Int)]) -> [Int] {
    let pattern = Array("/\(name)".utf8)
    var found: [Int] = []
    for hit in ByteSearch.all(pattern, in: bytes) {
      let after = hit + pattern.count
      guard after >= bytes.count || PDFSyntax.isBoundary(bytes[after]),
        let number = containingObject(hit, starts), found.last != number
      else { continue }
      found.append(number)
    }
    return found
  }

  /// Entries for the objects inside each object stream the scan found, where the scan found
  /// no object of that number itself.
  private func addObjectStreamEntries(_ starts: [(number: Int, offset: Int)]) {
    for number in objects(naming: "ObjStm", starts) {
      guard let stream = objectStream(number) else { continue }
      for (index, object) in stream.objects.enumerated() where table.entries[object.number] == nil {
        table.entries[object.number] = .compressed(stream: number, index: index)
      }
    }
  }

  /// The trailer: the last one found whose `/Root` is a dictionary, else a catalog object.
  private func chooseTrailer(_ starts: [(number: Int, offset: Int)]) {
    var candidates: [(position: Int, trailer: PDFDictionary)] = []
    for hit in ByteSearch.all(PDFSyntax.trailer, in: bytes) {
      var parser = PDFParser(bytes: bytes, position: hit + PDFSyntax.trailer.count)
      parser.skipWhitespace()
      guard parser.current == 0x3C, parser.peek(1) == 0x3C else { continue }
      parser.position += 2
      if let dictionary = parser.dictionary(depth: 1) { candidates.append((hit, dictionary)) }
    }
    for number in objects(naming: "XRef", starts) {
      guard case .offset(let offset) = table.entries[number],
        let stream = object(number).stream, stream.dictionary["Type"].name == "XRef"
      else { continue }
      candidates.append((offset, stream.dictionary))
    }
    candidates.sort { $0.position < $1.position }
    if candidates.contains(where: { !$0.trailer["Encrypt"].isNull }) { sawEncrypt = true }
    if let chosen = candidates.last(where: { resolve($0.trailer["Root"]).dictionary != nil }) {
      table.trailer = chosen.trailer
      return
    }
    for number in objects(naming: "Catalog", starts)
    where object(number).dictionary?["Type"].name == "Catalog" {
      table.trailer = PDFDictionary([
        "Root": .reference(PDFReference(number: number, generation: 0))
      ])
      return
    }
  }
}
