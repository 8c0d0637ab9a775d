import DocumentModel
import TextRecognition

/// Re-reads the doubtful label cells of OCR'd tables line by line (stage 4).
///
/// Page OCR reads one-line labels well but mangles labels wrapped over two or three lines in a
/// narrow cell, at a low word confidence (0.00–0.15 on `s02`, against 0.7–0.97 for labels read
/// right). Each such cell is cut into its ink lines (`InkLines`) and every line is read alone
/// with `.singleLine`, which read them right. The new reading replaces the old one only when
/// Tesseract is surer of it.
package struct LabelRereader {
  /// A label cell whose weakest page-OCR word is below this confidence is re-read.
  ///
  /// Mangled labels on `s02` scored ≤ 0.15 at their weakest word; right ones mostly ≥ 0.7.
  var rereadBelow = 0.7
  /// A cell with at least this many CJK characters in its page-OCR text is a label.
  var labelCJKCount = 2
  /// A cell that read as neither label nor number becomes a label only with this many CJK
  /// characters: the digits engine's `?` may be a digit it could not read, and page OCR reads a
  /// lone `0` as two CJK characters at times (`乙己` on `Samples/s08`), while the wrapped row
  /// labels of table 三 hold 6–20 and its total row `（七）总计` 3 (read `+` by page OCR on stress
  /// 9761:71, 150 dpi gray: at 4 its re-read `（七）总计` was refused and the row lost).
  var unreadLabelCJKCount = 3
  var inkLines = InkLines()
  /// A cell read as a short number is re-read as a wrapped label when it holds at least this
  /// many lines of ink (`rereadNumberedLabel`); a printed number is one.
  ///
  /// Three: table 三's leaf labels wrap over three to five lines in narrow columns, while a
  /// value under a seal's stroke or beside a speck makes two at most.
  var numberedLabelLines = 3
  /// A cell read as a short number is re-read as a label when its ink on one line is at least
  /// this many times as wide as the line is tall: a number of a table's cells is 1–5 digits of
  /// about 0.6 heights each.
  ///
  /// Page OCR read `四、结转下年度继续办理` (ink 11 heights wide) as `8` on stress 9761:71; read
  /// alone as a line it is read right, and the row was lost. A 7-digit amount is about 4
  /// heights wide.
  var labelInkWidthRatio = 6.0
  /// How far inside its borders a cell is read as a block, in points: clear of the rulings'
  /// ink (1–2 px at 300 dpi), not of a label set tight against them.
  var blockInset = 1.0

  package init() {}

  /// The cell re-read line by line from `image` when it is a doubtful label; any other cell, or
  /// a re-reading Tesseract is less sure of, comes back unchanged.
  package func reread(_ cell: TableCell, in image: PageImage, session: OCRSession) -> TableCell {
    if isDoubtfulLabel(cell) { return rereadLabel(cell, in: image, session: session) }
    if isNumbering(cell.text) { return rereadNumberedLabel(cell, in: image, session: session) }
    if Self.hanCount(cell.text) >= labelCJKCount {
      return rereadIncompleteLabel(cell, in: image, session: session)
    }
    return cell
  }

  /// A label read surely but only in part: fewer characters than the cell has lines of ink.
  ///
  /// Every line of a wrapped label holds at least one character. Page OCR read
  /// `1.本机关不掌握相关政府信息`, wrapped two characters a line over seven lines of a 40 pt wide
  /// cell, as `握相` at confidence 0.87 on stress scan 9763:16 (200 dpi), and the row went
  /// unmapped. Its lines read alone replace it when they hold more CJK characters and
  /// Tesseract is not less sure of them than `rereadBelow`.
  private func rereadIncompleteLabel(_ cell: TableCell, in image: PageImage, session: OCRSession)
    -> TableCell
  {
    let characters = cell.text.filter { !$0.isWhitespace }.count
    let lines = inkLines.lines(in: image, box: cell.box)
    guard lines.count > characters else { return cell }
    let words = read(lines, in: image, session: session)
    guard !words.isEmpty, hanCount(words) > Self.hanCount(cell.text),
      words.map(\.confidence).reduce(0, +) / Double(words.count) >= rereadBelow
    else { return cell }
    var cell = cell
    cell.words = words
    return cell
  }

  /// A cell that read as a short number: a value, or the numbering of a row label whose
  /// characters OCR lost.
  ///
  /// A label wrapped three characters a line and set tight against its left border
  /// (`1.属于` / `国家秘` / `密`) read as `1`, `2`, `6.4+` on stress altered 8303:20 (Chromium,
  /// pages drawn as outlines): table 三's rows then went unmapped. A number is one line of ink;
  /// such a cell has `numberedLabelLines` or more, and its lines read alone start with the
  /// digits read before: only then is it taken as the label.
  private func rereadNumberedLabel(_ cell: TableCell, in image: PageImage, session: OCRSession)
    -> TableCell
  {
    let lines = inkLines.lines(in: image, box: cell.box)
    if lines.count == 1, let line = lines.first,
      let width = Self.inkWidth(in: image, box: line),
      width >= labelInkWidthRatio * line.height
    {
      // One line of ink far wider than the number read: a label page OCR read as junk.
      let words = read(lines, in: image, session: session)
      guard hanCount(words) >= unreadLabelCJKCount else { return cell }
      var cell = cell
      cell.words = words
      return cell
    }
    guard lines.count >= numberedLabelLines else { return cell }
    let words = read(lines, in: image, session: session)
    let digits = cell.text.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, hanCount(words) >= unreadLabelCJKCount,
      let first = words.first?.text.filter({ !$0.isWhitespace }),
      first.hasPrefix(digits) || Self.startsWithItemNumber(first)
    else { return cell }
    var cell = cell
    cell.words = words
    return cell
  }

  /// Whether a line begins as a numbered item of table 三 does: one or two digits, a full stop
  /// or `、`, and a CJK character (`1.本机`).
  ///
  /// The digits engine reads a wrapped label's whole ink as some number, not always its own
  /// numbering: `1.本机关不掌握相关政府信息`, six lines of two characters on stress 9807:47
  /// (200 dpi gray), read `8`, and its lines read alone began `1.本机`. The label's own numbering
  /// is as good a witness as the digits read before; a seal's name or ring read over a value
  /// does not begin with one.
  static func startsWithItemNumber(_ line: String) -> Bool {
    let characters = Array(line)
    let digits = characters.prefix { $0.isASCII && $0.isNumber }.count
    guard (1...2).contains(digits), characters.count > digits + 1 else { return false }
    return [".", "．", "、"].contains(characters[digits])
      && characters[digits + 1].unicodeScalars.allSatisfy(\.isHan)
  }

  /// The width, in points, from the leftmost to the rightmost pixel column of `box` holding
  /// ink; nil when none does.
  static func inkWidth(in image: PageImage, box: Box) -> Double? {
    let runs = image.inkedColumnRuns(in: PixelRect(covering: box, in: image))
    guard let first = runs.first, let last = runs.last else { return nil }
    return Double(last.upperBound - first.lowerBound) * image.pointsPerPixel
  }

  /// Whether the text is a short number with at most a trailing mark (`1`, `2.`, `6.4+`).
  private func isNumbering(_ text: String) -> Bool {
    let compact = text.filter { !$0.isWhitespace }
    guard let first = compact.first, first.isASCII, first.isNumber, compact.count <= 4 else {
      return false
    }
    return !compact.unicodeScalars.contains(where: \.isHan)
  }

  /// Whether the cell is worth reading again as a label.
  ///
  /// A label read with a weak word, or a cell whose ink neither page OCR nor the digits engine
  /// read as a number (`?`, `|`): a label wrapped one or two characters a line in a narrow
  /// column, which page OCR reads across its lines as junk (stress 9701:40, WeasyPrint, 47 pt
  /// wide label columns: every row of table 三 unmapped). Its reading is kept only when it holds
  /// `unreadLabelCJKCount` CJK characters and Tesseract is surer of it.
  private func isDoubtfulLabel(_ cell: TableCell) -> Bool {
    if Self.hanCount(cell.text) >= labelCJKCount { return cell.confidence < rereadBelow }
    let unread =
      cell.text.unicodeScalars.contains { !$0.properties.isWhitespace }
      && !cell.text.unicodeScalars.contains { ("0"..."9").contains($0) }
    return unread && cell.confidence < rereadBelow
  }

  private func rereadLabel(_ cell: TableCell, in image: PageImage, session: OCRSession)
    -> TableCell
  {
    guard let words = labelReading(of: cell, in: image, session: session) else { return cell }
    var cell = cell
    cell.words = words
    return cell
  }

  /// The cell of a label column (`LabelColumns`) re-read as a label, or nil when its ink does
  /// not read as one.
  ///
  /// Page OCR lost the label's characters, and the digits engine would read its ink as a
  /// number (stress 9773:54). A value printed in such a column reads as no label, and goes to
  /// the digits engine after all.
  package func rereadInLabelColumn(
    _ cell: TableCell, in image: PageImage, session: OCRSession
  ) -> TableCell? {
    guard Self.hanCount(cell.text) < labelCJKCount,
      let words = labelReading(of: cell, in: image, session: session)
    else { return nil }
    var cell = cell
    cell.words = words
    return cell
  }

  /// The cell's lines read alone, when Tesseract is surer of them than of page OCR's words; a
  /// cell that read as no label must read as `unreadLabelCJKCount` CJK characters.
  private func labelReading(of cell: TableCell, in image: PageImage, session: OCRSession)
    -> [Word]?
  {
    let lines = inkLines.lines(in: image, box: cell.box)
    guard !lines.isEmpty else { return nil }
    var words = read(lines, in: image, session: session)
    if Self.hanCount(cell.text) < labelCJKCount {
      // A cell that read as nothing: a label only when its reading says so. Lines set tight
      // enough to touch are one ink line, whose one-line read is junk; the cell read alone as a
      // block separates them.
      if hanCount(words) < unreadLabelCJKCount {
        let inner = Box(
          minX: cell.box.minX + blockInset, minY: cell.box.minY + blockInset,
          maxX: cell.box.maxX - blockInset, maxY: cell.box.maxY - blockInset)
        guard let reading = session.block(in: image, box: inner) else { return nil }
        words = [
          Word(text: reading.text, box: cell.box, origin: .ocr, confidence: reading.confidence)
        ]
      }
      guard hanCount(words) >= unreadLabelCJKCount else { return nil }
    }
    guard !words.isEmpty else { return nil }
    let old = cell.words.map(\.confidence).reduce(0, +) / Double(max(1, cell.words.count))
    let new = words.map(\.confidence).reduce(0, +) / Double(words.count)
    return new > old ? words : nil
  }

  /// Each line box read alone as one line; lines read as nothing are left out.
  private func read(_ lines: [Box], in image: PageImage, session: OCRSession) -> [Word] {
    lines.compactMap { line in
      guard let reading = session.line(in: image, box: line), !reading.text.isEmpty else {
        return nil
      }
      return Word(text: reading.text, box: line, origin: .ocr, confidence: reading.confidence)
    }
  }

  private func hanCount(_ words: [Word]) -> Int {
    words.reduce(0) { $0 + Self.hanCount($1.text) }
  }

  private static func hanCount(_ text: String) -> Int {
    text.unicodeScalars.filter(\.isHan).count
  }
}
