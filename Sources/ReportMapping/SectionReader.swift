import DocumentModel
import ReportSchema

/// Finds the numbered section headings (`一、总体情况` …) and the prose under each.
///
/// A heading is a short prose line (outside tables) that starts with a Chinese numeral and `、`.
/// Table 三's row labels start the same way but are table text, and prose items (`一是…`,
/// `（一）…`) do not match. When sub-lists inside a section reuse `一、二、`, the longest run of
/// headings numbered one after another is kept.
struct SectionReader {
  var settings: MappingSettings

  /// A heading candidate: its index in the prose lines, number and title.
  struct Heading {
    var index: Int
    var number: String
    var value: Int
    var title: String
  }

  /// The sections found in the prose lines, in order.
  func sections(in lines: [ProseLine]) -> [ReportSection] {
    let headings = chain(lines.indices.compactMap { heading(lines[$0], index: $0) })
    var sections: [ReportSection] = []
    for (position, heading) in headings.enumerated() {
      let end = position + 1 < headings.count ? headings[position + 1].index : lines.count
      let body = lines[(heading.index + 1)..<end]
      sections.append(
        ReportSection(
          number: heading.number, title: heading.title, page: lines[heading.index].page,
          text: Self.joined(body)))
    }
    return sections
  }

  /// The heading a line is, if it is one.
  func heading(_ line: ProseLine, index: Int) -> Heading? {
    numberedHeading(line, index: index)
      ?? (line.isOCR ? headingWithoutNumber(line, index: index) : nil)
  }

  /// The line as `<numeral>、<title>`, if it is one.
  func numberedHeading(_ line: ProseLine, index: Int) -> Heading? {
    // A heading starts with its Chinese numeral: most prose lines are ruled out here, before
    // the whitespace-free copy below.
    guard let first = line.text.first(where: { !$0.isWhitespace }),
      LabelText.chineseDigit(first) != nil
    else { return nil }
    // A line holding numbers apart is a table row that lost its table (`四、结转下年度继续办理
    // 1 0 0 0 0 0 1`, text stress 9801:10 printed without borders), never a heading.
    let numbers = line.text.split(whereSeparator: \.isWhitespace).filter { token in
      token.allSatisfy { $0.isASCII && $0.isNumber }
    }
    guard numbers.count < 2 else { return nil }
    let text = line.text.removingWhitespace
    guard text.count < settings.headingMaximumLength,
      let mark = text.firstIndex(where: { $0 == "、" || $0 == "，" || $0 == "." || $0 == "．" })
    else { return nil }
    let number = String(text[..<mark])
    guard let value = LabelText.chineseNumber(number) else { return nil }
    var title = String(text[text.index(after: mark)...])
    while let last = title.last, Self.trailingPunctuation.contains(last) { title.removeLast() }
    guard title.count >= 2, !title.contains(Character("。")) else { return nil }
    if line.isOCR {
      title = Self.snapped(title, number: value)
      if let other = Self.numberOfTitle(title), other != value {
        // The title is another section's: OCR misread the numeral (`一、收到和处理政府信息公开
        // 申请情况` for 三, stress 9806:106, whose strokes thin to one).
        let section = CanonicalSchema.sectionTitles[other - 1]
        return Heading(
          index: index, number: section.number, value: other,
          title: Self.snapped(title, number: other))
      }
    }
    return Heading(index: index, number: number, value: value, title: title)
  }

  /// Punctuation a heading line may end with (`一、总体情况。`, `二、…：`), not part of its title.
  static let trailingPunctuation: [Character] = ["。", "；", ";", "：", ":", "，", ","]

  /// The least share of a section's usual title that an OCR'd line must hold, as the end of
  /// it, to be taken for that heading when its numeral was not read.
  ///
  /// A seal over a heading's start (stress 9741:16, gray scan) hid `四、政府信`; the line read
  /// `息公开行政复议、行政诉讼情况`, 14 of the title's 17 characters, and sections 四–六 were
  /// lost. Titles shorter than 6 characters (`总体情况`) are too common in prose to recover
  /// from a part; they must be read whole.
  static let recoveredTitleShare = 0.6

  /// The least share of a section's usual title that an OCR'd line must end with to be taken
  /// for that heading whatever it holds before (`headingWithoutNumber`).
  ///
  /// A seal over `四、政` left `不子公系丁让演` in front of the rest, 16 of the title's 17
  /// characters (stress 9806:60).
  static let recoveredSuffixShare = 0.8
  /// The least number of characters of that end, whatever the title's length.
  ///
  /// Prose ends with the whole of 六's 9-character title (`本年度无其他需要报告的事项`), which must
  /// not become a heading.
  static let recoveredSuffixLength = 10

  /// How many characters two texts end with in common.
  static func commonSuffixLength(_ a: String, _ b: String) -> Int {
    zip(a.reversed(), b.reversed()).prefix { $0 == $1 }.count
  }

  /// An OCR'd line taken for a section's heading although its numeral or its `、` was not read:
  /// the section's usual title whole (`总体情况`), or its end (`recoveredTitleShare`), or its
  /// numeral (after at most one stray character), one character for the `、` and the title
  /// within `snapEdits` (`一“总体情况`, `一人总体情况`: 12 of 120 scans of stress seed 9741 lost
  /// section 一 so).
  func headingWithoutNumber(_ line: ProseLine, index: Int) -> Heading? {
    var text = line.text.removingWhitespace
    while let head = text.first, !head.unicodeScalars.allSatisfy(\.isHan) { text.removeFirst() }
    while let last = text.last, Self.trailingPunctuation.contains(last) { text.removeLast() }
    guard text.count >= 2, text.count < settings.headingMaximumLength else { return nil }
    for (offset, section) in CanonicalSchema.sectionTitles.enumerated() {
      let heading = Heading(
        index: index, number: section.number, value: offset + 1, title: section.title)
      if text == section.title { return heading }
      if section.title.count >= 6, section.title.hasSuffix(text),
        Double(text.count) >= Self.recoveredTitleShare * Double(section.title.count)
      {
        return heading
      }
      // The whole title as printed, its numeral not read: a variant reports print (the typo
      // `行政法复议`, stress 9806:0) or the usual title within `snapEdits`.
      let forms = [section.title] + (CanonicalSchema.sectionTitleVariants[offset + 1] ?? [])
      if section.title.count >= 6,
        forms.contains(where: { TextSimilarity.editDistance(text, $0) <= Self.snapEdits(for: $0) })
      {
        return Heading(
          index: index, number: section.number, value: offset + 1,
          title: Self.snapped(text, number: offset + 1))
      }
      // The title's end read after noise where a seal covers its numeral and first characters
      // (9806:60: `不子公系丁让演府信息公开行政复议、行政诉讼情况`); only a long end of a long title,
      // which no prose line ends with (`…无其他需要报告的事项` does end with 六's title).
      if Self.commonSuffixLength(text, section.title)
        >= max(
          Self.recoveredSuffixLength, Int(Self.recoveredSuffixShare * Double(section.title.count)))
      {
        return heading
      }
      // The numeral first, or after one stray character: a speck or a seal's stroke read as
      // `人` in front of `三、收到和处理…` (stress 9761:25, bilevel) lost sections 三 to 六.
      for start in [Substring(text), text.dropFirst()] where start.hasPrefix(section.number) {
        guard start.count > section.number.count + 1 else { continue }
        let title = String(start.dropFirst(section.number.count + 1))
        if TextSimilarity.editDistance(title, section.title) <= Self.snapEdits(for: section.title) {
          return heading
        }
      }
    }
    return nil
  }

  /// An OCR'd heading title replaced by the nearest known wording of its number's title (the
  /// usual one, or a variant reports print: `CanonicalSchema.sectionTitleVariants`) when it
  /// differs from it by at most `snapEdits` characters (a dropped `况`, a misread `情`); a title
  /// read as one of them, or farther from all (`政府信息公开工作存在的…`, 6 characters more than
  /// the usual), is kept as read.
  ///
  /// Snapping to the usual title alone turned the printed typo `行政法复议`, read right, into
  /// `行政复议`: stress seed 9761 had section titles wrong in 63 of 120 scans, many of them so.
  static func snapped(_ title: String, number: Int) -> String {
    guard number >= 1, number <= CanonicalSchema.sectionTitles.count else { return title }
    let usual = CanonicalSchema.sectionTitles[number - 1].title
    let forms = [usual] + (CanonicalSchema.sectionTitleVariants[number] ?? [])
    guard !forms.contains(title) else { return title }
    let nearest = forms.map { (form: $0, distance: TextSimilarity.editDistance(title, $0)) }
      .min { $0.distance < $1.distance }
    guard let nearest, nearest.distance <= snapEdits(for: nearest.form) else { return title }
    return nearest.form
  }

  /// The one section number whose usual title or a variant of 6 characters or more `title` is
  /// within `snapEdits` of; nil when none or several.
  static func numberOfTitle(_ title: String) -> Int? {
    let numbers = CanonicalSchema.sectionTitles.indices.filter { index in
      let usual = CanonicalSchema.sectionTitles[index].title
      return usual.count >= 6
        && ([usual] + (CanonicalSchema.sectionTitleVariants[index + 1] ?? [])).contains {
          TextSimilarity.editDistance(title, $0) <= snapEdits(for: $0)
        }
    }
    return numbers.count == 1 ? numbers[0] + 1 : nil
  }

  /// Edits allowed when snapping to `usual`: 1 per 6 characters, at least 1.
  static func snapEdits(for usual: String) -> Int { max(1, usual.count / 6) }

  /// How many heading numbers a run may skip in all: one heading not read at all.
  ///
  /// A seal over `四、政府信息公开行政复议…` (stress 9751:13, :16, :22) left 四 unread; without a
  /// skip the run 一二三 outweighed 五六 and sections 五 and 六 were lost too. Sub-lists inside a
  /// section restart at 一, so one skip does not join them to the report's own headings.
  static let maximumSkippedHeadings = 1

  /// Whether a heading's title is its number's usual title or a variant reports print: a
  /// report's own section heading, which no sub-list inside a section repeats.
  static func isCanonical(_ heading: Heading) -> Bool {
    guard heading.value >= 1, heading.value <= CanonicalSchema.sectionTitles.count else {
      return false
    }
    return heading.title == CanonicalSchema.sectionTitles[heading.value - 1].title
      || (CanonicalSchema.sectionTitleVariants[heading.value] ?? []).contains(heading.title)
  }

  /// The longest run of candidates numbered n, n+1, n+2 … in document order.
  ///
  /// A run skips at most `maximumSkippedHeadings` numbers; among runs as long, the one with
  /// fewer skips wins, then the earliest. Numbers skipped between two canonical headings
  /// (`isCanonical`) do not count.
  ///
  /// A seal over `四、…行政复议…` and page OCR skipping `二、…` above table 二 (`Samples/s18`,
  /// 240 dpi gray turned 180°) left `一、总体情况` `三、收到和处理…` `五、…` `六、…`: two skips,
  /// and the run 五六 was kept alone.
  func chain(_ candidates: [Heading]) -> [Heading] {
    guard !candidates.isEmpty else { return [] }
    // For the run ending at each candidate: its length, its skips, the candidate before.
    var length = [Int](repeating: 1, count: candidates.count)
    var skips = [Int](repeating: 0, count: candidates.count)
    var previous = [Int?](repeating: nil, count: candidates.count)
    for i in candidates.indices {
      for j in 0..<i {
        let step = candidates[i].value - candidates[j].value
        let canonical = Self.isCanonical(candidates[i]) && Self.isCanonical(candidates[j])
        guard step == 1 || step == 2 || (canonical && step > 2) else { continue }
        let runSkips = skips[j] + (canonical ? 0 : step - 1)
        guard runSkips <= Self.maximumSkippedHeadings else { continue }
        if length[j] + 1 > length[i] || (length[j] + 1 == length[i] && runSkips < skips[i]) {
          length[i] = length[j] + 1
          skips[i] = runSkips
          previous[i] = j
        }
      }
    }
    var last = 0
    for i in candidates.indices
    where length[i] > length[last] || (length[i] == length[last] && skips[i] < skips[last]) {
      last = i
    }
    var result = [candidates[last]]
    while let before = previous[last] {
      result.append(candidates[before])
      last = before
    }
    return result.reversed()
  }

  /// Lines joined into paragraphs: no separator inside a paragraph (CJK), "\n" between them.
  static func joined(_ lines: ArraySlice<ProseLine>) -> String {
    var paragraphs: [String] = []
    for line in lines {
      if line.startsParagraph || paragraphs.isEmpty {
        paragraphs.append(line.text)
      } else {
        paragraphs[paragraphs.count - 1] = TextJoiner.join([
          paragraphs[paragraphs.count - 1], line.text,
        ])
      }
    }
    return paragraphs.joined(separator: "\n")
  }
}
