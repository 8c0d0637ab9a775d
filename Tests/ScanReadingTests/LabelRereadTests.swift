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

  /// A cell of a label column that page OCR read as nothing is read as the label its ink is;
  /// a value printed in such a column reads as no label, and is left to the digits engine.
  @Test func aLabelColumnsCellReadAsNothingIsReadAsALabel() throws {
    guard let sample = Samples.textLayer.first(where: { $0.slug.hasPrefix("h04-") }),
      let page = Poppler.grayPage(sample.pdf, page: 4, dpi: 200)
    else { return }
    let image = ScanBinarizer().binarized(page)
    let words = Poppler.words(sample.pdf, page: 4)
    let lines = words.filter { word in
      ["1.申请人无正当理由", "逾期不补正、行政机", "关不再处理其政府信", "息公开申请"].contains(word.text)
    }
    try #require(lines.count == 4, "h04 p. 4 should print the label over four lines")
    let top = try #require(lines.map(\.box.midY).min())
    let bottom = try #require(lines.map(\.box.midY).max())
    let box = Box(minX: 118, minY: top - 9, maxX: 216, maxY: bottom + 9)
    let empty = TableCell(row: 0, column: 0, page: 4, box: box, words: [])
    let session = try OCRSession(settings: OCRSettings())
    let label = try #require(
      LabelRereader().rereadInLabelColumn(empty, in: image, session: session))
    #expect(label.text.filter { !$0.isWhitespace }.contains("逾期不补正"), "\(label.text)")
    // A value of the page, its box grown to a cell's: no label.
    let value = try #require(words.first { $0.text.allSatisfy(\.isNumber) && $0.text.count >= 2 })
    let valueBox = Box(
      minX: value.box.minX - 4, minY: value.box.minY - 4, maxX: value.box.maxX + 4,
      maxY: value.box.maxY + 4)
    let number = TableCell(row: 0, column: 0, page: 4, box: valueBox, words: [])
    #expect(LabelRereader().rereadInLabelColumn(number, in: image, session: session) == nil)
  }

  /// Label columns are told by what page OCR read in them: labels, with hardly a number.
  @Test func aColumnOfLabelsIsALabelColumnAndAColumnOfValuesIsNot() {
    func cell(_ row: Int, _ column: Int, _ text: String, span: Int = 1) -> TableCell {
      let box = Box(
        minX: Double(column) * 50, minY: Double(row) * 20, maxX: Double(column) * 50 + 50,
        maxY: Double(row) * 20 + 20)
      return TableCell(
        row: row, column: column, columnSpan: span, page: 1, box: box,
        words: text.isEmpty ? [] : [Word(text: text, box: box, origin: .ocr, confidence: 0.9)])
    }
    var cells = [cell(0, 0, "（本列数据的勾稽关系）", span: 2), cell(0, 2, "自然人"), cell(0, 3, "总计")]
    let items = [
      "1.属于国家秘密", "2.其他法律行政法规禁止公开", "", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.8",
    ]
    for (index, item) in items.enumerated() {
      cells += [
        cell(index + 1, 1, item), cell(index + 1, 2, "\(index)"), cell(index + 1, 3, "\(index)"),
      ]
    }
    cells.append(cell(7, 0, "（七）总计", span: 2))
    let numbers = NumberRereader()
    let grid = TableGrid(
      rowCount: 8, columnCount: 4, cells: cells, method: .lattice,
      columnEdges: [0, 50, 100, 150, 200],
      pages: [1])
    let found = LabelColumns().columns(of: [grid], isLabel: numbers.isLabel)
    #expect(found == [LabelColumns.Column(table: 0, column: 1)])
    // Three labels against two numbers (`12`, `6.8`): too mixed to say.
    var mixed = grid
    mixed.cells = cells.map { cell in
      guard cell.column == 1, cell.row == 1 else { return cell }
      var number = cell
      number.words = [Word(text: "12", box: cell.box, origin: .ocr, confidence: 0.9)]
      return number
    }
    #expect(LabelColumns().columns(of: [mixed], isLabel: numbers.isLabel).isEmpty)
  }
}

extension LabelRereadTests {
  @Test func aLineThatBeginsAsANumberedItemIsALabelsFirstLine() {
    // Stress 9807:47: the digits engine read a wrapped label `8`; its first line read `1.本机`.
    #expect(LabelRereader.startsWithItemNumber("1.本机"))
    #expect(LabelRereader.startsWithItemNumber("12、属于"))
    #expect(LabelRereader.startsWithItemNumber("5．属于"))
    // A value, a decimal amount, or a seal's name read over a value: no item number.
    #expect(!LabelRereader.startsWithItemNumber("116"))
    #expect(!LabelRereader.startsWithItemNumber("1.5"))
    #expect(!LabelRereader.startsWithItemNumber("政务公开"))
    #expect(!LabelRereader.startsWithItemNumber("123.本"))
    #expect(!LabelRereader.startsWithItemNumber("1."))
  }
}
