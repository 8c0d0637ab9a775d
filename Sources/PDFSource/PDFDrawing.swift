import CQPDF
import DocumentModel
import Foundation
import VectorGraphics

/// A PDF's page drawings (content streams and their forms), read with qpdf: the vector lines
/// table borders are drawn with, without rendering anything.
///
/// Owns one `qpdf_data` and the bytes it reads from (qpdf keeps a pointer to them, it does not
/// copy) and releases both in `deinit`. Not `Sendable`: one document per task.
public final class PDFDrawing {
  private var qpdf: qpdf_data?
  private let bytes: UnsafeMutableRawBufferPointer
  /// The number of pages qpdf sees.
  public let pageCount: Int

  /// Opens the PDF in `data`; nil when qpdf cannot read it (the caller then renders instead).
  public init?(data: Data) {
    bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, data.count), alignment: 1)
    data.copyBytes(to: bytes)
    let handle = qpdf_init()
    qpdf = handle
    // Messages are the caller's business: qpdf must not write to stderr.
    qpdf_silence_errors(handle)
    qpdf_set_suppress_warnings(handle, QPDF_TRUE)
    let status = bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: data.count) {
      qpdf_read_memory(handle, "input", $0, UInt64(data.count), "")
    }
    guard status & QPDF_ERRORS == 0,
      qpdf_push_inherited_attributes_to_page(handle) & QPDF_ERRORS == 0
    else {
      pageCount = 0
      // An error left unretrieved is printed by qpdf_cleanup.
      while qpdf_has_error(handle) != 0 { _ = qpdf_get_error(handle) }
      return nil
    }
    pageCount = Int(max(0, qpdf_get_num_pages(handle)))
  }

  deinit {
    while let qpdf, qpdf_has_error(qpdf) != 0 { _ = qpdf_get_error(qpdf) }
    qpdf_cleanup(&qpdf)
    bytes.deallocate()
  }

  /// The table rulings drawn on a page, in points with the origin at the top-left of the crop
  /// box (poppler's text coordinates).
  ///
  /// - Returns: nil when the page cannot be interpreted here (a rotated page, an unreadable
  ///   content stream, content over the operator budget): render it instead.
  public func rulings(page number: Int, settings: VectorSettings = VectorSettings())
    -> VectorRulingReader.Result?
  {
    guard let qpdf, number >= 1, number <= pageCount else { return nil }
    let page = qpdf_get_page_n(qpdf, number - 1)
    guard page != 0 else { return nil }
    let rotation = qpdf_oh_get_key(qpdf, page, "/Rotate")
    if qpdf_oh_is_number(qpdf, rotation) != 0,
      Int(qpdf_oh_get_numeric_value(qpdf, rotation).rounded()) % 360 != 0
    {
      return nil
    }
    guard let crop = box(qpdf_oh_get_key(qpdf, page, "/CropBox")) ?? box(qpdf_oh_get_key(qpdf, page, "/MediaBox"))
    else { return nil }
    var visible = crop
    if let media = box(qpdf_oh_get_key(qpdf, page, "/MediaBox")) {
      visible = Box(
        minX: max(crop.minX, media.minX), minY: max(crop.minY, media.minY),
        maxX: min(crop.maxX, media.maxX), maxY: min(crop.maxY, media.maxY))
    }
    guard let content = pageContent(page) else { return nil }
    let flip = TransformMatrix(1, 0, 0, -1, -visible.minX, visible.maxY)
    let resources = FormResources(
      drawing: self, dictionary: qpdf_oh_get_key(qpdf, page, "/Resources"))
    return VectorRulingReader(settings: settings).read(content, transform: flip, resources: resources)
  }

  /// The most decoded content one page (or form) may have, in bytes: a dense report page has
  /// under 200 KB; a decompression bomb of 1 GiB was read whole by qpdf (3.2 GB peak, 44 s).
  static let contentLimit = 32 << 20

  /// A page's content streams, decoded and joined, or nil when one cannot be decoded here.
  private func pageContent(_ page: qpdf_oh) -> [UInt8]? {
    guard let qpdf else { return nil }
    let contents = qpdf_oh_get_key(qpdf, page, "/Contents")
    var streams: [qpdf_oh] = []
    if qpdf_oh_is_stream(qpdf, contents) != 0 {
      streams = [contents]
    } else if qpdf_oh_is_array(qpdf, contents) != 0 {
      streams = (0..<qpdf_oh_get_array_n_items(qpdf, contents)).map {
        qpdf_oh_get_array_item(qpdf, contents, $0)
      }
    } else {
      _ = hasError()
      return []  // no content: an empty page
    }
    var content: [UInt8] = []
    for stream in streams {
      guard let bytes = decodedStream(stream, limit: Self.contentLimit - content.count) else {
        return nil
      }
      content += bytes
      content.append(10)  // streams of one page join at token boundaries
    }
    return content
  }

  /// A stream's data decoded through FlateDecode, ASCII85Decode and ASCIIHexDecode (the filters
  /// content streams use; no predictors); nil for other filters (the page is rendered instead),
  /// damage, or more than `limit` bytes.
  private func decodedStream(_ stream: qpdf_oh, limit: Int) -> [UInt8]? {
    guard let qpdf, qpdf_oh_is_stream(qpdf, stream) != 0 else {
      _ = hasError()
      return nil
    }
    let dictionary = qpdf_oh_get_dict(qpdf, stream)
    let filter = qpdf_oh_get_key(qpdf, dictionary, "/Filter")
    var filters: [String] = []
    if qpdf_oh_is_array(qpdf, filter) != 0 {
      for index in 0..<qpdf_oh_get_array_n_items(qpdf, filter) {
        let item = qpdf_oh_get_array_item(qpdf, filter, index)
        guard qpdf_oh_is_name(qpdf, item) != 0 else { return nil }
        filters.append(String(cString: qpdf_oh_get_name(qpdf, item)))
      }
    } else if qpdf_oh_is_name(qpdf, filter) != 0 {
      filters = [String(cString: qpdf_oh_get_name(qpdf, filter))]
    }
    let known: Set = ["/FlateDecode", "/ASCII85Decode", "/ASCIIHexDecode"]
    guard filters.count <= 3, filters.allSatisfy({ known.contains($0) }),
      qpdf_oh_is_null(qpdf, qpdf_oh_get_key(qpdf, dictionary, "/DecodeParms")) != 0
    else {
      _ = hasError()
      return nil
    }
    var buffer: UnsafeMutablePointer<UInt8>?
    var length = 0
    var filtered: QPDF_BOOL = 0
    guard qpdf_oh_get_stream_data(qpdf, stream, qpdf_dl_none, &filtered, &buffer, &length)
      & QPDF_ERRORS == 0, !hasError()
    else {
      free(buffer)
      return nil
    }
    let raw = buffer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
    free(buffer)
    var data = raw
    for name in filters {
      switch name {
      case "/FlateDecode":
        guard let inflated = StreamInflater.inflate(data, limit: limit) else { return nil }
        data = inflated
      case "/ASCII85Decode":
        guard let decoded = ASCIIDecoder.ascii85(data) else { return nil }
        data = decoded
      default:
        guard let decoded = ASCIIDecoder.asciiHex(data) else { return nil }
        data = decoded
      }
    }
    return data.count <= limit ? data : nil
  }

  /// A PDF rectangle `[x1 y1 x2 y2]` as a box in PDF user space (y up), or nil.
  private func box(_ array: qpdf_oh) -> Box? {
    guard let qpdf, qpdf_oh_is_array(qpdf, array) != 0, qpdf_oh_get_array_n_items(qpdf, array) == 4
    else { return nil }
    var values: [Double] = []
    for index in 0..<4 {
      let item = qpdf_oh_get_array_item(qpdf, array, Int32(index))
      guard qpdf_oh_is_number(qpdf, item) != 0 else { return nil }
      values.append(qpdf_oh_get_numeric_value(qpdf, item))
    }
    return Box(
      minX: min(values[0], values[2]), minY: min(values[1], values[3]),
      maxX: max(values[0], values[2]), maxY: max(values[1], values[3]))
  }

  /// Clears and reports a pending qpdf error (object accessors record one instead of failing).
  private func hasError() -> Bool {
    guard let qpdf, qpdf_has_error(qpdf) != 0 else { return false }
    _ = qpdf_get_error(qpdf)
    return true
  }

  /// The XObject named in a `/Resources` dictionary: a form's decoded content and matrix, or an
  /// image.
  fileprivate func xobject(named name: String, in resources: qpdf_oh) -> XObject {
    guard let qpdf, qpdf_oh_is_dictionary(qpdf, resources) != 0 else { return .missing }
    let object = qpdf_oh_get_key(qpdf, qpdf_oh_get_key(qpdf, resources, "/XObject"), "/" + name)
    guard qpdf_oh_is_stream(qpdf, object) != 0 else {
      _ = hasError()
      return .missing
    }
    let dictionary = qpdf_oh_get_dict(qpdf, object)
    let subtype = qpdf_oh_get_key(qpdf, dictionary, "/Subtype")
    if qpdf_oh_is_name_and_equals(qpdf, subtype, "/Image") != 0 { return .image }
    guard qpdf_oh_is_name_and_equals(qpdf, subtype, "/Form") != 0 else { return .missing }
    guard let content = decodedStream(object, limit: Self.contentLimit) else { return .missing }
    var matrix = TransformMatrix.identity
    let values = qpdf_oh_get_key(qpdf, dictionary, "/Matrix")
    if qpdf_oh_is_array(qpdf, values) != 0, qpdf_oh_get_array_n_items(qpdf, values) == 6 {
      let m = (0..<6).map { qpdf_oh_get_numeric_value(qpdf, qpdf_oh_get_array_item(qpdf, values, Int32($0))) }
      matrix = TransformMatrix(m[0], m[1], m[2], m[3], m[4], m[5])
    }
    // A form without its own resources uses those of the content that paints it.
    let own = qpdf_oh_get_key(qpdf, dictionary, "/Resources")
    let formResources = FormResources(
      drawing: self, dictionary: qpdf_oh_is_dictionary(qpdf, own) != 0 ? own : resources)
    _ = hasError()
    return .form(content: content, matrix: matrix, resources: formResources)
  }
}

/// Resolves `Do` names against one `/Resources` dictionary of a `PDFDrawing`.
private struct FormResources: XObjectResolver {
  let drawing: PDFDrawing
  let dictionary: qpdf_oh

  func xobject(named name: String) -> XObject {
    drawing.xobject(named: name, in: dictionary)
  }
}
