import DocumentModel
import TableReconstruction
import Testing

@Test func alignedTextWithoutRulingsMakesAStreamTable() throws {
  // Three value columns at x = 200, 260, 320; a row label wrapped over three lines with its
  // numbers on the middle one; prose above and below.
  let words = [
    word("本段是正文，介绍本年度的总体情况。", 40, 40),
    word("项目", 40, 100), word("自然人", 200, 100), word("法人", 260, 100), word("总计", 320, 100),
    word("一、本年新收", 40, 120), word("3", 200, 120), word("1", 260, 120), word("4", 320, 120),
    word("（二）部分公开", 40, 140),
    word("（区分处理的）", 40, 154), word("0", 200, 154), word("2", 260, 154), word("2", 320, 154),
    word("不计其他情形", 40, 168),
    word("四、结转", 40, 188), word("5", 200, 188), word("6", 260, 188), word("11", 320, 188),
    word("五、存在的主要问题及改进情况", 40, 260),
  ]
  let tables = TableBuilder().tables(in: .page(words: words, rulings: []))
  let table = try #require(tables.first)
  #expect(tables.count == 1)
  #expect(table.method == .stream)
  #expect(table.columnCount == 4 && table.rowCount == 4)
  expectCoversGridOnce(table)
  #expect(table.cells(inRow: 0).map(\.text) == ["项目", "自然人", "法人", "总计"])
  #expect(table.cells(inRow: 2).map(\.text) == ["（二）部分公开（区分处理的）不计其他情形", "0", "2", "2"])
  #expect(table.cells(inRow: 3).map(\.text) == ["四、结转", "5", "6", "11"])
}

@Test func proseAloneMakesNoStreamTable() {
  let words = [
    word("一、总体情况", 40, 40), word("本机关", 40, 60), word("2024", 80, 60), word("年", 124, 60),
    word("收到申请", 40, 80),
  ]
  #expect(TableBuilder().tables(in: .page(words: words, rulings: [])).isEmpty)
}

@Test func valuesCloserThanALabelsHeightAreStillTwoCells() throws {
  // A scan whose borders vanished (stress 9710:9): a label set on two lines makes its line
  // 24 pt tall, while the values beside it are 6 pt of ink, 14 pt apart. Gaps are measured in
  // the two words' heights, and columns come from the cells that hold numbers.
  func digits(_ text: String, _ x: Double, _ y: Double) -> Word {
    Word(text: text, box: Box(minX: x, minY: y, maxX: x + 4 * Double(text.count), maxY: y + 6))
  }
  let words = [
    word("项目", 40, 100), word("自然人", 200, 100), word("其他", 260, 100), word("总计", 290, 100),
    Word(text: "一、本年新收", box: Box(minX: 40, minY: 120, maxX: 100, maxY: 144)),
    digits("86", 204, 122), digits("11", 264, 122), digits("143", 286, 122),
    word("二、上年结转", 40, 160), digits("0", 206, 163), digits("3", 268, 163),
    digits("3", 290, 163),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  #expect(table.columnCount == 4)
  #expect(table.cells(inRow: 1).map(\.text) == ["一、本年新收", "86", "11", "143"])
  #expect(table.cells(inRow: 0).map(\.text) == ["项目", "自然人", "其他", "总计"])
}
