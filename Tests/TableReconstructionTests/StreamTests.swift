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
