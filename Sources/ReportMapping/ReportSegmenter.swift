import DocumentModel
import ReportSchema

/// Finds where each report of a file begins and ends (a compilation holds several).
///
/// A report begins at its title line (`<机关><年>年政府信息公开工作年度报告`) when one of the
/// format's section headings (`一、总体情况` …) follows before any other title, and the title is a
/// section 一's or names another body or year than the report before it. Any other title line is
/// a cover, a running header or a contents entry, and starts nothing. Contents entries with leader
/// dots or page numbers, and a compilation's own title (`…报告汇编`), are not titles at all.
/// A report ends where the next begins; trailing pages that are blank or open with an appendix
/// heading (`附件`) are left out of its range.
///
/// A file without two such beginnings is one report: `segments(of:)` gives one segment, all pages.
public struct ReportSegmenter: Sendable {
  public var settings: MappingSettings

  public init(settings: MappingSettings = MappingSettings()) {
    self.settings = settings
  }

  /// A title or section heading found, in reading order.
  struct Mark {
    enum Kind {
      case title(agency: String?, year: Int?)
      case heading(number: Int)
    }
    var kind: Kind
    /// Index into the page-sorted layouts.
    var page: Int
    /// The top of the mark's first line, in points.
    var top: Double
  }

  /// Where a report begins: its page index and the top of its title.
  struct Start {
    var page: Int
    var top: Double
  }

  /// The reports of the file, in page order; one segment holding every page when there is one
  /// report (or none).
  public func segments(of layouts: [PageLayout]) -> [ReportSegment] {
    let pages = layouts.sorted { $0.pageNumber < $1.pageNumber }
    let whole = [
      ReportSegment(
        layouts: pages, firstPage: pages.first?.pageNumber ?? 1,
        lastPage: pages.last?.pageNumber ?? 1)
    ]
    let starts = self.starts(among: marks(in: pages))
    guard starts.count >= 2 else { return whole }
    var segments: [ReportSegment] = []
    if let preamble = segment(of: pages, from: nil, to: starts[0]) { segments.append(preamble) }
    for (index, start) in starts.enumerated() {
      let next = index + 1 < starts.count ? starts[index + 1] : nil
      if let found = segment(of: pages, from: start, to: next) { segments.append(found) }
    }
    return segments
  }

  /// The titles that begin a report.
  func starts(among marks: [Mark]) -> [Start] {
    var starts: [Start] = []
    var current: (agency: String?, year: Int?)? = nil
    for (index, mark) in marks.enumerated() {
      guard case .title(let agency, let year) = mark.kind else { continue }
      // The first heading before the next title, if any.
      var heading: Int? = nil
      for later in marks[(index + 1)...] {
        if case .heading(let number) = later.kind {
          heading = number
          break
        }
        if case .title = later.kind { break }
      }
      guard let heading else { continue }
      let isOther = current.map { $0.agency != agency || $0.year != year } ?? true
      guard heading == 1 || isOther else { continue }
      starts.append(Start(page: mark.page, top: mark.top))
      current = (agency, year)
    }
    return starts
  }

  /// Titles and section headings of every page, in reading order.
  func marks(in pages: [PageLayout]) -> [Mark] {
    var marks: [Mark] = []
    for (index, page) in pages.enumerated() {
      let lines = page.lines.sorted { $0.box.minY < $1.box.minY }
      let texts = lines.map { $0.text.removingWhitespace }
      for position in lines.indices {
        if let title = title(endingAt: position, in: texts) {
          let top = lines[(position - title.lines + 1)...position].map(\.box.minY).min() ?? 0
          marks.append(
            Mark(kind: .title(agency: title.agency, year: title.year), page: index, top: top))
        } else if let number = sectionNumber(texts[position]) {
          marks.append(
            Mark(kind: .heading(number: number), page: index, top: lines[position].box.minY))
        }
      }
    }
    return marks
  }

  /// A title whose last line is `texts[end]`, with how many lines it takes (1–3).
  ///
  /// One line first; the lines above are joined only while the agency is missing
  /// (`洪泽区人民政府` / `2023年政府信息公开工作年度报告`) or the line is the end of a wrapped title
  /// (`…工作年度报` / `告`).
  func title(endingAt end: Int, in texts: [String]) -> (agency: String?, year: Int?, lines: Int)? {
    // The scalars: `contains(Character)` compares a string per character of every line.
    guard texts[end].unicodeScalars.contains("告") else { return nil }
    var found: (agency: String?, year: Int?, lines: Int)? = nil
    for count in 1...3 where end - count + 1 >= 0 {
      let joined = texts[(end - count + 1)...end].joined()
      guard let title = standaloneTitle(joined) else { continue }
      if found == nil || title.agency != nil { found = (title.agency, title.year, count) }
      if title.agency != nil { break }
    }
    return found
  }

  /// The title a text is, when the text is nothing but a title.
  ///
  /// A sentence naming the report (`现将2023年政府信息公开工作年度报告公布如下。`), a contents
  /// entry (`…报告……3`) and a compilation's title (`…报告汇编`) are not.
  func standaloneTitle(_ text: String) -> TitleReader.Title? {
    guard text.count <= settings.titleMaximumLength, let title = TitleReader.parse(text) else {
      return nil
    }
    // Folded as `TitleReader.parse` folds it, marks in front dropped, so the title is its prefix.
    let folded = TitleReader.arabicYears(
      LabelText.compactFolded(TitleReader.withoutLeadingMarks(text)))
    guard folded.hasPrefix(title.title) else { return nil }
    let rest = folded.dropFirst(title.title.count)
    let sentence = "。，；：！？,;:!?"
    guard !title.title.contains(where: sentence.contains),
      !rest.contains(where: { $0.isNumber || $0 == "…" || $0 == "." || $0 == "·" }),
      !rest.contains("汇编"), !rest.contains(where: sentence.contains),
      rest.count <= settings.titleTrailingLimit
    else { return nil }
    return title
  }

  /// The number of a section heading of the format (`一、总体情况` → 1), or nil.
  ///
  /// The heading's title must be within one edit of the format's title for that number, so table
  /// 三's row labels (`一、本年新收政府信息公开申请数量`) and numbered prose are not headings.
  func sectionNumber(_ text: String) -> Int? {
    guard let first = text.first, LabelText.chineseDigit(first) != nil,
      text.count < settings.headingMaximumLength,
      let mark = text.firstIndex(where: { "、，.．".contains($0) }),
      let number = LabelText.chineseNumber(String(text[..<mark])),
      number >= 1, number <= CanonicalSchema.sectionTitles.count
    else { return nil }
    let usual = CanonicalSchema.sectionTitles[number - 1].title
    let title = text[text.index(after: mark)...].prefix(usual.count)
    return TextSimilarity.editDistance(String(title), usual) <= 1 ? number : nil
  }

  /// The pages from `start` (nil: the first page) to `next` (nil: the last page), without
  /// trailing blank or appendix pages; nil when nothing is left.
  func segment(of pages: [PageLayout], from start: Start?, to next: Start?) -> ReportSegment? {
    let first = start?.page ?? 0
    var last = next?.page ?? pages.count - 1
    var bottom = Double.infinity
    if let next {
      // The next report begins mid-page: the part above its title is this report's.
      let from = first == next.page ? (start?.top ?? -.infinity) : -.infinity
      let above = pages[next.page].slice(fromY: from, toY: next.top)
      if hasContent(above) {
        bottom = next.top
      } else {
        last -= 1
      }
    }
    guard last >= first else { return nil }
    var layouts: [PageLayout] = []
    for index in first...last {
      let top = index == first ? (start?.top ?? -.infinity) : -.infinity
      let part = pages[index].slice(fromY: top, toY: index == last ? bottom : .infinity)
      if index > first, opensAppendix(part) { break }
      layouts.append(part)
    }
    while let tail = layouts.last, layouts.count > 1, !hasContent(tail) { layouts.removeLast() }
    guard let head = layouts.first, let tail = layouts.last, hasContent(head) || layouts.count > 1
    else { return nil }
    return ReportSegment(layouts: layouts, firstPage: head.pageNumber, lastPage: tail.pageNumber)
  }

  /// Whether a page part holds anything but page numbers and the blank-page notice
  /// `（此页无正文）`.
  func hasContent(_ part: PageLayout) -> Bool {
    part.lines.contains { line in
      let text = line.text.removingWhitespace
      return !text.isEmpty && !PageFurniture.isPageNumber(text)
        && text.filter({ !"（）()".contains($0) }) != "此页无正文"
    }
  }

  /// Whether a page part's first line is an appendix heading (`附件`, `附表`, `附录`).
  func opensAppendix(_ part: PageLayout) -> Bool {
    guard
      let first = part.lines.sorted(by: { $0.box.minY < $1.box.minY }).lazy
        .map({ $0.text.removingWhitespace })
        .first(where: { !$0.isEmpty && !PageFurniture.isPageNumber($0) })
    else { return false }
    return ["附件", "附表", "附录"].contains { first.hasPrefix($0) }
  }
}
