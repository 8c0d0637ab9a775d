extension PDFFile {
  /// The range of a stream's data starting at `start`: `/Length` bytes when `endstream`
  /// follows them; otherwise up to the next `endstream` (a wrong or missing `/Length`, as
  /// poppler and qpdf allow); otherwise, in a truncated file, what is left.
  func streamData(from start: Int, length: Int?) -> Range<Int> {
    let start = min(max(0, start), bytes.count)
    if let length, length >= 0, length <= bytes.count - start {
      var parser = PDFParser(bytes: bytes, position: start + length)
      parser.skipWhitespace()
      if parser.consume(PDFSyntax.endstream) { return start..<(start + length) }
    }
    if var end = nextEndstream(after: start) {
      if end > start, bytes[end - 1] == 0x0A { end -= 1 }
      if end > start, bytes[end - 1] == 0x0D { end -= 1 }
      return start..<end
    }
    if let length, length >= 0, length <= bytes.count - start { return start..<(start + length) }
    return start..<bytes.count
  }

  /// The offset of the first `endstream` at or after `start`, from an index of them all built
  /// on first use: a file of many streams with wrong lengths costs one pass, not one per stream.
  private func nextEndstream(after start: Int) -> Int? {
    if endstreamOffsets == nil {
      endstreamOffsets = ByteSearch.all(PDFSyntax.endstream, in: bytes)
    }
    guard let offsets = endstreamOffsets else { return nil }
    var low = 0
    var high = offsets.count
    while low < high {
      let middle = (low + high) / 2
      if offsets[middle] < start { low = middle + 1 } else { high = middle }
    }
    return low < offsets.count ? offsets[low] : nil
  }

  /// A stream's encoded data, as it lies in the file (no copy).
  public func rawData(of stream: PDFStream) -> ArraySlice<UInt8> {
    let lower = min(max(0, stream.data.lowerBound), bytes.count)
    let upper = min(max(lower, stream.data.upperBound), bytes.count)
    return bytes[lower..<upper]
  }

  /// A stream's data decoded through its filters, or nil when a filter is not one this reader
  /// knows, the data is damaged, or it decodes past `limit` bytes.
  ///
  /// Knows FlateDecode with or without a PNG predictor (what cross-reference and object
  /// streams use) and no filter at all.
  public func decodedData(of stream: PDFStream, limit: Int) -> [UInt8]? {
    let filterObject = resolve(stream.dictionary["Filter"])
    let filters: [PDFObject] = filterObject.array ?? (filterObject.isNull ? [] : [filterObject])
    let parameterObject = resolve(stream.dictionary["DecodeParms"])
    guard filters.count <= 4 else { return nil }
    var data = Array(rawData(of: stream))
    for (index, filter) in filters.enumerated() {
      let parameters =
        parameterObject.array.map { index < $0.count ? resolve($0[index]) : .null }
        ?? parameterObject
      switch resolve(filter).name {
      case "FlateDecode", "Fl":
        guard let inflated = inflate(data, limit) else { return nil }
        guard let predicted = undoPredictor(inflated, parameters: resolve(parameters).dictionary)
        else { return nil }
        data = predicted
      default:
        return nil
      }
    }
    return data.count <= limit ? data : nil
  }

  /// Data with the predictor of `/DecodeParms` undone: none (1) or PNG (10–15); nil for TIFF
  /// (2) or anything else.
  private func undoPredictor(_ data: [UInt8], parameters: PDFDictionary?) -> [UInt8]? {
    guard let parameters else { return data }
    let predictor = resolve(parameters["Predictor"]).integer ?? 1
    switch predictor {
    case 1: return data
    case 10...15:
      return PNGPredictor.undo(
        data, columns: resolve(parameters["Columns"]).integer ?? 1,
        colors: resolve(parameters["Colors"]).integer ?? 1,
        bitsPerComponent: resolve(parameters["BitsPerComponent"]).integer ?? 8)
    default: return nil
    }
  }

  /// A structure stream (cross-reference or object stream) decoded within the per-stream
  /// limit and the file's budget.
  func decodedStructure(_ stream: PDFStream) -> [UInt8]? {
    guard decodeBudget > 0,
      let data = decodedData(of: stream, limit: min(Self.structureLimit, decodeBudget))
    else { return nil }
    decodeBudget -= data.count
    return data
  }

  /// Object `number` from object stream `streamNumber`, or nil.
  func compressedObject(_ number: Int, in streamNumber: Int, index: Int) -> PDFObject? {
    guard number != streamNumber, let objects = objectStream(streamNumber) else { return nil }
    return objects.object(number, index: index)
  }

  /// Object stream `number`, decoded and cached (a failure too), or nil when it is not one.
  func objectStream(_ number: Int) -> ObjectStream? {
    if let cached = objectStreams[number] { return cached }
    var objects: ObjectStream? = nil
    if let stream = object(number).stream, stream.dictionary["Type"].name == "ObjStm",
      let count = resolve(stream.dictionary["N"]).integer,
      let first = resolve(stream.dictionary["First"]).integer,
      let data = decodedStructure(stream)
    {
      objects = ObjectStream(bytes: data, count: count, first: first)
    }
    objectStreams.updateValue(objects, forKey: number)
    return objects
  }
}
