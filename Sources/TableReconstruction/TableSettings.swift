/// The tunables of table reconstruction: lattice (ruled) grids, stream (aligned text) tables and
/// stitching across page breaks.
public struct TableSettings: Sendable, Equatable, Codable {
  /// Ruling positions within this distance, in points, are one row or column edge; rulings whose
  /// ends come this close to another ruling touch it.
  ///
  /// A raster detector reports borders within ±1 pt and vector producers overshoot corners by
  /// ~0.5 pt; the closest real edges (one text line apart) are ≥ 12 pt apart.
  public var edgeTolerance = 3.0

  /// An elementary cell's border exists when rulings cover at least this fraction of it.
  ///
  /// A raster detector breaks borders where ink or a seal crosses them; 0.6 keeps those while a
  /// border that is really missing (a merged cell) is covered 0–10 % (corner overshoot).
  public var borderCoverage = 0.6

  /// When perpendicular rulings run on past the outermost edge by more than this, in points, the
  /// missing border is implied at their end.
  ///
  /// A table cut by a page break has no bottom line on page N (or no top line on page N+1) in some
  /// producers, but its vertical rulings run down to the cut; corners overshoot by < 1 pt.
  public var impliedEdgeMinimum = 6.0

  /// Ruled structures with fewer elementary cells than this are frames, not tables.
  ///
  /// A lone box around a paragraph is 1 × 1; the smallest table of a report (table 二's band
  /// 第二十条第（八）项) has 2 × 2.
  public var minimumCellCount = 2

  /// Ruled structures narrower than this, in points, are glyph strokes, not tables.
  ///
  /// Measured on `real/hongze-2023.pdf` p. 1: a raster detector finds the strokes of the 22 pt
  /// title's 工 and 年 as 2 × 2 "grids" 16–20 pt wide; the narrowest real table of a report
  /// (a 2-column band of table 二) is > 300 pt wide. Bold title glyphs side by side join across
  /// their gaps: on stress 9753:48 (150 dpi colour scan, a seal's outline left around the title)
  /// the strokes of 城市管理 made a 2 × 2 grid 71 pt wide that took the agency's line out of the
  /// title. Half the narrowest real table stays clear of both.
  public var minimumTableWidth = 150.0

  /// Ruled structures lower than this, in points, are strokes or underlines, not tables.
  ///
  /// 6: table 四's data row can sit alone at the top of a page, and a browser prints it with
  /// 7.5 pt type and 1 pt padding 9.6 pt high (stress 103:149; 12 lost all 15 cells there).
  /// Double rules and underlines have no vertical rulings and never get this far.
  public var minimumTableHeight = 6.0

  /// Marked page numbers (`—2—`, `第2页`) within this fraction of the page height from its top or
  /// bottom edge are page furniture: table cells do not take them in.
  ///
  /// Footers sit 10–25 mm from the edge (A4: 3–7 % of 297 mm); 0.08 reaches them and stops above
  /// the last table rows of a normal page, and only text shaped like a page number is dropped.
  public var pageNumberBand = 0.08

  /// Whether `TableBuilder` looks for unruled (stream) tables among the lines outside ruled tables.
  public var findsStreamTables = true

  /// In a stream table, words on one line separated by more than this multiple of their height
  /// (the taller of the two) are in different cells.
  ///
  /// A space in CJK fonts is 0.5 em ≈ 0.4 line heights, and justified prose stretches it to
  /// < 1 em; table columns of these reports leave ≥ 2 em between neighbouring cells' text.
  public var streamCellGapRatio = 1.2

  /// In a line already found to be a stream-table row, a number after a label starts a cell of
  /// its own at a gap of this many of the number's heights.
  ///
  /// A long label in a narrow column ends close to the row's first value: on a bilevel scan
  /// whose borders vanished (stress 9758:79) `数量` and `20` stood 39 px apart, the digits 33 px
  /// tall and the label's box 69 px (1.18 and 0.57: one cell at `streamCellGapRatio`), and
  /// table 三 lost its 自然人 column. Digits inside prose sit within 0.3 heights of the text.
  public var streamValueAfterLabelGapRatio = 0.8

  /// Inside a ruled column, a bare corridor at least this many word heights wide (the median
  /// height of the column's words) between words on both sides is a column edge the rulings lost
  /// (`LatticeGrid.withTextColumns(words:)`).
  ///
  /// The same evidence as `streamCellGapRatio`: CJK spaces and justified prose stay below 1 em,
  /// while neighbouring cells leave ≥ 2 em; on stress 9754:72 (bilevel, the border between 自然人
  /// and 商业企业 gone) the two columns' headers stand 1.5 heights apart, their values 3.
  public var textColumnGapRatio = 1.2

  /// A corridor needs words on both sides in at least this many rows of the column.
  ///
  /// The smallest table with value columns (table 二's first band) has a header row and two
  /// value rows; a label column's numbered items (`1.` then a gap) are one row each and sit on
  /// one side only once the gap is narrower than `textColumnGapRatio`.
  public var textColumnMinimumRows = 3

  /// Inside a ruled row, a bare band at least this many word heights tall (the median height of
  /// the row's words) between two lines of words may be a row border the rulings lost
  /// (`LatticeGrid.withTextRows(words:)`); the words beside it decide.
  ///
  /// Page OCR's words on stress 9767:39 (200 dpi bilevel): the three lines stacked in table 二's
  /// first ruled row stood 14–15 pt apart with words 7–8 pt tall (about 2 heights); the lines of
  /// table 三's wrapped label `（二）部分公开（区分处理的…）` 0–1 pt apart (under 0.15), and a
  /// wrapped label has no values beside it to split it anyway.
  public var textRowGapRatio = 0.3

  /// A band is a row border only when words lie right above and right below it in at least this
  /// many columns: a label and its values.
  public var textRowMinimumColumns = 2

  /// A band is a row border only when the line above it or below it holds at least this many
  /// values (words of digits).
  ///
  /// Rows of values, or a header over them, hold some. Headers wrapped in every column
  /// (`商业` over `企业`) hold none. One is enough: page OCR reads few of a row's lone digits
  /// (9767:39's `一、本年新收…` line under table 三's header: `293` of `293 9 5 13`).
  public var textRowMinimumValues = 1

  /// A ruled grid is left to text alignment when at least this share of its cells that hold
  /// values hold two lines of them (`TableCell.bareValueLines`), and at least
  /// `lostRowsMinimumCells` cells do: the grid lost rows its rulings did not show.
  ///
  /// Bilevel scans of light gray borders keep only some of them. On stress 9758:22 (threshold
  /// 132) a dashed top border and scattered dots made a 9 × 8 grid of table 三's 29 rows, 25 of
  /// its 38 cells with values stacking two to four (`1621` over `0`): 159 of 200 cells were lost,
  /// 85 when text alignment reads the table. On 9758:12 the grid kept more borders, and 7 of 59
  /// cells stacked values: 111 cells lost, 59 by text alignment. Printed tables hold one value
  /// a cell; a table whose grid lost one row border stacks values in one row only (under 5 % of
  /// table 三's 200 cells), and keeps its grid.
  public var lostRowsStackedShare = 0.1

  /// See `lostRowsStackedShare`: fewer cells with stacked values than this (one row of table 二)
  /// never decide.
  public var lostRowsMinimumCells = 6

  /// A stream table needs this many columns.
  ///
  /// Table 三 has 7 value columns plus labels and table 四 has 15; prose never shows 3 columns
  /// separated by wide gaps on consecutive lines.
  public var streamMinimumColumns = 3

  /// A row with more than this multiple of the cells of a stream table's widest row so far
  /// starts the next table.
  ///
  /// The report's tables differ that much (二: 2–4 columns, 三: 8, 四: 15–16); a row of table
  /// 三 whose label swallowed its first value has one cell fewer (7 → 8 stays within).
  public var streamColumnGrowthRatio = 1.5

  /// A stream table needs this many rows made of lines with at least `streamMinimumColumns` cells.
  public var streamMinimumRows = 2

  /// A single row with at least this many value cells is a stream table on its own.
  ///
  /// Table 四 has one data row of 15 values under a header whose words stand closer than
  /// `streamCellGapRatio` (text stress 9801:8, no rulings), and a page break can leave one row
  /// of table 三 (7 values) alone on a page; no prose line holds even 3 numbers 2 em apart.
  public var streamSingleRowMinimumValues = 5

  /// Up to this many consecutive lines with fewer cells (wrapped labels) may sit inside a stream
  /// table; they merge into the nearest row.
  ///
  /// Row labels of table 三 wrap over at most 3 lines, with the numbers on the middle one.
  public var streamMaximumWrappedLines = 2

  /// A stream table's header above its first row takes up to this many lines.
  ///
  /// Table 三's header wraps its cells over up to seven lines where its columns are narrow
  /// (申请人情况, 法人或其他组织, 自然人 … 总计, `商业企 科研机 社会公 法律服`, `其他`, `业 构
  /// 益组织 务机构`: text stress 9804:1, no rulings); without them, columns blank in every row
  /// are not found (`StreamTableFinder.witnessed`). Lines of one cell beyond the header's width
  /// (prose) end it whatever this number.
  public var streamMaximumHeaderLines = 7

  /// Below a stream table's last row, a label line at most this many line heights under the line
  /// before it is that row's label wrapped; farther, it belongs to what follows.
  ///
  /// A label wraps at the table's line spacing (1.2–1.5: gaps of 0.2–0.5 heights, negative where
  /// a font inflates its boxes); the text after a table stands at least a paragraph's spacing
  /// away. At 2.5 heights (`streamMaximumLineGapRatio`) table 三's heading, prose and header
  /// after table 二 were all taken as table 二's last label (text stress 9801:19).
  public var streamWrappedLineGapRatio = 0.6

  /// A vertical gap between lines larger than this multiple of the line height ends a stream table.
  public var streamMaximumLineGapRatio = 2.5

  /// Two tables on consecutive pages join when their column edges differ by at most this, in points.
  ///
  /// The same template renders the same column edges on every page (± rounding, < 1 pt); a raster
  /// detector adds ±1 pt on each side.
  public var stitchEdgeTolerance = 3.0

  /// Two tables on consecutive pages also join when each column's share of the table width differs
  /// by at most this fraction (for pages scaled differently).
  public var stitchWidthShareTolerance = 0.01

  /// Two tables on consecutive pages whose outer edges differ still join when every edge of
  /// the one with fewer columns, at least this many, is an edge of the other.
  ///
  /// A scan lost table 三's left border on one page (stress 9773:15, 150 dpi): that part began
  /// at the second column's edge, with 10 edges against the 11 of the part before and after,
  /// and the table was read as three (its （六） block split across two of them). Table 三's
  /// part on a page has at least 8 edges (its 7 value columns); tables 二 and 四 differ from it
  /// in most edges.
  public var stitchSubsetMinimumEdges = 6

  public init() {}
}
