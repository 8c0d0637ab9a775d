import DocumentModel

extension ProactiveTableMapper {
  /// Rows a page break split in two, joined back into one.
  ///
  /// A browser breaks a table row across pages line by line: a wrapped value
  /// (`181（其中修订2件）`) or a vertically centred label goes on to the next page, leaving a row
  /// without a label (values only) after the labelled row (stress 9100:1), or a row of values
  /// without a label before a labelled row of blank cells (stress 9102:87). Two rows are joined
  /// when the second opens a later page right after the first (no band or header between), they
  /// have as many value cells, one of them has no label, no column holds a complete number
  /// in both pieces (two numbers would be two rows, not one cut in two), and no number of the
  /// first piece stops reading as one with the second's text after it. Pairs that fail this
  /// stay apart and the mapper puts the cells they could belong to in review.
  static func joinedPageBreakRows(_ rows: [DataRow], parser: ValueParser) -> [DataRow] {
    var joined: [DataRow] = []
    for row in rows {
      guard let top = joined.last, row.followsDataRow, row.page > top.page,
        row.valueCells.count == top.valueCells.count,
        let whole = Self.joined(top, row, parser: parser)
      else {
        joined.append(row)
        continue
      }
      joined[joined.count - 1] = whole
    }
    return joined
  }

  /// `top` and its continuation `bottom` as one row, or nil when they are not two pieces of one.
  static func joined(_ top: DataRow, _ bottom: DataRow, parser: ValueParser) -> DataRow? {
    let bottomHasText = bottom.valueCells.contains { !$0.text.isEmpty }
    let topHasText = top.valueCells.contains { !$0.text.isEmpty }
    let label: String
    if bottom.label.isEmpty && bottomHasText {
      label = top.label  // the values' tails went on; the label stayed
    } else if top.label.isEmpty && topHasText && !bottom.label.isEmpty && !bottomHasText {
      label = bottom.label  // the label went on; the values stayed
    } else {
      return nil
    }
    var cells: [TableCell] = []
    for (upper, lower) in zip(top.valueCells, bottom.valueCells) {
      let upperIsNumber = !upper.text.isEmpty && parser.parse(upper.text).number != nil
      if upperIsNumber && !lower.text.isEmpty && parser.parse(lower.text).number != nil {
        return nil
      }
      let cell = upper.joined(continuation: lower)
      // A number's tail reads on with it (`181（其中修订2` and `件）`); text that spoils it is
      // another row's: a band row whose `第二十条第（八）项` fell into the value column under
      // a stray border read `15?第二十条第〈\)项` joined to 行政强制's 15 (stress 9811:60).
      if upperIsNumber && parser.parse(cell.text).number == nil { return nil }
      cells.append(cell)
    }
    var row = top
    row.label = label
    row.valueCells = cells
    row.headers = top.headers.allSatisfy(\.isEmpty) ? bottom.headers : top.headers
    return row
  }
}

extension TableCell {
  /// This cell and its continuation on the next page read as one cell: the continuation's words
  /// follow this cell's, moved below them so the text reads in order.
  ///
  /// A piece without text gives way to the other, so the provenance (page, box) is where the text
  /// is printed, the upper piece's when both hold some.
  func joined(continuation: TableCell) -> TableCell {
    guard !continuation.text.isEmpty else { return self }
    guard !text.isEmpty else { return continuation }
    let shift = box.maxY - continuation.box.minY
    let moved = continuation.words.map { word in
      var word = word
      word.box = Box(
        minX: word.box.minX, minY: word.box.minY + shift, maxX: word.box.maxX,
        maxY: word.box.maxY + shift)
      return word
    }
    var cell = self
    cell.words += moved
    return cell
  }
}
