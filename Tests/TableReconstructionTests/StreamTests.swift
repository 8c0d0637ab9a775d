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

@Test func tableTwoBandsOfLabelAndValueAreRowsAndBandTitlesRowsOfTheirOwn() throws {
  // Table 二 printed without rulings (text stress 9801:13): a four-column band, then bands of a
  // label and one value centred under a wide header, each band title centred over the values.
  let words =
    firstBand(top: 100, rules: ["1", "0", "7"], normative: ["8", "3", "43"]) + [
      word("第二十条第（五）项", 250, 160),
      word("信息内容", 40, 180), word("本年处理决定数量", 270, 180),
      word("行政许可", 40, 200), word("56", 305, 200),
      word("第二十条第（六）项", 250, 220),
      word("信息内容", 40, 240), word("本年处理决定数量", 270, 240),
      word("行政处罚", 40, 260), word("12", 305, 260),
    ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  #expect(table.method == .stream)
  let texts = (0..<table.rowCount).map { row in
    table.cells(inRow: row).map(\.text).filter { !$0.isEmpty }
  }
  #expect(texts.contains(["第二十条第（五）项"]))
  #expect(texts.contains(["行政许可", "56"]))
  #expect(texts.contains(["行政处罚", "12"]))
  #expect(texts.first == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
}

@Test func labelsWrappedOverManyLinesAndTallRowsStayInOneTable() throws {
  // A narrow label column wraps each label over four lines with the values on the second, and
  // rows stand 3 line heights apart (text stress 9801:1 and :10, no rulings).
  var words: [Word] = []
  for (index, values) in [["3", "1", "4"], ["0", "2", "2"], ["5", "6", "11"]].enumerated() {
    let top = 100 + Double(index) * 110
    words += [
      word("第\(index + 1)行的", 40, top), word("标签", 40, top + 14),
      word("很长很", 40, top + 28), word("长", 40, top + 42),
    ]
    for (column, value) in values.enumerated() {
      words.append(word(value, 200 + 60 * Double(column), top + 14))
    }
  }
  let tables = TableBuilder().tables(in: .page(words: words, rulings: []))
  let table = try #require(tables.first)
  #expect(tables.count == 1)
  #expect(table.rowCount == 3 && table.columnCount == 4)
  #expect(table.cells(inRow: 1).map(\.text) == ["第2行的标签很长很长", "0", "2", "2"])
}

@Test func aWideGapEndsATableUnlessTheNextRowLinesUpWithIt() throws {
  let words = [
    word("一、本年新收", 40, 100), word("3", 200, 100), word("1", 260, 100), word("4", 320, 100),
    word("二、上年结转", 40, 120), word("0", 200, 120), word("2", 260, 120), word("2", 320, 120),
    // 60 pt lower, in the same columns: the same table.
    word("三、本年办理", 40, 180), word("5", 200, 180), word("6", 260, 180), word("11", 320, 180),
    // 60 pt lower again, values between the columns: another table.
    word("行政复议", 40, 240), word("7", 230, 240), word("8", 290, 240), word("9", 350, 240),
    word("行政诉讼", 40, 260), word("1", 230, 260), word("2", 290, 260), word("3", 350, 260),
  ]
  let tables = TableBuilder().tables(in: .page(words: words, rulings: []))
  #expect(tables.map(\.rowCount) == [3, 2])
}

@Test func oneRowOfManyValuesIsATable() throws {
  // Table 四: one data row of 15 values under a header whose words stand close together.
  let header = word("结果维持结果纠正其他结果尚未审结总计", 40, 100)
  let values = (0..<15).map { word("\($0 % 4)", 40 + 32 * Double($0), 120) }
  let table = try #require(
    TableBuilder().tables(in: .page(words: [header] + values, rulings: [])).first)
  #expect(table.cells(inRow: table.rowCount - 1).filter { !$0.text.isEmpty }.count == 15)
}

@Test func aValueCloseAfterALongLabelIsACellOfItsOwn() throws {
  // A bilevel scan whose borders vanished (stress 9758:79): the long label ends 0.8 digit
  // heights before the row's first value, closer than the cell gap.
  func digits(_ text: String, _ x: Double, _ y: Double) -> Word {
    Word(text: text, box: Box(minX: x, minY: y + 2, maxX: x + 6 * Double(text.count), maxY: y + 10))
  }
  let words = [
    word("一、本年新收申请数量", 40, 100), digits("20", 147, 100), digits("0", 200, 100),
    digits("2", 240, 100), digits("22", 280, 100),
    word("（一）予以公开", 40, 120), digits("12", 147, 120), digits("0", 200, 120),
    digits("1", 240, 120), digits("13", 280, 120),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  #expect(table.cells(inRow: 0).map(\.text) == ["一、本年新收申请数量", "20", "0", "2", "22"])
}

@Test func aGridRuledByRowsAloneIsReadFromTextAlignment() throws {
  // Row borders only (a portal's CSS): no ruling separates 2, 1 and 28, which a one-column
  // lattice read as one cell `2128` (text stress 9801:7).
  let words = firstBand(top: 102, rules: ["2", "1", "28"], normative: ["9", "0", "5"])
  let rulings =
    [100.0, 120, 140, 160].map { horizontal($0, 30, 530) } + [
      vertical(30, 100, 160), vertical(530, 100, 160),
    ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: rulings)).first)
  #expect(table.columnsFromText)
  #expect(table.cells(inRow: 1).map(\.text) == ["规章", "2", "1", "28"])
}

/// Table 二's first band without its title: the header and the rows 规章 and 行政规范性文件,
/// 20 pt apart from `top`, values in three columns at x = 190, 310 and 430.
private func firstBand(top: Double, rules: [String], normative: [String]) -> [Word] {
  let header = [
    word("信息内容", 40, top), word("本年制发件数", 160, top), word("本年废止件数", 280, top),
    word("现行有效件数", 400, top),
  ]
  let rows = [("规章", rules), ("行政规范性文件", normative)].enumerated().flatMap { index, row in
    let y = top + 20 * Double(index + 1)
    return [word(row.0, 40, y)]
      + row.1.enumerated().map { column, value in word(value, 190 + 120 * Double(column), y) }
  }
  return header + rows
}

@Test func aColumnBlankInEveryRowIsTakenFromItsHeader() throws {
  // Table 三 with its 总计 column left empty and no rulings (text stress 9804:16): the values
  // witness two columns, the header three; 其他 and 总计 were one cell.
  let words = [
    word("项目", 40, 100), word("自然人", 200, 100), word("其他", 260, 100), word("总计", 320, 100),
    word("一、本年新收", 40, 120), word("3", 210, 120), word("1", 270, 120),
    word("二、上年结转", 40, 140), word("5", 210, 140), word("6", 270, 140),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  #expect(table.columnCount == 4)
  #expect(table.cells(inRow: 0).map(\.text) == ["项目", "自然人", "其他", "总计"])
  #expect(table.cells(inRow: 1).map(\.text) == ["一、本年新收", "3", "1", ""])
}

@Test func valuesRightAlignedOffTheirHeadersMakeNoBlankColumns() throws {
  // Values set right of their headers' extent (text stress 9804:12): each header still has its
  // values beside it, so no header cell is a column of its own.
  let words = [
    word("信息内容", 40, 100), word("本年制发", 160, 100), word("本年废止", 280, 100),
    word("现行有效", 400, 100),
    word("规章", 40, 120), word("0", 250, 120), word("0", 370, 120), word("140", 470, 120),
    word("规范性文件", 40, 140), word("39", 240, 140), word("39", 360, 140), word("71", 480, 140),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  #expect(table.columnCount == 4)
  #expect(table.cells(inRow: 2).map(\.text) == ["规范性文件", "39", "39", "71"])
}

@Test func aHeaderCellWrappedOntoALineOfItsOwnStillWitnessesItsColumn() throws {
  // Table 三's narrow header (text stress 9804:1): `其他` wrapped below the line of 自然人 and 总计,
  // a line of one cell within the header's width; its column is blank in every row.
  let words = [
    word("自然人", 200, 80), word("总计", 320, 80), word("其他", 260, 94),
    word("一、本年新收", 40, 120), word("3", 210, 120), word("4", 330, 120),
    word("二、上年结转", 40, 140), word("5", 210, 140), word("6", 330, 140),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  #expect(table.columnCount == 4)
  #expect(table.cells(inRow: table.rowCount - 2).map(\.text) == ["一、本年新收", "3", "", "4"])
}

@Test func theLabelColumnsHeaderStaysOutOfTheFirstRow() throws {
  // The label column's header wrapped onto a line of its own (text stress 9801:16): joined to
  // the nearest row with values, it made that row's label `二项之和）一、本年新收`.
  let words = [
    word("（本列数据的勾稽关系为：", 40, 80), word("法人或其他组织", 240, 80),
    word("二项之和）", 40, 94), word("自然人", 200, 108), word("总计", 320, 108),
    word("一、本年新收", 40, 130), word("3", 210, 130), word("1", 270, 130), word("4", 330, 130),
    word("二、上年结转", 40, 150), word("5", 210, 150), word("6", 270, 150), word("11", 330, 150),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  let first = try #require(
    (0..<table.rowCount).first { table.cells(inRow: $0).contains { $0.text == "3" } })
  #expect(table.cells(inRow: first).first?.text == "一、本年新收")
}

@Test func aLabelWrappedAboveTheFirstRowOfValuesIsPartOfIt() throws {
  // `三` and `、` of 三、本年度办理结果, printed down the label column above the first row of a
  // continued table 三 (text stress 9804:1): outside the table they read as text between its two
  // parts, and the parts were not joined.
  let words = [
    word("三", 40, 60), word("、", 40, 74),
    word("本（一）予以公开", 40, 88), word("3", 210, 88), word("1", 270, 88), word("4", 330, 88),
    word("（二）部分公开", 60, 108), word("5", 210, 108), word("6", 270, 108), word("11", 330, 108),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  #expect(table.cells.flatMap(\.words).contains { $0.text == "三" })
}

@Test func tableFoursBlankFirstColumnIsTakenFromItsHeaderWords() throws {
  // Table 四 without rulings, zeros printed as blanks (text stress 9804:13): its header cells
  // stand 1 pt apart on a line wider than the line above, and its first column is blank.
  let leaves = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计合计", "结果维持"]
  let header =
    [word("行政复议", 60, 80), word("行政诉讼", 200, 80)]
    + leaves.enumerated().map { word($0.element, 40 + 41 * Double($0.offset), 94) }
  let values = (1..<6).map { word("\($0)", 57 + 41 * Double($0), 110) }
  let table = try #require(
    TableBuilder().tables(in: .page(words: header + values, rulings: [])).first)
  #expect(table.columnCount == 6)
  #expect(table.cells(inRow: table.rowCount - 1).map(\.text) == ["", "1", "2", "3", "4", "5"])
}

@Test func aHeaderCellWrappedBeyondTheLinesAboveStillBelongsToTheHeader() throws {
  // Table 三's header (text stress 9804:6): `总计` on a line of its own, right of the lines above
  // it; without it the total's values lay under no header cell and the blank 商业 and 其他
  // columns beside them were not found.
  let words = [
    word("（本列数据的勾稽关系为：", 40, 80), word("法人或其他组织", 240, 80),
    word("自然人", 200, 94), word("总计", 330, 108), word("商业", 250, 122), word("其他", 290, 122),
    word("一、本年新收", 40, 140), word("3", 210, 140), word("4", 335, 140),
    word("二、上年结转", 40, 160), word("5", 210, 160), word("6", 335, 160),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  #expect(table.columnCount == 5)
  #expect(table.cells(inRow: table.rowCount - 1).map(\.text) == ["二、上年结转", "5", "", "", "6"])
}

@Test func ocrWordsOfOneHeaderCellAreNoBlankColumns() throws {
  // OCR reads Chinese a character at a time: `自` `然` `人` are three words of one header cell,
  // and the one beside the values is no blank column of its own (scan 9763:2, borders gone).
  let words = [
    ocrWord("自", 200, 100), ocrWord("然", 210, 100), ocrWord("人", 220, 100), ocrWord("总", 320, 100),
    ocrWord("计", 330, 100),
    ocrWord("一、本年新收", 40, 120), ocrWord("3", 203, 120), ocrWord("4", 322, 120),
    ocrWord("二、上年结转", 40, 140), ocrWord("5", 203, 140), ocrWord("6", 322, 140),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  #expect(table.columnCount == 3)
  #expect(table.cells(inRow: table.rowCount - 1).map(\.text) == ["二、上年结转", "5", "6"])
}

@Test func theHeaderOfTheNextTableIsNotTheLastRowsLabel() throws {
  // Table 二's last band, then table 三's heading and header (text stress 9801:19): the lines
  // after 行政事业性收费 were taken as its wrapped label, and table 三 was read without its header.
  let words = [
    word("信息内容", 40, 40), word("本年收费金额", 300, 40), word("行政强制", 40, 60),
    word("218", 300, 60), word("行政事业性收费", 40, 80), word("92614.4", 300, 80),
    word("三、收到和处理情况", 40, 110), word("法人或其他组织", 240, 130),
    word("自然人", 160, 144), word("商业", 200, 144), word("其他", 240, 144), word("总计", 280, 144),
    word("一、本年新收", 40, 170), word("3", 170, 170), word("1", 210, 170), word("5", 250, 170),
    word("9", 290, 170),
    word("二、上年结转", 40, 190), word("4", 170, 190), word("2", 210, 190), word("6", 250, 190),
    word("12", 290, 190),
  ]
  let tables = TableBuilder().tables(in: .page(words: words, rulings: []))
  let three = try #require(tables.last)
  #expect(tables.count == 2)
  #expect(three.cells(inRow: 0).map(\.text).contains("自然人"))
  #expect(!three.cells.flatMap(\.words).contains { $0.text.hasPrefix("三、") })
}

@Test func aWrappedHeaderCellIsTakenWhole() throws {
  // `商业企` over its wrapped `业` (text stress 9801:19): the tail stands left of the column's
  // values and, taken for the cell, made every column right of it look blank or not.
  let words = [
    word("项目", 40, 80), word("自然人", 200, 80), word("商业企", 240, 80), word("科研机", 280, 80),
    word("社会公", 320, 80),
    word("业", 245, 94), word("构", 285, 94), word("益组织", 320, 94),
    word("一、本年新收", 40, 120), word("3", 205, 120), word("1", 256, 120), word("2", 296, 120),
    word("二、上年结转", 40, 140), word("5", 205, 140), word("6", 256, 140), word("7", 296, 140),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  #expect(table.columnCount == 5)
  #expect(table.cells(inRow: table.rowCount - 1).map(\.text) == ["二、上年结转", "5", "6", "7", ""])
}

@Test func anOCRdHeaderInFragmentsDoesNotHeadTheNextTable() throws {
  // A bilevel scan whose borders vanished (scan 9763:103): table 四's header OCR'd in fragments
  // (`结` `持` `4结`). Taken as its header they made table 四 a table of junk rows that no longer
  // read as table 四; they stay where they were, after table 三's last row.
  let three = [100.0, 120].flatMap { y in
    [ocrWord("一、本年新收", 40, y)] + (0..<7).map { ocrWord("\($0)", 200 + 40 * Double($0), y) }
  }
  let fragments = [
    ocrWord("结", 40, 150), ocrWord("4结", 120, 150), ocrWord("其", 240, 150), ocrWord("持", 60, 164),
    ocrWord("维", 300, 164),
  ]
  let four = (0..<15).map { ocrWord("\($0 % 4)", 40 + 30 * Double($0), 190) }
  let tables = TableBuilder().tables(in: .page(words: three + fragments + four, rulings: []))
  let last = try #require(tables.last)
  #expect(tables.count == 2)
  #expect(last.rowCount == 1)
}

@Test func aRulingStubReadAsAMarkMakesNoRow() throws {
  // A bilevel scan whose borders dropped out kept a stub of the right border, read `|` at the
  // end of a label's first line (stress 9771:10): that line became a row of its own and the
  // row's values went under the next label.
  let words = [
    word("项目", 40, 100), word("自然人", 200, 100), word("法人", 260, 100), word("总计", 320, 100),
    word("一、本年新收", 40, 120), word("3", 200, 120), word("1", 260, 120), word("4", 320, 120),
    word("3.要求提供公开", 40, 140), word("|", 330, 140),
    word("出版物", 40, 154), word("0", 200, 154), word("2", 260, 154), word("2", 320, 154),
    word("四、结转", 40, 188), word("5", 200, 188), word("6", 260, 188), word("11", 320, 188),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  #expect(table.rowCount == 4)
  let rows = (0..<table.rowCount).map { table.cells(inRow: $0).map(\.text) }
  // The mark stays a word of its cell (the number re-read reads the ink), but places no row.
  #expect(
    rows.contains { $0.count == 4 && $0[0] == "3.要求提供公开出版物" && $0[1...2] == ["0", "2"] },
    "\(rows)")
}

@Test func aSpeckReadAsAMarkBetweenTwoValuesDoesNotMergeTheirColumns() throws {
  // A bilevel scan whose borders vanished (stress 9773:14): a speck in the gap between the
  // 自然人 and 商业企业 columns read `。`, bridged `279` and `62` into one cell, and the two
  // columns became one.
  let words = [
    word("项目", 40, 100), word("自然人", 200, 100), word("法人", 250, 100), word("总计", 320, 100),
    word("一、本年新收", 40, 120), word("279", 200, 120), word("。", 236, 120),
    word("62", 250, 120), word("341", 320, 120),
    word("二、上年结转", 40, 140), word("28", 210, 140), word("7", 260, 140), word("35", 330, 140),
    word("四、结转", 40, 160), word("5", 220, 160), word("6", 260, 160), word("11", 330, 160),
  ]
  let table = try #require(TableBuilder().tables(in: .page(words: words, rulings: [])).first)
  #expect(table.columnCount == 4)
  // The mark stays a word of the cell its centre falls in; the number re-read reads the ink.
  let values = table.cells(inRow: 1).map { $0.text.filter { $0 != "。" } }
  #expect(values == ["一、本年新收", "279", "62", "341"])
}

@Test func theLastRowsWrappedLabelAtTheFootOfAPageStaysWithIt() throws {
  // Table 三 breaks after its second row, whose label wraps: `数量` is the page's last line
  // (scan 9811:17, borders lost). Left out, the table seemed to end in text and was not joined
  // to its continuation.
  let words = [
    word("一、本年新收申请", 40, 100), word("3", 200, 100), word("1", 260, 100), word("4", 320, 100),
    word("数量", 40, 114),
    word("二、上年结转申请", 40, 130), word("0", 200, 130), word("2", 260, 130), word("2", 320, 130),
    word("数量", 40, 144),
  ]
  let tables = TableBuilder().tables(in: .page(words: words, rulings: []))
  let table = try #require(tables.first)
  #expect(tables.count == 1)
  #expect(table.cells(inRow: table.rowCount - 1).map(\.text) == ["二、上年结转申请数量", "0", "2", "2"])
}
