import DocumentModel
import TableReconstruction
import Testing

/// A 5-row table whose border between 自然人 and 商业企业 (x = 150) the scan lost.
///
/// Columns at 0, 100, 200 and 260; rows every 20 pt from 0 to 100. Row 0's 申请人情况 spans
/// columns 100–260. `values` gives each value row's words in the merged column 100–200.
private func lostBorderLayout(values: [[Word]], header: [Word]? = nil) -> PageLayout {
  let rulings = [
    horizontal(0, 0, 260), horizontal(20, 0, 260), horizontal(40, 0, 260),
    horizontal(60, 0, 260), horizontal(80, 0, 260), horizontal(100, 0, 260),
    vertical(0, 0, 100), vertical(100, 0, 100), vertical(200, 20, 100), vertical(260, 0, 100),
  ]
  var words = [word("申请人情况", 130, 4), word("总计", 210, 24)]
  words += header ?? [word("自然人", 105, 24), word("商业企业", 158, 24)]
  for (index, row) in values.enumerated() {
    let y = 44 + 20 * Double(index)
    words.append(word("第\(index + 1)行", 5, y))
    words += row.map { Word(text: $0.text, box: $0.box.offsetBy(y: y)) }
  }
  return .page(words: words, rulings: rulings)
}

private extension Box {
  func offsetBy(y: Double) -> Box { Box(minX: minX, minY: minY + y, maxX: maxX, maxY: maxY + y) }
}

@Test func wordsOnBothSidesOfABareCorridorRestoreALostColumnBorder() throws {
  let layout = lostBorderLayout(values: [
    [word("21", 110, 0), word("4", 170, 0)],
    [word("0", 115, 0), word("0", 170, 0)],
    [word("1204", 105, 0), word("13", 165, 0)],
  ])
  let table = try #require(TableBuilder().tables(in: layout).first)
  #expect(table.columnCount == 4)
  expectCoversGridOnce(table)
  #expect(table.cell(atRow: 2, column: 1)?.text == "21")
  #expect(table.cell(atRow: 2, column: 2)?.text == "4")
  #expect(table.cell(atRow: 4, column: 1)?.text == "1204")
  #expect(table.cell(atRow: 4, column: 2)?.text == "13")
  // The wrapped header beside it joins the corridor; the title row across it stays one cell.
  #expect(table.cell(atRow: 1, column: 1)?.text == "自然人")
  #expect(table.cell(atRow: 1, column: 2)?.text == "商业企业")
  let title = try #require(table.cell(atRow: 0, column: 2))
  #expect(title.column == 1 && title.columnSpan == 3 && title.text == "申请人情况")
}

@Test func aNarrowGapInsideACellIsNoColumn() throws {
  // `1.` and its label 5 pt apart: less than the 1.2 word heights (14.4 pt) of a column gap.
  let layout = lostBorderLayout(values: [
    [word("1.", 105, 0), word("属于国家秘密", 130, 0)],
    [word("2.", 105, 0), word("重复申请", 130, 0)],
    [word("3.", 105, 0), word("信访举报", 130, 0)],
  ])
  let table = try #require(TableBuilder().tables(in: layout).first)
  #expect(table.columnCount == 3)
  #expect(table.cell(atRow: 2, column: 1)?.text.contains("属于国家秘密") == true)
}

@Test func twoRowsOrBordersReadAsMarksAreNoWitness() throws {
  // Only two rows with words on both sides (one short of `textColumnMinimumRows`).
  let twoRows = lostBorderLayout(
    values: [
      [word("21", 110, 0), word("4", 170, 0)], [word("0", 115, 0), word("0", 170, 0)], [],
    ],
    header: [word("自然人商业企业", 110, 24)])
  #expect(try #require(TableBuilder().tables(in: twoRows).first).columnCount == 3)
  // A border read as `|` at the left of every row, the value to its right.
  let marks = lostBorderLayout(
    values: (0..<3).map { _ in [word("|", 101, 0), word("7", 170, 0)] },
    header: [word("自然人商业企业", 110, 24)])
  #expect(try #require(TableBuilder().tables(in: marks).first).columnCount == 3)
}

@Test func aGridThatStacksValuesInItsCellsIsLeftToTextAlignment() throws {
  // What a bilevel scan kept of light gray borders (stress 9758:22): the outline and one row
  // border around six printed rows, so every value cell of the grid holds three values.
  let rulings = [
    horizontal(0, 0, 280), horizontal(60, 0, 280), horizontal(120, 0, 280),
    vertical(0, 0, 120), vertical(100, 0, 120), vertical(160, 0, 120), vertical(220, 0, 120),
    vertical(280, 0, 120),
  ]
  var words: [Word] = []
  for row in 0..<6 {
    let y = 4 + 19 * Double(row)
    words += [
      word("第\(row + 1)行", 5, y), word("\(row + 10)", 110, y), word("\(row)", 175, y),
      word("\(2 * row + 10)", 230, y),
    ]
  }
  let tables = TableBuilder().tables(in: .page(words: words, rulings: rulings))
  #expect(!tables.contains { $0.method == .lattice })
  let table = try #require(tables.first)
  #expect(table.rowCount == 6)
  #expect(table.cells.contains { $0.text == "13" && $0.row == 3 })
  // With one value a cell the same rulings make a grid.
  let kept = TableBuilder().tables(
    in: .page(
      words: words.filter { $0.box.minY < 10 || ($0.box.minY > 60 && $0.box.minY < 70) },
      rulings: rulings))
  #expect(kept.first?.method == .lattice)
}
