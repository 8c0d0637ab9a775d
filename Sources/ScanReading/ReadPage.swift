import DocumentModel

/// One page after reading: its layout, how it was read, and (for OCR) the cleaned image the
/// number cells are re-read from.
package struct ReadPage: Sendable {
  package var layout: PageLayout
  package var origin: TextOrigin
  /// How far the scanned page's text was turned clockwise (0, 90, 180, 270); it was read turned
  /// back, so `layout` and `image` are upright.
  package var turn = 0
  /// Why the page, or its pictures (`layout.ocrRegions`), was read by OCR; nil for a page read
  /// from its text layer alone.
  package var reason: PageReading.Reason?
  /// The cleaned page, packed when it is black and white (it is, after ScanCleaner): all OCR'd
  /// pages are held until their cells are re-read, and unpacked they dominated the scan path's
  /// peak memory (docs/performance.md).
  private var packed: BinaryImage?
  private var unpackable: PageImage?
  /// The page's dark ink alone, lined up with `image`, kept packed for the first page of a
  /// scan: its title is re-read from it where a seal covers it (`TitleRereader`).
  private var packedDarkInk: BinaryImage?

  package init(
    layout: PageLayout, origin: TextOrigin, image: PageImage?, turn: Int = 0,
    reason: PageReading.Reason? = nil, darkInk: PageImage? = nil
  ) {
    self.layout = layout
    self.origin = origin
    self.turn = turn
    self.reason = reason
    if let image, let packed = BinaryImage(packing: image) {
      self.packed = packed
    } else {
      unpackable = image
    }
    packedDarkInk = darkInk.flatMap { BinaryImage(packing: $0) }
  }

  /// The same page read, with `layout` in place of its own (a part of it, for a report that
  /// shares the page); the image stays packed.
  package func with(layout: PageLayout) -> ReadPage {
    var copy = self
    copy.layout = layout
    return copy
  }

  /// The cleaned page image (unpacked on each access: keep it only as long as needed).
  package var image: PageImage? { packed?.unpacked() ?? unpackable }

  /// The page's dark ink (`ScanBinarizer.darkInkRatio`), unpacked on each access; nil but for
  /// the first page of a scan.
  package var darkInk: PageImage? { packedDarkInk?.unpacked() }

  /// Whether the page has an image, without unpacking it.
  package var hasImage: Bool { packed != nil || unpackable != nil }

  /// How the page was read, for the output's `source.page_reads`.
  package var reading: PageReading {
    let method: PageReading.Method =
      origin == .ocr ? .ocr : layout.ocrRegions.isEmpty ? .text : .textAndOCR
    return PageReading(
      page: layout.pageNumber, method: method, reason: method == .text ? nil : reason, turn: turn)
  }
}
