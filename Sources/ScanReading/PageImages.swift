import DocumentModel

/// The cleaned images of OCR'd pages, unpacked one page at a time for the re-reading stages.
///
/// `ReadPage` keeps its image packed, 1 bit a pixel; unpacked, a page is eight times as large.
/// Unpacking every page up front would hold all of them at once while the cells are re-read;
/// cells come table by table and row by row, so keeping only the page last asked for unpacks
/// each page about once and never holds two (docs/performance.md).
package struct PageImages {
  private let pages: [ReadPage]
  /// The page last asked for and its image (nil: a page without one).
  private var current: (number: Int, image: PageImage?)?

  package init(_ pages: [ReadPage]) {
    self.pages = pages
  }

  /// The image of page `number`, nil when that page was read from its text layer.
  ///
  /// Unpacks it unless it is the page last asked for, whose image is released first.
  package mutating func image(ofPage number: Int) -> PageImage? {
    if let current, current.number == number { return current.image }
    current = nil
    let image = pages.first { $0.layout.pageNumber == number && $0.hasImage }?.image
    current = (number, image)
    return image
  }
}
