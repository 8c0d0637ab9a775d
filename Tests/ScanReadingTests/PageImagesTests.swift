import DocumentModel
import Testing

@testable import ScanReading

/// `PageImages` hands the re-reading stages each OCR'd page's image, one page unpacked at a time.
struct PageImagesTests {
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
    var images = PageImages([
      Self.page(1, image: black), Self.page(2, image: nil), Self.page(3, image: gray),
    ])
    #expect(images.image(ofPage: 1) == black)
    #expect(images.image(ofPage: 1) == black)
    #expect(images.image(ofPage: 2) == nil)
    #expect(images.image(ofPage: 3) == gray)
    #expect(images.image(ofPage: 1) == black)
    #expect(images.image(ofPage: 4) == nil)
  }
}
