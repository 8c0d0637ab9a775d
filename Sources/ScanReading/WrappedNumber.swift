import DocumentModel
import TextRecognition

/// Finds the rest of a number its cell wrapped onto a second line.
///
/// A number wider than its column wraps: `1881` prints `188` over `1` in a 30 pt column of
/// 11 pt digits (stress 9795:35, 150 dpi colour, five cells of table 三). The ink cluster is one
/// line, so the digits engine read `188`, at 0.96. Two lines of digits in one cell can also be
/// two rows' values whose row border was lost (`211` over `1`, stress 9758:22). A wrap's first
/// line fills its cell (one more digit would not have fitted) and its second follows within a
/// line's spacing; where rows are as close as lines (Word's unpadded rows), only page OCR
/// reading the cell as one number confirms the join (`NumberRereader`).
struct WrappedNumber: Sendable {
  /// The line the number wrapped from, plus one digit, is at least this share of the cell's
  /// width.
  ///
  /// A producer wraps when the next digit would cross the cell's padding: reportlab's 4 pt of a
  /// 30 pt column wraps above 0.73 of it, Word's 5.4 pt margins above 0.64. 9795:35's `188`
  /// plus a digit is 0.84 of its cell; a row's value in a cell of its own width, as `211` is, is
  /// less than half.
  var fillShare = 0.6
  /// The gap between the two lines is at most this many digit heights.
  ///
  /// Lines of one cell are a line's leading apart: 0.77 digit heights on 9795:35 (reportlab),
  /// 1.37 on 9796:4 (Word, AR PL UKai 10 pt, whose lines are 1.54 em apart). Values of two rows
  /// are a row apart, 1.9 digit heights in the stress generator's padded 22 pt rows, but as
  /// little as a line's leading in Word's unpadded rows: the gap alone cannot tell them apart,
  /// so a join page OCR did not read the same is listed for review (`NumberRereader`).
  var maximumGap = 1.6
  /// The second line's digits are as tall as the first's, within this factor.
  var heightRatio = 1.25

  /// The number `reading` of the ink `line` continued by the digits on the line below or above
  /// it in `cell` (points), or nil when the cell holds no such line.
  func joined(
    _ reading: TextReading, line: Box, in image: PageImage, cell: Box, inkCluster: InkCluster,
    session: OCRSession
  ) -> TextReading? {
    guard isDigits(reading.text) else { return nil }
    let reach = (maximumGap + heightRatio) * line.height
    let below = Box(
      minX: cell.minX, minY: line.maxY + 0.5, maxX: cell.maxX,
      maxY: min(cell.maxY, line.maxY + reach))
    let above = Box(
      minX: cell.minX, minY: max(cell.minY, line.minY - reach), maxX: cell.maxX,
      maxY: line.minY - 0.5)
    for (region, isBelow) in [(below, true), (above, false)] where region.height > 0 {
      guard let other = inkCluster.value(in: image, cell: region), !other.againstBorder,
        let part = continuation(other.box, of: line, isBelow: isBelow, in: image, session: session)
      else { continue }
      let (first, second) = isBelow ? (reading, part) : (part, reading)
      let firstLine = isBelow ? line : other.box
      // The line it wrapped from was full: one more digit would not have fitted.
      guard
        firstLine.width + firstLine.width / Double(first.text.count) >= fillShare * cell.width
      else { return nil }
      return TextReading(
        text: first.text + second.text, confidence: min(first.confidence, second.confidence))
    }
    return nil
  }

  /// The digits of `ink` when it is a line of the same number as `line`: as tall, close enough,
  /// under or over it, and read as nothing but digits, one per glyph.
  private func continuation(
    _ ink: Box, of line: Box, isBelow: Bool, in image: PageImage, session: OCRSession
  ) -> TextReading? {
    let gap = isBelow ? ink.minY - line.maxY : line.minY - ink.maxY
    guard gap >= 0, gap <= maximumGap * line.height,
      ink.height * heightRatio >= line.height, ink.height <= heightRatio * line.height,
      ink.minX < line.maxX, ink.maxX > line.minX,
      let reading = session.number(in: image, ink: ink), isDigits(reading.text),
      OCRSession.glyphCount(in: image, ink: ink) == reading.text.count
    else { return nil }
    return reading
  }

  private func isDigits(_ text: String) -> Bool {
    !text.isEmpty && text.allSatisfy(\.isASCIIDigit)
  }
}
