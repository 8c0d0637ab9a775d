import DocumentModel
import Foundation
import PDFStructure
import VectorGraphics

/// A PDF's page drawings (content streams and their forms), read with our own object reader
/// (`PDFFile`): the vector lines table borders are drawn with, without rendering anything.
///
/// Reads lazily: opening it reads the cross-reference data and the page tree; a page's content
/// and forms are read when its rulings are asked for. Not `Sendable`: one document per task.
public final class PDFDrawing {
  private let file: PDFFile
  private let pages: [PDFPageObject]
  /// The number of pages in the page tree.
  public let pageCount: Int

  /// Opens the PDF in `data`; nil when it cannot be read here, or is encrypted (the caller
  /// then renders instead, which poppler decrypts).
  public init?(data: Data) {
    guard let file = PDFFile(bytes: [UInt8](data), inflate: StreamInflater.inflate),
      !file.isEncrypted
    else { return nil }
    self.file = file
    pages = file.pages
    pageCount = pages.count
  }

  /// The table rulings drawn on a page, in points with the origin at the top-left of the crop
  /// box (poppler's text coordinates).
  ///
  /// - Parameters:
  ///   - number: The page number, counted from 1.
  ///   - settings: The drawing reader's own tunables.
  ///   - cleanup: What makes a painted line a ruling; pass the raster detector's, so a page
  ///     rendered instead gives the same grid.
  /// - Returns: nil when the page cannot be interpreted here (a rotation other than a multiple of
  ///   90°, an unreadable content stream, content over the operator budget): render it instead.
  public func rulings(
    page number: Int, settings: VectorSettings = VectorSettings(),
    cleanup: RulingCleanupSettings = RulingCleanupSettings()
  ) -> VectorRulingReader.Result? {
    guard number >= 1, number <= pageCount else { return nil }
    let page = pages[number - 1]
    guard let crop = page.cropBox ?? page.mediaBox,
      let frame = Self.displayTransform(rotation: page.rotation, crop: crop, media: page.mediaBox)
    else { return nil }
    guard let content = pageContent(page) else { return nil }
    let resources = FormResources(drawing: self, dictionary: page.resources)
    return VectorRulingReader(settings: settings, cleanup: cleanup)
      .read(content, transform: frame, resources: resources)
  }

  /// The transform from PDF user space to the page as displayed: poppler's text coordinates.
  ///
  /// Points, origin at the top-left of the visible box (crop box within the media box), the page
  /// turned clockwise by its `/Rotate`; nil for a rotation that is not a multiple of 90°.
  ///
  /// A page stored sideways with `/Rotate 90` or `270` and shown upright (stress form
  /// `altered:rotated`) was rendered at 72 dpi for its rulings, and light-grey hairline borders
  /// were lost there: Chromium's table on such pages came out with most columns merged, two
  /// cells of table 二 silently wrong (stress 8202:6).
  static func displayTransform(rotation: Int, crop: Box, media: Box?) -> TransformMatrix? {
    var visible = crop
    if let media {
      visible = Box(
        minX: max(crop.minX, media.minX), minY: max(crop.minY, media.minY),
        maxX: min(crop.maxX, media.maxX), maxY: min(crop.maxY, media.maxY))
    }
    let (x0, y0, x1, y1) = (visible.minX, visible.minY, visible.maxX, visible.maxY)
    switch (rotation % 360 + 360) % 360 {
    case 0: return TransformMatrix(1, 0, 0, -1, -x0, y1)  // y flipped
    case 90: return TransformMatrix(0, 1, 1, 0, -y0, -x0)  // x' = y - y0, y' = x - x0
    case 180: return TransformMatrix(-1, 0, 0, 1, x1, -y0)  // x' = x1 - x, y' = y - y0
    case 270: return TransformMatrix(0, -1, -1, 0, y1, x1)  // x' = y1 - y, y' = x1 - x
    default: return nil
    }
  }

  /// The most decoded content one page (or form) may have, in bytes: a dense report page has
  /// under 200 KB; a decompression bomb of 1 GiB was read whole by qpdf (3.2 GB peak, 44 s).
  static let contentLimit = 32 << 20

  /// A page's content streams, decoded and joined, or nil when one cannot be decoded here.
  private func pageContent(_ page: PDFPageObject) -> [UInt8]? {
    let contents = file.resolve(page.dictionary["Contents"])
    let streams: [PDFObject]
    switch contents {
    case .stream: streams = [contents]
    case .array(let items): streams = items.map(file.resolve)
    default: return []  // no content: an empty page
    }
    var content: [UInt8] = []
    for object in streams {
      guard let stream = object.stream,
        let bytes = decodedStream(stream, limit: Self.contentLimit - content.count)
      else { return nil }
      content += bytes
      content.append(10)  // streams of one page join at token boundaries
    }
    return content
  }

  /// A stream's data decoded through FlateDecode, ASCII85Decode and ASCIIHexDecode (the filters
  /// content streams use; no predictors); nil for other filters (the page is rendered instead),
  /// damage, or more than `limit` bytes.
  private func decodedStream(_ stream: PDFStream, limit: Int) -> [UInt8]? {
    let filter = file.resolve(stream.dictionary["Filter"])
    var filters: [String] = []
    if let items = filter.array {
      for item in items {
        guard let name = file.resolve(item).name else { return nil }
        filters.append(name)
      }
    } else if let name = filter.name {
      filters = [name]
    }
    let known: Set = ["FlateDecode", "ASCII85Decode", "ASCIIHexDecode"]
    guard filters.count <= 3, filters.allSatisfy({ known.contains($0) }),
      file.resolve(stream.dictionary["DecodeParms"]).isNull
    else { return nil }
    var data = [UInt8](file.rawData(of: stream))
    for name in filters {
      switch name {
      case "FlateDecode":
        guard let inflated = StreamInflater.inflate(data, limit: limit) else { return nil }
        data = inflated
      case "ASCII85Decode":
        guard let decoded = ASCIIDecoder.ascii85(data) else { return nil }
        data = decoded
      default:
        guard let decoded = ASCIIDecoder.asciiHex(data) else { return nil }
        data = decoded
      }
    }
    return data.count <= limit ? data : nil
  }

  /// The XObject named in a `/Resources` dictionary: a form's decoded content and matrix, or an
  /// image.
  fileprivate func xobject(named name: String, in resources: PDFDictionary?) -> XObject {
    guard let resources, let xobjects = file.resolve(resources["XObject"]).dictionary,
      let object = file.resolve(xobjects[PDFFile.decodedName(name)]).stream
    else { return .missing }
    let dictionary = object.dictionary
    switch file.resolve(dictionary["Subtype"]).name {
    case "Image": return .image
    case "Form": break
    default: return .missing
    }
    guard let content = decodedStream(object, limit: Self.contentLimit) else { return .missing }
    var matrix = TransformMatrix.identity
    if let values = file.resolve(dictionary["Matrix"]).array, values.count == 6 {
      let m = values.map { file.resolve($0).number ?? 0 }
      matrix = TransformMatrix(m[0], m[1], m[2], m[3], m[4], m[5])
    }
    // A form without its own resources uses those of the content that paints it.
    let own = file.resolve(dictionary["Resources"]).dictionary
    return .form(
      content: content, matrix: matrix,
      resources: FormResources(drawing: self, dictionary: own ?? resources))
  }
}

/// Resolves `Do` names against one `/Resources` dictionary of a `PDFDrawing`.
private struct FormResources: XObjectResolver {
  let drawing: PDFDrawing
  let dictionary: PDFDictionary?

  func xobject(named name: String) -> XObject {
    drawing.xobject(named: name, in: dictionary)
  }
}
