import DocumentModel
import PageImaging
import Testing

/// `RulingCompleter` on drawn pages: a 3 × 3 table whose borders are solid except where a test
/// leaves them out or draws them as a trail of specks, as a bilevel scan leaves a light border.
@Suite struct RulingCompleterTests {
  static let dpi = 300.0
  static let columns = [20.0, 60, 100, 140]
  static let rows = [20.0, 50, 80, 110]

  /// A white 160 × 130 pt page at 300 dpi.
  struct Page {
    var image = PageImage(
      width: 667, height: 542, channels: 1, dpi: RulingCompleterTests.dpi,
      pixels: [UInt8](repeating: 255, count: 667 * 542))

    /// Inks the pixel at (x, y) points.
    mutating func ink(x: Double, y: Double) {
      let scale = RulingCompleterTests.dpi / 72
      let (px, py) = (Int(x * scale), Int(y * scale))
      image.pixels[py * image.width + px] = 0
    }

    /// A 2 × 2 px speck every `every` px along the ruling: at 5, 40 % of its length inked; at
    /// 2, a solid stroke.
    mutating func specks(along ruling: Ruling, every: Int = 5) {
      let scale = RulingCompleterTests.dpi / 72
      let across = Int((ruling.position * scale).rounded())
      for along in stride(from: Int(ruling.start * scale), to: Int(ruling.end * scale), by: every) {
        for (a, b) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
          let (x, y) =
            ruling.axis == .horizontal ? (along + a, across + b) : (across + b, along + a)
          image.pixels[y * image.width + x] = 0
        }
      }
    }
  }

  static func horizontal(_ y: Double, _ from: Double, _ to: Double) -> Ruling {
    Ruling(axis: .horizontal, position: y, start: from, end: to)
  }

  static func vertical(_ x: Double) -> Ruling {
    Ruling(axis: .vertical, position: x, start: rows[0], end: rows[3])
  }

  /// The frame, the inner columns, and the inner rows but the one at `rows[1]`.
  static var rulingsWithoutRow1: [Ruling] {
    [0, 2, 3].map { horizontal(rows[$0], columns[0], columns[3]) } + columns.map(vertical)
  }

  static let completer = RulingCompleter(
    settings: RulingSettings().completion, tolerance: RulingCleanupSettings().snapTolerance)

  /// The pieces at `rows[1]` that `completed` returns.
  static func row1(_ rulings: [Ruling]) -> [Ruling] {
    rulings.filter { $0.axis == .horizontal && abs($0.position - rows[1]) < 1 }
      .sorted { $0.start < $1.start }
  }

  @Test func aBorderBrokenIntoSpecksIsCompletedBetweenItsCrossings() {
    var page = Page()
    page.specks(along: Self.horizontal(Self.rows[1], Self.columns[0], Self.columns[3]))
    // The detector kept the first cell's piece only.
    let piece = Self.horizontal(Self.rows[1], Self.columns[0], Self.columns[1])
    let completed = Self.completer.completed(Self.rulingsWithoutRow1 + [piece], in: [page.image])
    let row = Self.row1(completed)
    #expect(row.count == 3, "\(row)")
    #expect(row.map(\.start) == Array(Self.columns.prefix(3)))
    #expect(row.map(\.end) == Array(Self.columns.suffix(3)))
  }

  @Test func aBorderLostWholeIsFoundFromItsSpecks() {
    var page = Page()
    page.specks(along: Self.horizontal(Self.rows[1], Self.columns[0], Self.columns[3]))
    let row = Self.row1(Self.completer.completed(Self.rulingsWithoutRow1, in: [page.image]))
    #expect(row.count == 3, "\(row)")
    #expect(row.allSatisfy { abs($0.position - Self.rows[1]) < 0.5 }, "\(row)")
  }

  /// A glyph's stroke inks the one cell it stands in; a border lost whole runs through most of
  /// its table. (A stroke across the middle cell is a third of the line: enough ink to look.)
  @Test func inkInOneCellOfALineIsNoLostBorder() {
    var page = Page()
    page.specks(along: Self.horizontal(Self.rows[1], Self.columns[1], Self.columns[2]), every: 2)
    let row = Self.row1(Self.completer.completed(Self.rulingsWithoutRow1, in: [page.image]))
    #expect(row.isEmpty, "\(row)")
  }

  @Test func aMergedCellWithoutInkStaysMerged() {
    let page = Page()
    let completed = Self.completer.completed(Self.rulingsWithoutRow1, in: [page.image])
    #expect(completed == Self.rulingsWithoutRow1)
  }

  /// Text across where a border could run inks the bands beside the line as much as the line.
  @Test func textAcrossALineIsNoBorder() {
    var page = Page()
    for x in stride(from: 22.0, to: 138, by: 1.2) {
      for y in stride(from: 42.0, to: 58, by: 0.5) where Int(x * 7 + y * 3) % 5 < 2 {
        page.ink(x: x, y: y)
      }
    }
    let completed = Self.completer.completed(Self.rulingsWithoutRow1, in: [page.image])
    #expect(Self.row1(completed).isEmpty, "\(Self.row1(completed))")
  }

  /// A crossing ruling broken at the line joins two cells into one gap; the specks of one
  /// cell's border do not make a border across both.
  @Test func inkInPartOfAGapIsNoBorderAcrossIt() {
    var page = Page()
    page.specks(along: Self.horizontal(Self.rows[1], Self.columns[1], Self.columns[2]))
    let brokenColumn = [
      Ruling(axis: .vertical, position: Self.columns[1], start: Self.rows[0], end: 40),
      Ruling(axis: .vertical, position: Self.columns[1], start: 60, end: Self.rows[3]),
    ]
    let rulings =
      [0, 2, 3].map { Self.horizontal(Self.rows[$0], Self.columns[0], Self.columns[3]) }
      + [Self.columns[0], Self.columns[2], Self.columns[3]].map(Self.vertical) + brokenColumn
    let row = Self.row1(Self.completer.completed(rulings, in: [page.image]))
    #expect(!row.contains { $0.start < Self.columns[1] - 1 }, "\(row)")
  }

  /// A short table under a tall one: its lost column border is inked along its own rows, not
  /// along the tall table's empty cells on the same line (table 四 under table 三, stress
  /// 9811:98).
  @Test func aBorderLostWholeInAShortTableIsFoundUnderATallOne() {
    var page = Page()
    let tall =
      stride(from: 5.0, through: 75, by: 10).map { Self.horizontal($0, 20, 140) }
      + [20.0, 140].map { Ruling(axis: .vertical, position: $0, start: 5, end: 75) }
    let short =
      [95.0, 110, 125].map { Self.horizontal($0, 20, 140) }
      + [20.0, 140].map { Ruling(axis: .vertical, position: $0, start: 95, end: 125) }
    page.specks(along: Ruling(axis: .vertical, position: 80, start: 95, end: 125))
    let found = Self.completer.completed(tall + short, in: [page.image])
      .filter { $0.axis == .vertical && abs($0.position - 80) < 1 }
    #expect(found.map(\.start) == [95, 110], "\(found)")
  }

  /// Strokes lined up a few points inside a border (the 彳 of 行政处罚, 行政强制 and
  /// 行政事业性收费 8 pt inside table 二's frame, `Samples/altered/a01`) are no border: no cell is
  /// that narrow.
  @Test func inkLinedUpCloserToABorderThanACellIsWideIsNoBorder() {
    var page = Page()
    for row in 0..<3 {
      let top = Self.rows[row] + 6
      page.specks(along: Ruling(axis: .vertical, position: 28, start: top, end: top + 18), every: 2)
    }
    let found = Self.completer.completed(Self.rulingsWithoutRow1, in: [page.image])
      .filter { $0.axis == .vertical && abs($0.position - 28) < 2 }
    #expect(found.isEmpty, "\(found)")
  }
}
