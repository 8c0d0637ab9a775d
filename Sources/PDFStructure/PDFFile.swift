/// A PDF's file structure (PDF 32000-1 §7.5): its objects, found through the cross-reference
/// sections, read lazily and cached.
///
/// Only the objects a caller asks for are parsed: opening a file reads the cross-reference
/// sections and the page tree; a page's content is read when asked for. When the
/// cross-reference data is missing or points at the wrong bytes, the table is rebuilt by
/// scanning the file for `n g obj`, as poppler does. Not `Sendable`: one file per task.
public final class PDFFile {
  /// Inflates FlateDecode data, giving up (nil) past a size in bytes: zlib is C, so it is
  /// passed in (PDFSource passes `StreamInflater.inflate`).
  public typealias Inflate = (_ data: [UInt8], _ limit: Int) -> [UInt8]?

  /// The most bytes one cross-reference or object stream may decode to: those of hongze-2023
  /// and of the samples rewritten with object streams decode to under 10 KB, of a 36-page
  /// manual (libtasn1.pdf) under 15 KB; a decompression bomb must stay cheap.
  static let structureLimit = 32 << 20
  /// The most bytes all structure streams of a file may decode to together.
  static let structureBudget = 256 << 20
  /// The longest chain of objects being read at once (a `/Length` inside an object stream
  /// inside …): real files need 3; crafted cycles stop here.
  static let maximumLoadDepth = 32

  let bytes: [UInt8]
  let inflate: Inflate
  var table = CrossReference()
  /// Objects read so far, by number.
  var cache: [Int: PDFObject] = [:]
  /// Decoded object streams by object number; nil for one that could not be read.
  var objectStreams: [Int: ObjectStream?] = [:]
  /// Objects being read now: a reference back to one of them is a cycle and reads as null.
  var loading: Set<Int> = []
  /// Whether the table was rebuilt by scanning (done at most once).
  var recovered = false
  /// Whether a missing or misplaced object may rebuild the table (not while reading it).
  var mayRecover = false
  /// Bytes left for decoding structure streams.
  var decodeBudget = PDFFile.structureBudget
  /// Offsets of every `endstream`, found when a stream's `/Length` is first wrong.
  var endstreamOffsets: [Int]? = nil
  /// Whether any trailer found has an `/Encrypt` entry.
  var sawEncrypt = false

  /// Reads the cross-reference data of `bytes`; nil when no document catalog can be found,
  /// even by scanning.
  public init?(bytes: [UInt8], inflate: @escaping Inflate) {
    self.bytes = bytes
    self.inflate = inflate
    let read = readCrossReferenceChain()
    // Objects read while the table was still partial (an indirect `/Length`) may be wrong.
    cache = [:]
    objectStreams = [:]
    mayRecover = true
    if !read || rootCatalog == nil {
      recover()
    }
    guard rootCatalog != nil else { return nil }
  }

  /// Whether the cross-reference table had to be rebuilt by scanning the file (damage).
  public var isRebuilt: Bool { recovered }

  /// The trailer (or cross-reference stream dictionary) of the newest section.
  public var trailer: PDFDictionary { table.trailer }

  /// Whether the file is encrypted (`/Encrypt` in its trailer): its strings and streams then
  /// cannot be read without decrypting them, which this reader does not do.
  public var isEncrypted: Bool { sawEncrypt || !trailer["Encrypt"].isNull }

  /// The document catalog (`/Root`), or nil.
  public var rootCatalog: PDFDictionary? {
    resolve(trailer["Root"]).dictionary
  }

  /// The pages in order, attributes inherited from the page tree.
  public private(set) lazy var pages: [PDFPageObject] = PDFPageTree(file: self).pages()

  /// `object`, with references followed (a chain of them too); null for a missing object.
  public func resolve(_ object: PDFObject) -> PDFObject {
    var current = object
    for _ in 0..<Self.maximumLoadDepth {
      guard case .reference(let reference) = current else { return current }
      current = self.object(reference.number)
    }
    return .null
  }

  /// Indirect object `number` (whatever its generation), or null when it cannot be read.
  public func object(_ number: Int) -> PDFObject {
    if let cached = cache[number] { return cached }
    guard !loading.contains(number), loading.count < Self.maximumLoadDepth else { return .null }
    loading.insert(number)
    defer { loading.remove(number) }
    var object = load(number)
    // As poppler: an entry that points at the wrong bytes rebuilds the table; an object no
    // entry names is null (files often reference objects they never wrote).
    if object == nil && table.entries[number] != nil && mayRecover && !recovered {
      recover()
      object = load(number)
    }
    cache[number] = object ?? .null
    return object ?? .null
  }

  /// Object `number` read from where the table says, or nil when it is not there.
  private func load(_ number: Int) -> PDFObject? {
    switch table.entries[number] {
    case .offset(let offset):
      return indirectObject(at: offset, number: number)?.object
    case .compressed(let stream, let index):
      return compressedObject(number, in: stream, index: index)
    case nil:
      return nil
    }
  }

  /// The indirect object `n g obj …` at `offset` (a stream with its data range), or nil when
  /// the bytes there are not one, or not object `number` when that is given.
  func indirectObject(at offset: Int, number: Int? = nil) -> (
    reference: PDFReference, object: PDFObject
  )? {
    var parser = PDFParser(bytes: bytes, position: offset)
    guard let header = parser.objectHeader(), number == nil || header.number == number,
      let object = parser.object()
    else { return nil }
    guard case .dictionary(let dictionary) = object else { return (header, object) }
    parser.skipWhitespace()
    guard parser.consume(PDFSyntax.stream) else { return (header, object) }
    if parser.current == 0x0D { parser.position += 1 }
    if parser.current == 0x0A { parser.position += 1 }
    let range = streamData(from: parser.position, length: resolve(dictionary["Length"]).integer)
    return (header, .stream(PDFStream(dictionary: dictionary, data: range)))
  }
}

extension PDFFile {
  /// A name as a content stream spells it (`#xx` escapes and all), as dictionary keys hold it.
  public static func decodedName(_ name: String) -> String {
    guard name.utf8.contains(0x23) else { return name }
    return PDFParser.decodedName(ArraySlice(name.utf8))
  }
}
