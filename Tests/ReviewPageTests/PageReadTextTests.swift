import DocumentModel
import Testing

@testable import ReviewPage

/// The review page's line per kind of page reading (`source.page_reads`).
@Test func pagesReadAlikeShareOneLine() {
  let reads = [
    PageReading(page: 1, method: .text, reason: nil),
    PageReading(page: 2, method: .text, reason: nil),
    PageReading(page: 3, method: .textAndOCR, reason: .imageRegion),
    PageReading(page: 4, method: .text, reason: nil),
    PageReading(page: 5, method: .ocr, reason: .noText, turn: 90),
  ]
  #expect(
    PageReadText.lines(reads) == [
      "p. 1–2, 4: text layer",
      "p. 3: text layer + OCR (a picture with no text over it)",
      "p. 5: OCR (no text layer; turned 90°)",
    ])
}
