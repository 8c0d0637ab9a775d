import DocumentModel
import TextRecognition

/// Re-reads the number cells of OCR'd tables with the digits-only engine (stage 4).
///
/// Full-page OCR misreads digits at high confidence (`1→4`, `1→工`, `0→O`; c-libraries.md §3);
/// a tight crop read with a digit whitelist got 223–224 of 224 right. Label cells (two or more
/// CJK characters) keep their page-OCR text.
package struct NumberRereader {
  /// A cell whose page-OCR text holds at least this many CJK characters is a label.
  ///
  /// Number cells read by page OCR contain at most one stray CJK look-alike (`工` for `1`).
  var labelCJKCount = 2
  /// Finds the value's ink among specks and ruling fragments.
  var inkCluster = InkCluster()
  /// The confidence at most of a page-OCR reading kept because the digits engine could not
  /// read the cell's ink (or found none): below the review threshold (0.8), so a person sees it.
  var unconfirmedConfidence = 0.3

  /// The units printed after a table's values (`ValueParser.units` reads them): CJK text
  /// after a number that is none of these may be a digit page OCR misread.
  ///
  /// Page OCR read `44025` as `4402引` on stress scan 9771:20: cut off as a unit, the last digit
  /// was never re-read and the value went unread. On the same page `655000元` read `655000需`, a
  /// unit misread: the glyph count tells the two apart (`rereadNumber`).
  var units: Set<String> = ["万元", "元", "件", "个", "项", "条", "次", "人", "万"]

  /// Compares each number's digit shapes with the document's others (`ScanRereader`).
  var shapeWitness = DigitShapeWitness()
  /// Finds a minus the digits engine left out.
  var minusSign = MinusSign()
  /// Finds the rest of a number wrapped onto a second line of its cell.
  var wrappedNumber = WrappedNumber()

  package init() {}

  /// The cell with its number re-read from `image` by the digits engine, and the shapes of the
  /// digits read (empty when not judged); a label comes back unchanged.
  func reread(_ cell: TableCell, in image: PageImage, session: OCRSession) -> (
    cell: TableCell, shapes: [DigitShape]
  ) {
    guard !isLabel(cell) else { return (cell, []) }
    var reread = rereadNumber(cell, in: image, session: session)
    // Values page OCR read on two lines of one cell: the re-read takes the main line's number
    // alone, which may be a plausible value of the wrong row (`211` over `1`, a row border
    // lost, stress 9758:22), or right where one line was a border's fragment read `1` (s20).
    // It is kept, below the review threshold; so is a number joined from two lines
    // (`WrappedNumber`), which two lines of page OCR do not confirm.
    if cell.bareValueLines.count >= 2 {
      reread.cell.words = reread.cell.words.map {
        var word = $0
        word.confidence = min(word.confidence, session.settings.reshapedConfidence)
        return word
      }
      reread.shapes = []
    }
    return reread
  }

  /// A label holds at least `labelCJKCount` CJK characters and more of them than digits
  /// (`136.42万元` is a number with its unit).
  func isLabel(_ cell: TableCell) -> Bool {
    let text = cell.text
    let cjk = text.unicodeScalars.filter(\.isHan).count
    let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
    return cjk >= labelCJKCount && cjk > digits
  }

  /// The part of the cell left of a unit or an annotation printed after the number
  /// (`3300000元`: the digits engine read `元` as `3`), and what follows the number as page OCR
  /// read it.
  ///
  /// A word that ends in CJK characters loses them from its right end, one em (its height) each.
  /// Words of CJK characters alone right of it are the rest of the unit: page OCR read
  /// `3537.24万` and `元` as two words (stress 9761:6, :84, :117), and the unit kept was `万`,
  /// which no amount takes.
  static func valueRegion(of cell: TableCell) -> (Box, String) {
    if let annotated = annotatedValueRegion(of: cell) { return annotated }
    var region = cell.box
    var unit = ""
    for word in cell.words.sorted(by: { $0.box.minX < $1.box.minX }) {
      let scalars = Array(word.text.unicodeScalars)
      let trailing = scalars.reversed().prefix(while: \.isHan).count
      if !unit.isEmpty, trailing == scalars.count {
        unit += word.text
        continue
      }
      guard trailing > 0, unit.isEmpty else { continue }
      let hasDigitsBefore =
        scalars.dropLast(trailing).contains { ("0"..."9").contains($0) }
        || cell.words.contains { other in
          other.box.midX < word.box.minX
            && other.text.unicodeScalars.contains { ("0"..."9").contains($0) }
        }
      guard hasDigitsBefore else { continue }
      let cut =
        trailing == scalars.count
        ? word.box.minX : word.box.maxX - Double(trailing) * word.box.height
      region.maxX = max(region.minX + 1, min(region.maxX, cut - 0.5))
      unit = String(String.UnicodeScalarView(scalars.suffix(trailing)))
    }
    return (region, unit)
  }

  /// Brackets that open an annotation after a value (`19(含修订15件)`), as printed and as page
  /// OCR reads them.
  static let openingBrackets: Set<Unicode.Scalar> = ["(", "（", "〈", "[", "【"]

  /// The part of the cell left of an annotation in brackets after its number, and the
  /// annotation from its bracket on; nil when page OCR read no digit followed by a bracket.
  ///
  /// The digits engine read `19(含修订15件)` as `194467715` and `91(含修订45件)` as `9145` (stress
  /// 9795:12, :10): the annotation's CJK characters and digits are ink on the value's line. The
  /// bracket's place is estimated from the word's width, shared out as 1 em for a CJK character
  /// or a full-width bracket and `narrowAdvance` em for anything else.
  static func annotatedValueRegion(of cell: TableCell) -> (Box, String)? {
    let words = cell.words.sorted { $0.box.minX < $1.box.minX }
    var digitsBefore = false
    for (index, word) in words.enumerated() {
      let scalars = Array(word.text.unicodeScalars)
      guard let open = scalars.firstIndex(where: openingBrackets.contains) else {
        digitsBefore = digitsBefore || scalars.contains { ("0"..."9").contains($0) }
        continue
      }
      guard digitsBefore || scalars[..<open].contains(where: { ("0"..."9").contains($0) }) else {
        return nil
      }
      func advance(_ scalar: Unicode.Scalar) -> Double {
        scalar.isHan || scalar == "（" || scalar == "【" || scalar == "〈" ? 1 : narrowAdvance
      }
      let total = scalars.map(advance).reduce(0, +)
      let before = scalars[..<open].map(advance).reduce(0, +)
      let em = word.box.width / max(total, 1)
      var region = cell.box
      region.maxX = max(region.minX + 1, word.box.minX + em * (before + bracketLead))
      let annotation =
        String(String.UnicodeScalarView(scalars[open...]))
        + words[(index + 1)...].map(\.text).joined()
      return (region, annotation)
    }
    return nil
  }

  /// The advance of a digit, a Latin letter or a half-width bracket, in em.
  static let narrowAdvance = 0.55
  /// How far past the digits' advance, in em, the value's region reaches: a bracket's ink
  /// starts this far into its advance or farther, and a sliver of it at the region's edge is
  /// dropped as a ruling fragment (`InkCluster`).
  static let bracketLead = 0.1

  private func rereadNumber(_ cell: TableCell, in image: PageImage, session: OCRSession)
    -> (cell: TableCell, shapes: [DigitShape])
  {
    var cell = cell
    var (region, unit) = Self.valueRegion(of: cell)
    var found = inkCluster.value(in: image, cell: region)
    var reading = found.flatMap { session.number(in: image, ink: $0.box) }
    let annotated = unit.first.map(Self.opensAnnotation) ?? false
    if !unit.isEmpty, !annotated, !units.contains(unit),
      let whole = inkCluster.value(in: image, cell: cell.box),
      let read = session.number(in: image, ink: whole.box),
      OCRSession.digitCount(read.text) > OCRSession.digitCount(reading?.text ?? ""),
      OCRSession.keepsDigits(of: reading?.text ?? "", in: read.text),
      OCRSession.glyphCount(in: image, ink: whole.box) == OCRSession.digitCount(read.text)
    {
      // No unit after all: the whole cell read as a longer number, and its ink is as many
      // glyphs of a digit's width (a unit misread, `元` as `需`, is a glyph as wide as tall,
      // and the digits engine read it `77`: 9771:20). A guess between two readings, so a
      // person confirms it.
      (region, unit, found) = (cell.box, "", whole)
      reading = TextReading(
        text: read.text, confidence: min(read.confidence, session.settings.reshapedConfidence))
    }
    guard let found, !found.againstBorder || reading?.text == "1" else {
      // No ink cluster, but page OCR saw a digit: a faint printed value (a lost 0 would be a
      // silent error) or a speck. Keep the page OCR's reading at low confidence, for review.
      // A stroke against the border is a value only as a `1`: any other digit is wider.
      if cell.words.contains(where: { $0.text.unicodeScalars.contains { ("0"..."9").contains($0) } }
      ) {
        cell.words = cell.words.map {
          var word = $0; word.confidence = min(word.confidence, unconfirmedConfidence); return word
        }
      } else {
        cell.words = []
      }
      return (cell, [])
    }
    let ink = found.box
    // Ink the digits engine reads as nothing gets a second engine's reading, for review.
    guard var reading = reading ?? session.numberByPageEngine(in: image, ink: ink) else {
      // Ink the digits engine could not read: keep the page OCR's words, at low confidence.
      cell.words = cell.words.map {
        var word = $0; word.confidence = min(word.confidence, unconfirmedConfidence); return word
      }
      if cell.words.isEmpty {
        cell.words = [Word(text: "?", box: cell.box, origin: .ocr, confidence: 0)]
      }
      return (cell, [])
    }
    if found.againstBorder {
      reading.confidence = min(reading.confidence, session.settings.reshapedConfidence)
    }
    if annotated,
      Self.digits(of: reading.text)
        != Self.digits(of: Self.pageText(of: cell).prefix { !Self.opensAnnotation($0) })
    {
      // The bracket's place was estimated: a re-read page OCR does not confirm needs a person.
      reading.confidence = min(reading.confidence, session.settings.reshapedConfidence)
    }
    if unit.isEmpty, !found.againstBorder,
      let joined = wrappedNumber.joined(
        reading, line: ink, in: image, cell: cell.box, inkCluster: inkCluster, session: session)
    {
      // The digit shapes are measured along one line of ink: not judged for a joined number.
      // Two rows' values under a lost row border can look like a wrapped number; a join page
      // OCR did not read as one number is a guess a person confirms.
      let confirmed = Self.digits(of: Self.pageText(of: cell)) == joined.text
      cell.words = [
        Word(
          text: joined.text, box: Box.union(of: cell.words.map(\.box)) ?? cell.box, origin: .ocr,
          confidence: confirmed
            ? joined.confidence : min(joined.confidence, session.settings.reshapedConfidence))
      ]
      return (cell, [])
    }
    let box = Box.union(of: cell.words.map(\.box)) ?? cell.box
    if let sign = Self.signLostByReread(cell, reread: reading),
      minusSign.couldPrecede(ink, from: cell.words.map(\.box.minX).min() ?? ink.minX)
    {
      reading.text = sign + reading.text
    } else if let sign = Self.signBeforeMisreadDigits(cell, reread: reading),
      minusSign.couldPrecede(ink, from: cell.words.map(\.box.minX).min() ?? ink.minX)
    {
      // Page OCR's sign stands before other characters than the digits: a person confirms it.
      reading.text = sign + reading.text
      reading.confidence = min(reading.confidence, session.settings.reshapedConfidence)
    } else if reading.text.first?.isASCIIDigit == true, minusSign.isLeading(in: image, ink: ink) {
      // A sign read from the ink's shape alone: a person confirms it.
      reading.text = "-" + reading.text
      reading.confidence = min(reading.confidence, session.settings.reshapedConfidence)
    }
    if let point = Self.pointLostByReread(cell, reread: reading) {
      // Which reading is right is a guess between two engines: a person confirms it.
      reading = TextReading(
        text: point, confidence: min(reading.confidence, session.settings.reshapedConfidence))
    }
    if let kept = pageReadingWithLostDigits(cell, reread: reading, settings: session.settings) {
      cell.words = [Word(text: kept.text, box: box, origin: .ocr, confidence: kept.confidence)]
      return (cell, [])
    }
    cell.words = [
      Word(text: reading.text + unit, box: box, origin: .ocr, confidence: reading.confidence)
    ]
    let shapes = DigitShape.shapes(
      of: reading.text, confidence: reading.confidence, in: image, ink: ink,
      side: shapeWitness.side, minimumHeight: shapeWitness.minimumHeight)
    return (cell, shapes ?? [])
  }

  /// Page OCR's reading of the cell, when the doubtful re-read holds only some of its digits.
  ///
  /// On 100 dpi scans blown up to 300, a value's digits touch and the digits engine drops some
  /// of them at low confidence while page OCR read the whole number more surely (stress 9505:27,
  /// 9505:37, 9505:8: 56 → 6, 219 → 2, 111 → 1, 347 → 7, each re-read scoring 0.00–0.3 against
  /// 0.7–0.9). The page reading is kept instead, at most at `reshapedConfidence`: still below the
  /// review threshold, so a person confirms it either way.
  private func pageReadingWithLostDigits(
    _ cell: TableCell, reread: TextReading, settings: OCRSettings
  ) -> (text: String, confidence: Double)? {
    let text = Self.pageText(of: cell)
    guard let confidence = cell.words.map(\.confidence).min(), confidence > reread.confidence,
      reread.confidence < settings.voteBelow,
      text.unicodeScalars.allSatisfy({ Self.numberScalars.contains($0) || $0.isHan })
    else { return nil }
    let pageDigits = Array(text.unicodeScalars.filter { ("0"..."9").contains($0) })
    let rereadDigits = Array(reread.text.unicodeScalars.filter { ("0"..."9").contains($0) })
    guard pageDigits.count > rereadDigits.count, rereadDigits.isSubsequence(of: pageDigits)
    else { return nil }
    return (text, min(confidence, settings.reshapedConfidence))
  }

  /// The sign page OCR read before exactly the re-read's digits, when the re-read has none.
  ///
  /// The digits engine reads the value's ink cluster, and a short minus standing apart from the
  /// digits can fall outside it: table 二's signed changes (2019 format) lost their sign, `-8`
  /// re-read as `8` (stress 8331:2, 9751:2). No sum checks those cells.
  static func signLostByReread(_ cell: TableCell, reread: TextReading) -> String? {
    let page = pageText(of: cell)
    guard let sign = page.first, sign == "-" || sign == "+",
      let first = reread.text.first, first.isASCII, first.isNumber,
      page.dropFirst() == reread.text
    else { return nil }
    return String(sign)
  }

  /// The sign page OCR read before as many characters as the re-read has digits, some of them
  /// misread, when the re-read has no sign.
  ///
  /// Stress 9807:64 (150 dpi gray, JPEG q49): page OCR read table 二's changes `-7` as `-了`, the
  /// digits engine `7` without its sign, twice.
  static func signBeforeMisreadDigits(_ cell: TableCell, reread: TextReading) -> String? {
    let page = pageText(of: cell).filter { !$0.isWhitespace }
    guard let sign = page.first, sign == "-" || sign == "+",
      !reread.text.isEmpty, reread.text.allSatisfy(\.isASCIIDigit),
      page.dropFirst().count == reread.text.count
    else { return nil }
    return String(sign)
  }

  /// Page OCR's reading of the cell when it is the re-read's digits with a decimal point among
  /// them, and the re-read has none.
  ///
  /// The point of an amount is a speck-sized blob on the baseline that the digits engine can
  /// drop: stress 9807:78 (240 dpi bilevel) re-read `943809.8` (page OCR, 0.79) as `9438098`
  /// (0.34), and 9807:13 `47443.24` as `4744324`: values off tenfold and a hundredfold.
  static func pointLostByReread(_ cell: TableCell, reread: TextReading) -> String? {
    let page = pageText(of: cell).filter { !$0.isWhitespace }
    // A unit after the number (`万元`) is no part of either reading.
    let number = String(page.prefix { $0.isASCIIDigit || $0 == "." })
    guard !reread.text.contains("."), number.filter({ $0 == "." }).count == 1,
      number.first?.isASCIIDigit == true, number.last?.isASCIIDigit == true,
      !page.dropFirst(number.count).contains(where: \.isASCIIDigit),
      number.filter(\.isASCIIDigit) == reread.text
    else { return nil }
    return number
  }

  /// The cell's text as page OCR read it, its words left to right.
  private static func pageText(of cell: TableCell) -> String {
    cell.words.sorted { $0.box.minX < $1.box.minX }.map(\.text).joined()
  }

  private static func opensAnnotation(_ character: Character) -> Bool {
    character.unicodeScalars.first.map(openingBrackets.contains) ?? false
  }

  private static func digits(of text: some StringProtocol) -> String {
    String(text.filter(\.isASCIIDigit))
  }

  /// What a printed number is made of, besides a unit's CJK characters.
  private static let numberScalars = Set("0123456789.,+-".unicodeScalars)
}
