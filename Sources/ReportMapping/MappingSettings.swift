/// Tunables of the mapping from table grids to canonical keys.
///
/// Scores are LCS ratios (`TextSimilarity.ratio`) in `0...1` of normalized labels.
public struct MappingSettings: Sendable, Equatable, Codable {
  /// A printed row pairs with a canonical row only above this score.
  ///
  /// 0.45 keeps OCR-damaged labels (3 wrong characters of 12 score 0.75) and the typo
  /// `其他法律行政止公开` (0.86), and rejects unrelated labels of the same table, which share only
  /// stock words (`属于`, `信息`) and score below 0.4.
  public var rowThreshold = 0.45
  /// The alignment gain of a table-三 row paired by position between matched neighbours.
  ///
  /// Small against a label match (≥ 0.05 above `rowThreshold`, typically 0.3–0.55), so the
  /// 2019/2021 variant choice rests on labels.
  public var positionalGain = 0.01
  /// A header cell names a canonical column only above this score.
  ///
  /// 0.6 separates `其他` (1.0) from its parent header `法人或其他组织` (0.44).
  public var headerThreshold = 0.6
  /// A title line is looked for among this many lines at the top of page 1.
  public var titleLineLimit = 8
  /// The title is looked for on the first this many pages, in order (a cover may come first).
  public var titlePageLimit = 3
  /// A line (or up to three joined lines) longer than this, in characters without spaces, is
  /// not a report title when a file is cut into reports (`ReportSegmenter`).
  ///
  /// A title is the body's name, the year and `年政府信息公开工作年度报告` (14 characters); the
  /// longest bodies' names (`中共…市委…部（…市人民政府…办公室）`) stay under 40.
  public var titleMaximumLength = 60
  /// At most this many characters may follow `…报告` on a title line (`（全文）`, `（2023年度）`
  /// without its digits); more, and the line is a sentence that names the report.
  public var titleTrailingLimit = 8
  /// A section heading has fewer characters than this, spaces removed.
  public var headingMaximumLength = 40
  /// How the value cells are read.
  public var parser = ValueParser()
  /// A printed value cell less than this tall or wide, in points, is too small to hold a digit:
  /// the grid of its row is wrong (glyph strokes or a seal's ring taken for rulings), and every
  /// value read in that row is put in review.
  ///
  /// 七号 (5.25 pt), the smallest Chinese type size, prints digits about 3.8 pt tall. A seal's
  /// ring in scan stress 9704:4 left table 四's first two cells 3.2 pt tall and blank where `0`
  /// was printed; glyph strokes of 6 pt text cut 9705:8's table-四 row into 3.7 pt columns.
  /// Table cells are 12 pt or more.
  public var minimumValueCellExtent = 5.0
  /// Two words holding digits on one line of a value cell, further apart than this multiple of
  /// their height (the taller of the two), are two values whose column border was not found:
  /// the cell is left null and put in review rather than read as their digits joined.
  ///
  /// A space in CJK fonts is 0.5 em ≈ 0.4 line heights and justified text stretches it below
  /// 1 em, while neighbouring table cells leave ≥ 2 em between their text (the same evidence as
  /// `TableSettings.streamCellGapRatio`). Text stress with every table unruled (seed 9801) read
  /// `2 1 28` of a row-ruled table 二 as 2128, silently.
  public var separateValuesGapRatio = 1.2
  /// A value cell of two lines of digits is one number wrapped in a narrow column when at least
  /// this many other values of its printed row are one line each, more than are two
  /// (`CellRecorder.isWrappedNumber`).
  ///
  /// Table 三's rows hold 7 values and table 四's one row 15; a row whose border was lost
  /// leaves most of its values stacked (stress 9758:22), a wrap only the widest numbers (text
  /// stress 9787:134, 9788:9: 4-digit values of the 自然人 and 总计 columns, the others 1–3
  /// digits).
  public var wrappedNumberWitnesses = 2

  /// Alignment gain added to the table-三 row set (2021: 25 rows, single-（六）: 23) whose row
  /// count equals the number of printed data rows.
  ///
  /// Worth two perfectly matched labels: on `Samples/s13-scan-150dpi-color-seal-date-unsplit.pdf`
  /// the OCR'd （六） label matched the split set's first row better than the single row.
  public var rowCountGain = 2.0

  /// When the 2021 and single-（六） row sets' alignment gains differ by less than this, the
  /// （六） block is put in review under both readings.
  ///
  /// Text-layer samples separate by at least 1.5 (a whole clean label and the row count); the
  /// OCR'd scans that picked the wrong set were within 1.
  public var rowVariantMargin = 1.2

  public init() {}
}
