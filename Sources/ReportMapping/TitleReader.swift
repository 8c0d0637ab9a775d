import DocumentModel
import Foundation

/// Reads the title line `<agency><year>年政府信息公开工作年度报告` at the top of page 1.
///
/// The title may be split over two lines (`洪泽区人民政府` / `2023 年政府信息公开工作年度报告`,
/// `shared/real/hongze-2023.pdf`), spaced (`2024 年`), or put the year first
/// (`2023年度洪泽区…`). Lines are joined without spaces and matched with a pattern; the lines in the
/// largest font are tried first when the text layer knows font sizes.
enum TitleReader {
  /// A title found.
  struct Title: Hashable, Sendable {
    /// The title without whitespace.
    var title: String
    var agency: String?
    var year: Int?
    /// The lowest confidence of an OCR'd word in the title lines (`0...1`); nil when the title
    /// comes from a text layer.
    ///
    /// For a title re-read at several scales it is at most the share of readings that agreed
    /// (`TitleRereader` in ReportExtraction).
    var confidence: Double? = nil
    /// The boxes of the page-1 lines the title was read from.
    var lineBoxes: [Box] = []
  }

  /// The title of the document: the first of its first `pageLimit` pages whose top lines read as
  /// one, or nil.
  ///
  /// Page 1 is the title page of nearly every report; a cover or a title page of another kind
  /// (a compilation's cover, stress altered cover-appendix) puts the title on a later page.
  static func title(in layouts: [PageLayout], lineLimit: Int, pageLimit: Int) -> Title? {
    for page in layouts.sorted(by: { $0.pageNumber < $1.pageNumber }).prefix(pageLimit) {
      if let found = title(on: page, lineLimit: lineLimit) { return found }
    }
    return nil
  }

  /// The title read from the top `lineLimit` lines of one page, or nil.
  static func title(on first: PageLayout, lineLimit: Int) -> Title? {
    let lines = first.lines.sorted { $0.box.minY < $1.box.minY }.prefix(lineLimit)
      .map {
        (
          text: $0.text.removingWhitespace, size: $0.words.compactMap(\.fontSize).max(),
          confidence: $0.words.filter { $0.origin == .ocr }.map(\.confidence).min(), box: $0.box
        )
      }
      .filter { !$0.text.isEmpty }
    let heights = first.lines.map(\.box.height).sorted()
    let medianHeight = heights.isEmpty ? 0 : heights[heights.count / 2]
    func title(
      _ used: [(text: String, size: Double?, confidence: Double?, box: Box)], lenient: Bool,
      heightsChecked: Bool = true
    ) -> Title? {
      let text = used.map(\.text).joined()
      let ocr = used.contains { $0.confidence != nil }
      if heightsChecked, ocr, used.count > 1,
        used.contains(where: { $0.box.height < titleLineHeightShare * medianHeight })
      {
        return nil
      }
      let found: Title?
      if lenient {
        let repaired = ocr ? phraseRepaired(text) : nil
        found = repaired.flatMap { parse($0) ?? parseCutShort($0) }
      } else {
        found = parse(text)
      }
      guard var title = found else { return nil }
      title.confidence = used.compactMap(\.confidence).min()
      title.lineBoxes = used.map(\.box)
      return title
    }
    /// `found` from `used`, or with the agency line above it when `found` has no agency.
    func withAgency(
      _ found: Title, _ used: [(text: String, size: Double?, confidence: Double?, box: Box)],
      lenient: Bool
    ) -> Title {
      guard found.agency == nil, let above = agencyLine(above: used, in: lines),
        let joined = title([above] + used, lenient: lenient, heightsChecked: false),
        joined.agency != nil
      else { return found }
      return joined
    }
    for lenient in [false, true] {
      if let largest = lines.compactMap(\.size).max() {
        let used = lines.filter { ($0.size ?? 0) >= 0.9 * largest }
        if let found = title(used, lenient: lenient) {
          return withAgency(found, used, lenient: lenient)
        }
      }
      for start in lines.indices {
        for count in 1...3 where start + count <= lines.count {
          let used = Array(lines[start..<(start + count)])
          if count > 1 && !used.allSatisfy({ isTitleLike($0.text) }) { continue }
          if let found = title(used, lenient: lenient) {
            let kept = withoutJunkLead(used, found) { title($0, lenient: lenient) }
            return withAgency(kept, Array(used.suffix(kept.lineBoxes.count)), lenient: lenient)
          }
        }
      }
    }
    return nil
  }

  /// The line right above the first of `used`, when it may be an agency line set smaller than the
  /// title under it: title-like (`isTitleLike`), at most `agencyLineGap` of its height above,
  /// and at least `titleLineHeightShare` of the title line's height.
  ///
  /// A two-line title set its agency `松江市商务局` smaller than `2020年政府信息公开工作年度报告`
  /// (15 against 19 pt as OCR measured them, 8 pt apart: stress 9772:67, 200 dpi gray): the
  /// largest lines alone gave a title without an agency. The agency line is measured against
  /// the title line, not the page's median line: OCR's boxes of `，` stretched the body lines
  /// to a median of 27 pt there, and 15 pt fell below `titleLineHeightShare` of it.
  private static func agencyLine(
    above used: [(text: String, size: Double?, confidence: Double?, box: Box)],
    in lines: [(text: String, size: Double?, confidence: Double?, box: Box)]
  ) -> (text: String, size: Double?, confidence: Double?, box: Box)? {
    guard let first = used.first,
      let index = lines.firstIndex(where: { $0.box == first.box }), index > 0
    else { return nil }
    let above = lines[index - 1]
    let gap = first.box.minY - above.box.maxY
    guard gap >= 0, gap <= agencyLineGap * above.box.height, isTitleLike(above.text),
      above.box.height >= titleLineHeightShare * first.box.height
    else {
      return nil
    }
    return above
  }

  /// How far above a title without an agency, in the agency line's own heights, a line is taken
  /// as its agency line (`agencyLine(above:in:)`): 0.53 on stress 9772:67; the gap above a title
  /// to a heading or banner over it is usually a blank line (not measured).
  static let agencyLineGap = 1.0

  /// The title read without the lines leading `used` that page OCR read unsure, when the lines
  /// after them still give an agency and a year; `found` otherwise.
  ///
  /// A seal's remains above a title read as one glyph (`全` at confidence 0.15, a 42 pt box over
  /// a 17 pt title: stress 9767:31), Chinese enough to join, and became the agency's first
  /// character. An agency line of its own is no lead to drop: without it the title has no agency.
  private static func withoutJunkLead(
    _ used: [(text: String, size: Double?, confidence: Double?, box: Box)], _ found: Title,
    reading: ([(text: String, size: Double?, confidence: Double?, box: Box)]) -> Title?
  ) -> Title {
    var lead = 0
    while lead + 1 < used.count, let confidence = used[lead].confidence,
      confidence < junkLeadConfidence
    {
      lead += 1
      if let shorter = reading(Array(used[lead...])), shorter.agency != nil, shorter.year != nil {
        return shorter
      }
    }
    return found
  }

  /// The OCR confidence (`0...1`, a line's lowest word) below which a line leading a title's
  /// lines may be dropped from it (`withoutJunkLead`).
  ///
  /// The seal's `全` of stress 9767:31 read 0.15; a title's own lines read 0.7–0.93 after the
  /// title re-read's vote (9767:20, :24, :26, :43), and a line the vote split keeps its agency
  /// through the rule's second condition.
  static let junkLeadConfidence = 0.5

  /// The least share of Chinese characters in a line joined with others into a title.
  ///
  /// A title's lines are Chinese but for the year; the remains of a seal over the title read as
  /// junk lines above it (`11四《7站SS\:EN AR、`, 2 in 16; `人/ooS`, 1 in 5: stress 9741:49)
  /// and were joined in front of the agency.
  static let titleLineHanShare = 0.6

  /// Whether a line may be one of several lines of a title: at least `titleLineHanShare` of its
  /// characters Chinese, the year's digits aside.
  static func isTitleLike(_ text: String) -> Bool {
    let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace }
    let counted = scalars.filter { !("0"..."9").contains($0) }
    guard !counted.isEmpty else { return true }
    let han = counted.filter(\.isHan).count
    return Double(han) >= titleLineHanShare * Double(counted.count)
  }

  /// The least height of an OCR'd line joined with others into a title, as a share of the
  /// page's median line height: a title is set no smaller than the body text.
  ///
  /// The remains of a seal above a title read as short lines of Chinese (`本站、`, 9 pt beside
  /// 17 pt body lines, 0.53: stress 9761:90) that pass `titleLineHanShare` and were joined in
  /// front of the agency. The least share a title line was measured at is 0.72 (`报告` wrapped
  /// alone, 18 pt beside 25 pt body lines at 100 dpi, `Samples/s15`). Measured against the
  /// tallest title line instead, the rule refused a title line re-read from the ink under a
  /// seal, whose box the seal stretched to 73 pt over the next line's 25 (9758:5).
  static let titleLineHeightShare = 0.6

  /// The phrase a title's OCR text misread in one character repaired (`政麻信息公开` →
  /// `政府信息公开`), where the phrase is followed by `工作`, `年度` or `报告`.
  ///
  /// A seal over a title (stress 9761:26, bilevel scan) left `2023年政麻信息公开工作年度报告`:
  /// no title, so neither year nor agency. The phrase is 6 of a title's 16 or more characters;
  /// one wrong among them, with the words that follow it right, is still the title. An OCR'd
  /// title is always in review (`mapping.title-ocr`).
  ///
  /// The one character may also be one too many or one lost: a speck between two glyphs read as a
  /// digit (`政府信息4公开`, stress 9767:43, 150 dpi colour scan) hid the year as well.
  static func phraseRepaired(_ text: String) -> String {
    let phrase = "政府信息公开"
    let length = phrase.count
    let followers: [[Character]] = [Array("工作"), Array("年度"), Array("报告")]
    var characters = Array(text.removingWhitespace)
    // The phrase as read, one character shorter, as long, or one longer; as long first, so a
    // misread character is replaced rather than a neighbour taken in.
    for width in [length, length - 1, length + 1] where characters.count >= width + 2 {
      for start in 0...(characters.count - width - 2) {
        let window = String(characters[start..<(start + width)])
        let next = Array(characters[(start + width)..<(start + width + 2)])
        guard followers.contains(next), TextSimilarity.editDistance(window, phrase) <= 1 else {
          continue
        }
        characters.replaceSubrange(start..<(start + width), with: Array(phrase))
        return String(characters)
      }
    }
    return text
  }

  /// Parses an OCR'd title whose last character was lost or misread: the text ends with `报` and
  /// at most one more character, read as `报告`.
  ///
  /// A title that wraps leaves `告` alone on the next line, and a lone glyph is what line OCR
  /// reads worst: stress 9705 read it `后`, `生`, `弓` or not at all on 3 of 24 scans, and found
  /// no title. An OCR'd title is always in review (`mapping.title-ocr`), so a person confirms it.
  ///
  /// A title that wraps after `年度` leaves `报告` alone on its last line, and page OCR can miss
  /// that line altogether (stress 9767:20, 200 dpi colour scan): a text ending with `年度` is read
  /// with `报告` after it. `parse` then still needs the phrase right before `年度` (`政府信息公开
  /// 工作年度`), which body text ending a line does not hold. A title that wraps after `工作年`
  /// leaves `度报告` on a line a seal's name can share: `政务公开专用章` read beside it as
  /// `过公开专护窗度报告` (stress 9797:10, 200 dpi colour), and the joined lines were no title; a
  /// text ending with `政府信息公开工作年` (or `公开年`) is read with `度报告` after it.
  static func parseCutShort(_ text: String) -> Title? {
    let compact = Array(text.removingWhitespace)
    if let last = compact.lastIndex(of: "报"), compact.count - last <= 2,
      let title = parse(String(compact[...last]) + "告")
    {
      return title
    }
    if compact.suffix(2) == ["年", "度"], let title = parse(String(compact) + "报告") {
      return title
    }
    if compact.suffix(3) == ["工", "作", "年"] || compact.suffix(3) == ["公", "开", "年"],
      let title = parse(String(compact) + "度报告")
    {
      return title
    }
    // Characters lost from the middle of the ending under a seal: `2022年政府信息公开告`
    // (stress 9808:17, 150 dpi bilevel) kept the phrase and the final `告`, and no year was found.
    // What follows the phrase must be a part of `工作年度报告`, in order, ending with `告`.
    let text = String(compact)
    let ending = "工作年度报告"
    guard let phrase = text.range(of: "政府信息公开", options: .backwards) else { return nil }
    let tail = text[phrase.upperBound...]
    guard !tail.isEmpty, tail.count < ending.count, tail.last == "告",
      tail.isSubsequence(of: ending)
    else { return nil }
    return parse(String(text[..<phrase.upperBound]) + ending)
  }

  /// Parses a joined title text; nil unless it contains a year and `政府信息公开…年度报告`.
  ///
  /// Marks in front of the title are dropped first: a title starts with its agency or its year,
  /// never with punctuation, and OCR reads specks and rulings before it as marks (`。_河口镇人民政府`,
  /// stress 9774:71).
  static func parse(_ text: String) -> Title? {
    let folded = ScalarText(LabelText.compactFolded(withoutLeadingMarks(text)))
    guard folded.isSimple else { return parseByRegex(arabicYears(folded.text)) }
    // Most candidate lines lack the phrase the pattern needs (and arabicYears only rewrites
    // numerals, never a character of the phrase).
    guard folded.contains(disclosurePhrase) else { return nil }
    let compact = arabicYears(folded.text)
    guard let scalars = LabelText.simpleScalars(compact) else { return parseByRegex(compact) }
    return match(simple: scalars)
  }

  /// The text from its first letter or digit on (Han characters are letters).
  static func withoutLeadingMarks(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard
      let first = scalars.firstIndex(where: {
        $0.properties.isAlphabetic || $0.properties.numericType != nil
      })
    else { return "" }
    return first == scalars.startIndex ? text : String(scalars[first...])
  }

  /// Matches `^(.*?)((?:19|20)\d{2})年度?(.*?)政府信息公开(?:工作)?(?:年度)?报告` on a compact,
  /// folded text (the definition `match(simple:)` follows).
  static func parseByRegex(_ compact: String) -> Title? {
    let pattern = #/^(.*?)((?:19|20)\d{2})年度?(.*?)政府信息公开(?:工作)?(?:年度)?报告/#
    guard let match = compact.firstMatch(of: pattern) else { return nil }
    let before = String(match.output.1)
    let after = String(match.output.3)
    let agency = before.isEmpty ? after : before
    return Title(
      title: String(match.output.0), agency: agency.isEmpty ? nil : agency,
      year: Int(match.output.2))
  }

  /// The phrase every title holds.
  static let disclosurePhrase = ScalarText("政府信息公开")

  /// `parseByRegex(_:)` on simple scalars without whitespace, trying the pattern's choices in the
  /// order the regex engine backtracks through them: the shortest agency prefix, 度 taken before
  /// not, the shortest text before the phrase, 工作 and 年度 taken before not.
  ///
  /// The regex stays the definition, but building it parses the pattern at run time on every
  /// document; this loop does not (docs/performance.md). `\d` is Unicode's numeric
  /// property there (二 and 〇 match too), as `isRegexDigit(_:)` checks.
  static func match(simple s: [UInt32]) -> Title? {
    let phrase = disclosurePhrase.scalars
    let work: [UInt32] = [0x5DE5, 0x4F5C]  // 工作
    let annual: [UInt32] = [0x5E74, 0x5EA6]  // 年度
    let report: [UInt32] = [0x62A5, 0x544A]  // 报告
    let year: UInt32 = 0x5E74  // 年
    let degree: UInt32 = 0x5EA6  // 度
    let n = s.count
    func has(_ word: [UInt32], at index: Int) -> Bool {
      index + word.count <= n && s[index..<(index + word.count)].elementsEqual(word)
    }
    var i = 0
    while i + 5 <= n {
      defer { i += 1 }
      let century = (s[i] == 0x31 && s[i + 1] == 0x39) || (s[i] == 0x32 && s[i + 1] == 0x30)
      guard century, isRegexDigit(s[i + 2]), isRegexDigit(s[i + 3]), s[i + 4] == year else {
        continue
      }
      let starts = i + 5 < n && s[i + 5] == degree ? [i + 6, i + 5] : [i + 5]
      for start in starts {
        var p = start
        while p + phrase.count <= n {
          defer { p += 1 }
          guard has(phrase, at: p) else { continue }
          let q = p + phrase.count
          for takeWork in [true, false] {
            for takeAnnual in [true, false] {
              var r = q
              if takeWork {
                guard has(work, at: r) else { continue }
                r += work.count
              }
              if takeAnnual {
                guard has(annual, at: r) else { continue }
                r += annual.count
              }
              guard has(report, at: r) else { continue }
              let before = LabelText.string(s[0..<i])
              let after = LabelText.string(s[start..<p])
              let agency = before.isEmpty ? after : before
              return Title(
                title: LabelText.string(s[0..<(r + report.count)]),
                agency: agency.isEmpty ? nil : agency,
                year: Int(LabelText.string(s[i..<(i + 4)])))
            }
          }
        }
      }
    }
    return nil
  }

  /// Whether a scalar matches the regex class `\d` (it has a numeric value: 2, 二, 〇, ¼).
  static func isRegexDigit(_ value: UInt32) -> Bool {
    Unicode.Scalar(value)?.properties.numericType != nil
  }

  /// The text with years in Chinese digits turned into Arabic ones (`二〇二三年` → `2023年`).
  static func arabicYears(_ text: String) -> String {
    let digits = yearDigit
    var characters = Array(text)
    var index = 0
    while index + 4 < characters.count {
      let window = characters[index..<(index + 4)]
      if characters[index + 4] == "年", window.allSatisfy({ digits($0) != nil }),
        digits(window[window.startIndex]) == "2" || digits(window[window.startIndex]) == "1"
      {
        for offset in 0..<4 {
          characters[index + offset] = digits(characters[index + offset]) ?? "0"
        }
        index += 5
      } else {
        index += 1
      }
    }
    return String(characters)
  }

  /// The Arabic digit of a year numeral (`〇` `零` `○` `O` → 0, `一` … `九` → 1 … 9).
  static func yearDigit(_ character: Character) -> Character? {
    switch character {
    case "〇", "零", "○", "O": "0"
    case "一": "1"
    case "二": "2"
    case "三": "3"
    case "四": "4"
    case "五": "5"
    case "六": "6"
    case "七": "7"
    case "八": "8"
    case "九": "9"
    default: nil
    }
  }
}
