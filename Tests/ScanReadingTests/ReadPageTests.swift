import DocumentModel
import Testing

@testable import ScanReading

/// `ReadPage` keeps an OCR'd page's image until its cells are re-read, packed when it can be.
struct ReadPageTests {
  static func page(_ number: Int, image: PageImage?) -> ReadPage {
    let layout = PageLayout(
      pageNumber: number, width: 100, height: 100, words: [], lines: [], rulings: [])
    return ReadPage(layout: layout, origin: image == nil ? .text : .ocr, image: image)
  }

  @Test func givesEachPagesImageAsItWasStored() {
    // Page 1 packs (0 and 255 only); page 3 does not (a gray level) and is kept as it is.
    let stripes: [UInt8] = (0..<18).map { $0 % 3 == 0 ? 0 : 255 }
    let black = PageImage(width: 9, height: 2, channels: 1, dpi: 72, pixels: stripes)
    let gray = PageImage(width: 3, height: 1, channels: 1, dpi: 72, pixels: [0, 128, 255])
    let pages = [Self.page(1, image: black), Self.page(2, image: nil), Self.page(3, image: gray)]
    #expect(pages.map(\.hasImage) == [true, false, true])
    #expect(pages[0].image == black)
    #expect(pages[0].image == black)
    #expect(pages[1].image == nil)
    #expect(pages[2].image == gray)
  }
}
