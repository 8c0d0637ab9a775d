import DocumentModel
import Foundation
import ReportTestSupport
import Testing

@testable import ScanReading

/// A label that page OCR read surely but only in part is read again line by line
/// (`LabelRereader`), on a text-layer sample rendered at scan resolution.
@Suite(.serialized) struct LabelRereadTests {
  @Test func aLabelReadSurelyButInPartIsReadAgainLineByLine() throws {
    guard let sample = Samples.textLayer.first(where: { $0.slug.hasPrefix("h04-") }),
      let page = Poppler.grayPage(sample.pdf, page: 4, dpi: 200)
    else { return }
    let image = ScanBinarizer().binarized(page)
    // `1.申请人无正当理由` / `逾期不补正、行政机` / `关不再处理其政府信` / `息公开申请`: four
    // lines; page OCR as on stress scan 9763:16 read two of its characters, surely.
    let lines = Poppler.words(sample.pdf, page: 4).filter { word in
      ["1.申请人无正当理由", "逾期不补正、行政机", "关不再处理其政府信", "息公开申请"].contains(word.text)
    }
    try #require(lines.count == 4, "h04 p. 4 should print the label over four lines")
    // The text boxes are twice as tall as the glyphs (the sample's point): the cell is taken
    // around the lines' middles.
    let top = try #require(lines.map(\.box.midY).min())
    let bottom = try #require(lines.map(\.box.midY).max())
    let box = Box(minX: 118, minY: top - 9, maxX: 216, maxY: bottom + 9)
    let partial = TableCell(
      row: 0, column: 0, page: 4, box: box,
      words: [Word(text: "正当", box: box, origin: .ocr, confidence: 0.87)])
    let session = try OCRSession(settings: OCRSettings())
    let reread = LabelRereader().reread(partial, in: image, session: session)
    let text = reread.text.filter { !$0.isWhitespace }
    #expect(text.contains("逾期不补正"), "\(text)")
    #expect(text.contains("公开申请"), "\(text)")
    // A label read whole, one line of ink to a line of text, is left as it was.
    let whole = TableCell(
      row: 0, column: 0, page: 4, box: box,
      words: [
        Word(text: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", box: box, origin: .ocr, confidence: 0.87)
      ])
    #expect(LabelRereader().reread(whole, in: image, session: session).text == whole.text)
  }
}
