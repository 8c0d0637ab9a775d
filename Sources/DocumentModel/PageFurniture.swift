/// Page numbers and the like: text a producer prints on every page, outside the report's content.
///
/// One definition for the whole pipeline: prose leaves page numbers out, table stitching looks
/// past them at a page break, and table cells do not take them in.
public enum PageFurniture {
  /// The marks printed around page numbers: `- — – － _ ― · . / ( ) （ ）` and `第 页 共`.
  static let marks = Set("-—–－_―·./()（）第页共")

  /// Whether a line's text reads as a page number: 1–3 ASCII digits in all, with only
  /// whitespace and `marks` besides (`3`, `-3-`, `— 1 —`, `第 2 页`, `2/5`).
  public static func isPageNumber(_ text: String) -> Bool {
    var digits = 0
    for character in text where !character.isWhitespace {
      if marks.contains(character) { continue }
      guard character.isASCII, character.isNumber else { return false }
      digits += 1
    }
    return (1...3).contains(digits)
  }

  /// Whether a page number is marked on both sides (`—2—`, `- 2 -`, `第2页`), a shape no table
  /// value has: a signed change (`-8`) ends in a digit, a bare `2` is marked on neither side.
  public static func isMarkedPageNumber(_ text: String) -> Bool {
    let compact = text.removingWhitespace
    guard let first = compact.first, let last = compact.last else { return false }
    return isPageNumber(compact) && marks.contains(first) && marks.contains(last)
  }

  /// Whether a line within `band` of the page's height from its top or bottom edge reads as a
  /// page number with at most one misread character besides: 1–3 ASCII digits, `marks`, and one
  /// other character, six characters at most.
  ///
  /// OCR reads a footer `第4页` as `第4贞` or `筣4页` (stress 9754:83, a 150 dpi bilevel scan),
  /// and the table above it then looked followed by text, so its continuation on the next page
  /// was not joined to it. A margin holds no prose or value that short with a digit in it.
  public static func isMarginPageNumber(_ line: TextLine, pageHeight: Double, band: Double)
    -> Bool
  {
    let margin = band * pageHeight
    guard line.box.maxY <= margin || line.box.minY >= pageHeight - margin else { return false }
    let compact = line.text.removingWhitespace
    guard compact.count <= 6 else { return false }
    var digits = 0
    var others = 0
    for character in compact where !marks.contains(character) {
      if character.isASCII, character.isNumber { digits += 1 } else { others += 1 }
    }
    return (1...3).contains(digits) && others <= 1
  }

  /// The words of the page's marked page numbers (`isMarkedPageNumber`) whose line lies within
  /// `band` of the page's height from its top or bottom edge.
  ///
  /// A browser extends a table row cut by a page break down to the page's foot, so the footer
  /// `—2—` lands inside a cell of that row (stress 9200:22 read `1—2—`).
  public static func marginPageNumberWords(in layout: PageLayout, band: Double) -> Set<Word> {
    let margin = band * layout.height
    var words: Set<Word> = []
    for line in layout.lines
    where (line.box.maxY <= margin || line.box.minY >= layout.height - margin)
      && isMarkedPageNumber(line.text)
    {
      words.formUnion(line.words)
    }
    return words
  }
}
