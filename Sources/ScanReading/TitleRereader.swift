import DocumentModel
import Foundation
import TextRecognition

/// Re-reads the title lines at the top of an OCR'd first page at several scales and keeps the
/// character-by-character majority (stage 4).
///
/// The agency name comes from the title, so one misread glyph is a wrong field. Page OCR of the
/// cleaned 300 dpi page misread a place-name glyph in three of fourteen scans (`长宁`→`长于`,
/// `包屯`→`包十`, `北川`→`北用`: `Samples/s07`, `s08`, `s14`), and split the lone last character
/// of a wrapped title (`…年度报` / `告`, `s10`) into two fragment lines read as junk, so no title
/// was found. Fragments are first joined into one line; every title line is then read at each
/// of `targetHeights` (`OCREngine.readLine(in:box:height:)`) and the readings are voted on
/// (`ReadingVote`). The voted line replaces the page OCR lines it covers; its word confidence
/// is the vote's agreement when that is lower than Tesseract's, so a split vote stays visible
/// to the mapping stage.
struct TitleRereader {
  /// How many lines from the top of the first page may hold the title.
  var lineLimit = 5
  /// Crop heights each title line is read at, in pixels (margin included).
  ///
  /// Measured with `tesseract --psm 7` on the cleaned title crops of s07, s08, s10, s14
  /// (129–171 px unscaled): every height from 36 to 84 px read all four right except `包屯`
  /// at 48 and 64 px; 92–124 px brought back `长于有具` and `北用`. Seven heights make a
  /// majority of at least 5 to 2 on all four.
  var targetHeights = [36, 44, 52, 60, 68, 76, 84]
  /// Margin added around a line's word boxes before the crop, in points.
  var margin = 3.0
  /// A line lower than this share of the page's median line height is a fragment of another
  /// line (the two halves of `告`, 8 pt each against 17–20 pt lines on s10).
  var fragmentShare = 0.6
  /// Fragments closer than this share of the median line height, vertically, belong together.
  var fragmentGap = 0.25
  /// Ink continuing a line beyond its page-OCR box joins it across gaps up to this share of the
  /// line's height.
  ///
  /// Page OCR's line box can stop short of the line's first or last glyphs: `红` and `报告` of a
  /// 26 pt title (stress 9711:13, 300 dpi) and `厅` of an agency line (9711:8) were outside it,
  /// so no re-read could find them. The gaps between a title's glyphs are ≤ 0.3 of its height;
  /// a letter-spaced title's wider gaps stop the widening early, as before it.
  var inkGapShare = 0.6
  /// The widening reaches at most this many line heights beyond the box on each side.
  ///
  /// Page OCR's line can begin after a seal over the title: 3.7 heights right of the title's
  /// first glyph on stress 9751:10 (150 dpi gray), 7.4 on 9753:44; at 3 the agency was cut
  /// short. The gaps between words stop the widening first.
  var inkReach = 10.0
  /// Ink lines above page OCR's first line are read as candidate title lines when each of
  /// their pixel rows has at least this share of the page's width dark.
  ///
  /// Page OCR skipped a whole title line under a seal's faint remnants (stress 9715:29, color
  /// 150 dpi scan, seal removed but for dots): no re-read could find the agency. A row through
  /// a 20 pt title is 10 % dark or more; at 20 dark pixels a row (~1 %) the ring's dots joined
  /// the title into one 68 pt band, read as junk.
  var lineInkShare = 0.03
  /// A line page OCR did not find (`unreadInkLines`) is kept only when its readings agree and
  /// are at least this sure.
  ///
  /// Above a title under a seal the ink lines are mostly the seal's ring and name, and some
  /// read alike at every scale: `人公N` at 0.44 was joined in front of the agency (9754:106);
  /// `CA` 0.33, `AN` 0.42 (9753:28, :44). Title lines page OCR skipped under a gray seal read
  /// 0.88–0.93 once voted in the dark ink (9754:50, :76, :92); the line under a colour seal's
  /// remnants these lines are looked for at all (9715:29) at 0.57 or more, kept as before.
  var unreadLineConfidence = 0.5
  /// A vote no majority of its readings makes still counts when at least this share of all the
  /// line's readings (`targetHeights`, blank ones too) agree on its weakest character, it is
  /// sure enough (`unreadLineConfidence`), and it beats the other image's vote (`support`).
  ///
  /// The dark ink under a seal over a title's left end read `龙湖区文化和旅游局2022年…报告`
  /// in 3 of 7 readings, the others `龙浏区`, `龙浏|`, `万淹|` (stress 9772:23, 150 dpi gray),
  /// and `清河镇人民政府` 3 of 7 against `消河镇` twice (9772:76); the page's votes had 1 of 7
  /// each, and both titles lost their agency. The junk lines a seal leaves read alike but unsure
  /// (`人公N` 0.44, `CA` 0.33: `unreadLineConfidence` drops them).
  var pluralitySupport = 0.4
  /// A line of page OCR's near the top taller than this many median line heights is split into
  /// the ink lines inside it, each voted on like a line found only as ink.
  ///
  /// A seal over a two-line title joins both lines and itself into one region: stress 9758:102
  /// (200 dpi gray) read a 95 pt block, five median lines, as `sa KE并作年度报告`, and neither the
  /// agency nor the year was found. A title line alone is 1.3–1.6 median lines (22 pt type over
  /// 16 pt body text); two bold title lines set tight under a seal made one block of 2.45 median
  /// lines (9807:99, 150 dpi colour: `2023年政府政信息分公开专用…`, agency and year lost), so
  /// from 2.0 a block is taken for two lines. A single line split by mistake is still one ink line.
  var mergedLineShare = 2.0
  /// The seal share (`sealShare(in:image:darkInk:)`) from which a title line is read again.
  ///
  /// A title line (page OCR's, or ink above it) is read from the dark ink too when, over a
  /// stretch of it (`sealWindow`), at least this share of its ink in the cleaned image lies
  /// farther than `sealInkDistance` from any dark ink: a seal turned gray over the title
  /// (`ScanBinarizer.darkInkRatio`). The dark ink's reading replaces the page's only when a
  /// majority of its readings (or a plurality, `pluralitySupport`) agree on every character,
  /// more of them than the page's, and they are surer: a seal's name read alone from its
  /// darkest pixels agreed as `和` at confidence 0 (9753:24, 9741:5).
  ///
  /// The threshold only saves CPU (0.3–0.5 s of s14's 9.3 s when every title line is read
  /// twice), skipping the second reading where no seal can be; the votes decide. Measured on
  /// stress 9741 (60 scans), 9751:10 and 9753's agency misses: titles under a gray seal 0.41,
  /// 0.45, 0.55, the outline a colour scan's seal leaves 0.07 (9753:48, 9753:9); lines without a
  /// seal 0.00–0.30, most of them below 0.05.
  var sealInkShare = 0.05
  /// How far from dark ink, in points, ink of the cleaned image counts as a seal's rather than
  /// the soft edge of a dark stroke.
  var sealInkDistance = 1.0
  /// The width of the stretch of a title line `sealInkShare` is measured over, in line heights.
  ///
  /// A seal is 42 mm across, four to five title lines high; over a whole line of 20–30 glyphs
  /// the seal's ink was 0.13 of the line's (9751:10), as much as blur gives a line without.
  var sealWindow = 2.0
  /// A stretch counts only when ink covers this share of its pixels (a title's glyphs cover
  /// 0.2–0.4), so a line's few trailing pixels do not make a share of their own.
  var sealWindowInk = 0.05
  /// The title ends with the line where the text read so far contains this.
  static let titleEnd = "报告"
  /// Every title holds this phrase, wrapped or not, between its year and its end.
  static let disclosurePhrase = "政府信息公开"

  /// The page with its title lines re-read from `image`, its cleaned image, or from `darkInk`
  /// where a gray seal covers a line and the dark ink's readings agree more, as surely.
  func reread(
    _ page: ReadPage, image: PageImage, darkInk: PageImage? = nil, tableCells: [Box],
    session: OCRSession
  ) -> ReadPage {
    let heights = page.layout.lines.map(\.box.height).sorted()
    guard !heights.isEmpty else { return page }
    let median = heights[heights.count / 2]
    let (parts, merged) = splitMergedLines(
      page.layout.lines, in: image, darkInk: darkInk, median: median)
    let unread = unreadInkLines(page.layout.lines, in: image, median: median) + parts
    let lines = unread + page.layout.lines
    let top = lines.indices
      .filter { index in
        !merged.contains(index - unread.count)
          && !tableCells.contains {
            $0.contains(x: lines[index].box.midX, y: lines[index].box.midY)
          }
      }
      .sorted { lines[$0].box.minY < lines[$1].box.minY }
      .prefix(lineLimit)
    var replaced: [Int: TextLine] = [:]
    var removed = Set<Int>()
    var title = ""
    for group in groups(Array(top), lines: lines, median: median) {
      guard let printed = Box.union(of: group.map { lines[$0].box }) else { continue }
      // A line page OCR did not find is kept only when its readings agree, surely enough.
      let found = group.allSatisfy { $0 >= unread.count }
      var (box, vote, suffix) = voted(printed, in: image, session: session)
      var fromDarkInk = false
      if let darkInk {
        let share = sealShare(in: box, image: image, darkInk: darkInk)
        var note = String(
          format: "title line %.0f%@: seal share %.2f", printed.minY, found ? "" : " (ink only)",
          share)
        if share >= sealInkShare {
          let dark = voted(printed, in: darkInk, session: session)
          note += " | page \(Self.describe(vote)) | dark ink \(Self.describe(dark.vote))"
          if takesDarkInk(dark.vote, over: vote, lineFound: found) {
            (box, vote, suffix) = dark
            fromDarkInk = true
          }
        }
        DebugDump.append(note, name: "title-seal")
      }
      let old = group.flatMap { lines[$0].words }
      let oldConfidence = old.map(\.confidence).reduce(0, +) / Double(max(1, old.count))
      // A speck between the title's lines read as a mark alone is no part of the title: the
      // `，` of a seal's speck between `…工作年` and `度报告` hid the title (9753:116).
      if printed.height < fragmentShare * median,
        !Self.hasLetterOrDigit(vote?.text ?? group.map { lines[$0].text }.joined())
      {
        removed.formUnion(group)
        continue
      }
      let oldText = group.map { lines[$0].text.filter { !$0.isWhitespace } }.joined()
      /// The line read as `vote`, in place of the group's page OCR lines.
      func keep(_ vote: ReadingVote) {
        var word = Word(
          text: vote.text, box: box, origin: .ocr, confidence: min(vote.confidence, vote.agreement))
        word.fontSize = old.compactMap(\.fontSize).max()
        replaced[group[0]] = TextLine(words: [word])
        removed.formUnion(group.dropFirst())
        title += vote.text
      }
      if let vote,
        found
          ? vote.agreement > 0.5 || vote.confidence > oldConfidence || fromDarkInk
          : keepsUnread(vote)
      {
        keep(vote)
      } else if let suffix, let ending = keptSuffix(suffix, over: oldText) {
        keep(ending)
      } else {
        title += oldText
      }
      if title.contains(Self.titleEnd) { break }
    }
    // A merged line gives way to its parts only when one of them was read.
    if replaced.keys.contains(where: { $0 >= unread.count - parts.count && $0 < unread.count }) {
      removed.formUnion(merged.map { $0 + unread.count })
    }
    var result = page
    result.layout.lines = lines.indices.compactMap { index in
      if removed.contains(index) { return nil }
      if let line = replaced[index] { return line }
      return index < unread.count ? nil : lines[index]
    }
    return result
  }

  /// The line's box widened to its ink in `image`, and the vote of its readings there at each
  /// of `targetHeights`, whole and from the right (`ReadingVote.suffix(of:)`).
  private func voted(_ printed: Box, in image: PageImage, session: OCRSession) -> (
    box: Box, vote: ReadingVote?, suffix: ReadingVote?
  ) {
    let box = widenedToInk(printed, in: image)
    let readings = targetHeights.compactMap { height in
      session.line(in: image, box: box.expanded(by: margin), height: height)
    }
    return (box, ReadingVote.of(readings), ReadingVote.suffix(of: readings))
  }

  /// The ending its readings agree on, kept for a line whose whole vote was not; nil if none.
  ///
  /// The ending is kept when it is a title's (it holds `titleEnd` or `disclosurePhrase`), is
  /// sure enough (`unreadLineConfidence`), and is longer than the text page OCR read there
  /// (`old`). An ending that holds the year starts at it.
  ///
  /// A seal over a title's agency (stress 9772:96, bilevel) left readings that agree only from
  /// the year on: the line is then `2024年政府信息公开工作年度报告`, a title without an agency
  /// (which review lists), rather than no title at all. The first line of a wrapped title under
  /// a seal agreed as `务局2022年政府信息公开工作年度` (9809:1, 150 dpi): where the readings
  /// stop agreeing the agency is cut short, and a cut agency is worse than none.
  func keptSuffix(_ suffix: ReadingVote, over old: String) -> ReadingVote? {
    let text = suffix.text
    guard text.contains(Self.titleEnd) || text.contains(Self.disclosurePhrase),
      suffix.confidence >= unreadLineConfidence, text.count > old.count
    else { return nil }
    var ending = suffix
    if let year = text.firstMatch(of: /[0-9]{4}年/) {
      ending.text = String(text[year.range.lowerBound...])
    }
    return ending
  }

  /// Whether a title line under a seal is read from the dark ink's vote rather than the page's:
  /// when the dark ink's readings agree more than half and more than the page's, and are surer;
  /// or, for a line page OCR did not find, when the page's vote would not be kept and the dark
  /// ink's would (`keepsUnread`), even agreeing less.
  ///
  /// Stress 9767:24 (300 dpi gray, a seal over a two-line title's agency line) read that line
  /// `CC` at agreement 0.80 and confidence 0.40 from the page, and `滨海省卫生健康委员会` at 0.57
  /// and 0.87 from the dark ink: the agency was lost.
  ///
  /// Where neither vote is a majority, the dark ink's is taken when more of all readings
  /// support it, it is surer, and sure enough (`pluralitySupport`).
  func takesDarkInk(_ dark: ReadingVote?, over page: ReadingVote?, lineFound: Bool) -> Bool {
    guard let dark else { return false }
    if dark.agreement > max(0.5, page?.agreement ?? 0), dark.confidence > page?.confidence ?? 0 {
      return true
    }
    if support(dark) >= pluralitySupport, support(dark) > support(page),
      dark.confidence > page?.confidence ?? 0, dark.confidence >= unreadLineConfidence
    {
      return true
    }
    return !lineFound && !keepsUnread(page) && keepsUnread(dark)
  }

  /// Whether the vote on a line page OCR did not find is kept: its readings agree, or enough
  /// of them (`pluralitySupport`), surely enough (`unreadLineConfidence`).
  func keepsUnread(_ vote: ReadingVote?) -> Bool {
    guard let vote else { return false }
    return (vote.agreement > 0.5 || support(vote) >= pluralitySupport)
      && vote.confidence >= unreadLineConfidence
  }

  /// The share of all the line's readings, blank ones too, that agree on the vote's weakest
  /// character; 0 without a vote.
  ///
  /// `ReadingVote.agreement` counts only the readings that gave text: two of seven readings,
  /// `名` and `人和，`, made a vote of agreement 0.5 (9772:76).
  func support(_ vote: ReadingVote?) -> Double {
    guard let vote, !targetHeights.isEmpty else { return 0 }
    return vote.agreement * Double(vote.readingCount) / Double(targetHeights.count)
  }

  /// Whether `text` holds a letter, an ideograph or a digit, not marks alone.
  private static func hasLetterOrDigit(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
  }

  /// A vote for `DebugDump`.
  private static func describe(_ vote: ReadingVote?) -> String {
    guard let vote else { return "none" }
    return String(
      format: "%@ agreement %.2f confidence %.2f", vote.text, vote.agreement, vote.confidence)
  }

  /// The largest share, over stretches of the line `sealWindow` heights wide, of the ink in
  /// `box` of the cleaned `image` that lies farther than `sealInkDistance` from any ink of
  /// `darkInk` (both 0/255, lined up); 0 when no stretch holds `sealWindowInk`.
  func sealShare(in box: Box, image: PageImage, darkInk: PageImage) -> Double {
    let scale = image.dpi / 72
    let x0 = max(0, Int(box.minX * scale))
    let y0 = max(0, Int(box.minY * scale))
    let x1 = min(image.width, darkInk.width, Int((box.maxX * scale).rounded(.up)))
    let y1 = min(image.height, darkInk.height, Int((box.maxY * scale).rounded(.up)))
    guard x0 < x1, y0 < y1 else { return 0 }
    let width = x1 - x0
    let height = y1 - y0
    // Dark pixels summed over the rectangle from the crop's corner, one extra row and column.
    var sums = [Int](repeating: 0, count: (width + 1) * (height + 1))
    for y in 0..<height {
      var row = 0
      for x in 0..<width {
        if darkInk.gray(x: x0 + x, y: y0 + y) < 128 { row += 1 }
        sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1] + row
      }
    }
    let reach = max(1, Int((sealInkDistance * scale).rounded()))
    var inkInColumn = [Int](repeating: 0, count: width)
    var farInColumn = [Int](repeating: 0, count: width)
    for y in 0..<height {
      for x in 0..<width where image.gray(x: x0 + x, y: y0 + y) < 128 {
        inkInColumn[x] += 1
        let left = max(0, x - reach)
        let top = max(0, y - reach)
        let right = min(width, x + reach + 1)
        let bottom = min(height, y + reach + 1)
        let dark =
          sums[bottom * (width + 1) + right] - sums[top * (width + 1) + right]
          - sums[bottom * (width + 1) + left] + sums[top * (width + 1) + left]
        if dark == 0 { farInColumn[x] += 1 }
      }
    }
    // A seal covers a stretch of the line: the share is the largest over windows `sealWindow`
    // line heights wide that hold ink on at least `sealWindowInk` of their pixels.
    let window = min(width, max(1, Int(sealWindow * Double(height))))
    let minimumInk = Int(sealWindowInk * Double(window * height))
    var ink = 0
    var far = 0
    var largest = 0.0
    for x in 0..<width {
      ink += inkInColumn[x]
      far += farInColumn[x]
      if x >= window {
        ink -= inkInColumn[x - window]
        far -= farInColumn[x - window]
      }
      if x >= window - 1, ink > 0, ink >= minimumInk {
        largest = max(largest, Double(far) / Double(ink))
      }
    }
    return largest
  }

  /// The ink lines inside page OCR's lines near the top that are taller than `mergedLineShare`
  /// median lines, as lines without text, and the indices of the lines they came from.
  ///
  /// Lines are looked for in `image`, and where it shows one line only, in `darkInk`: a seal's
  /// name printed between two title lines fills the gap that parts them in the cleaned image
  /// (9807:99), while a short last line (`度报告`) can be too little ink for a line without the
  /// seal's ring beside it (9807:72).
  func splitMergedLines(
    _ lines: [TextLine], in image: PageImage, darkInk: PageImage? = nil, median: Double
  ) -> (parts: [TextLine], merged: [Int]) {
    let finder = inkLineFinder(in: image, median: median)
    var parts: [TextLine] = []
    var merged: [Int] = []
    let top = lines.indices.sorted { lines[$0].box.minY < lines[$1].box.minY }.prefix(lineLimit)
    for index in top where lines[index].box.height > mergedLineShare * median {
      // Page OCR's box can cut off the top of its first line (9807:99: the agency line began
      // 7 pt above it and was too short inside it to count); the lines are looked for half a
      // median line beyond it and kept when their middle lies within it.
      let box = lines[index].box
      let reach = Box(
        minX: box.minX, minY: box.minY - median / 2, maxX: box.maxX, maxY: box.maxY + median / 2)
      func linesOfInk(in image: PageImage) -> [Box] {
        finder.lines(in: image, box: reach).filter { $0.midY >= box.minY && $0.midY <= box.maxY }
      }
      var found = linesOfInk(in: image)
      if found.count < 2, let darkInk { found = linesOfInk(in: darkInk) }
      guard found.count >= 2 else { continue }
      merged.append(index)
      parts += found.map { TextLine(words: [Word(text: "", box: $0, origin: .ocr, confidence: 0)]) }
    }
    return (parts, merged)
  }

  /// Finds title-sized lines of ink: rows dark on `lineInkShare` of the page's width, runs as
  /// tall as a fragment at least, fragments close together joined whatever their height (the
  /// halves of a lone `告` are 8 pt each).
  func inkLineFinder(in image: PageImage, median: Double) -> InkLines {
    InkLines(
      inset: 0, minimumInkPixels: Int(lineInkShare * Double(image.width)),
      minimumLineHeight: fragmentShare * median, mergeGap: fragmentGap * median,
      separateLinesHeight: .infinity)
  }

  /// The lines of ink page OCR did not find near the top of the page, as lines without text,
  /// top to bottom: above its first line, and in the gaps between its first `lineLimit` lines
  /// at least a fragment's height (`fragmentShare`) tall.
  ///
  /// Page OCR can skip a line between two it read: `度报告`, the last line of a wrapped title,
  /// centred below its first line (stress 9772:89, 200 dpi gray), so the title ended `…工作年`.
  func unreadInkLines(_ lines: [TextLine], in image: PageImage, median: Double)
    -> [TextLine]
  {
    inkLineFinder(in: image, median: median)
      .lines(
        skippedBy: lines.sorted(by: { $0.box.minY < $1.box.minY }).prefix(lineLimit), in: image,
        minimumGap: max(median, 1) * fragmentShare
      )
      .map { TextLine(words: [Word(text: "", box: $0, origin: .ocr, confidence: 0)]) }
  }

  /// The line's box widened on each side to the ink that continues it (`inkGapShare`,
  /// `inkReach`); only the middle half of the line's height is looked at, so the lines above
  /// and below do not count.
  func widenedToInk(_ box: Box, in image: PageImage) -> Box {
    let scale = image.dpi / 72
    let rows =
      max(
        0, Int((box.minY + box.height / 4) * scale))..<min(
        image.height, Int((box.maxY - box.height / 4) * scale))
    guard !rows.isEmpty else { return box }
    let gap = Int(inkGapShare * box.height * scale)
    let reach = Int(inkReach * box.height * scale)
    func inked(_ x: Int) -> Bool { rows.contains { image.gray(x: x, y: $0) < 128 } }
    /// The farthest inked column from `start` in `direction` reached without a wider gap.
    func edge(from start: Int, direction: Int) -> Int {
      var last = start
      var x = start + direction
      while x >= 0, x < image.width, abs(x - start) <= reach, abs(x - last) <= gap {
        if inked(x) { last = x }
        x += direction
      }
      return last
    }
    let left = edge(from: Int(box.minX * scale), direction: -1)
    let right = edge(from: Int(box.maxX * scale), direction: 1)
    var widened = box
    widened.minX = min(box.minX, Double(left) / scale)
    widened.maxX = max(box.maxX, Double(right + 1) / scale)
    return widened
  }

  /// The top lines grouped top to bottom, each fragment joined to the fragments next to it.
  private func groups(_ indices: [Int], lines: [TextLine], median: Double) -> [[Int]] {
    var groups: [[Int]] = []
    for index in indices {
      let box = lines[index].box
      if box.height < fragmentShare * median, let last = groups.last,
        last.allSatisfy({ lines[$0].box.height < fragmentShare * median }),
        let previous = Box.union(of: last.map { lines[$0].box }),
        box.minY - previous.maxY <= fragmentGap * median,
        box.minX < previous.maxX, previous.minX < box.maxX
      {
        groups[groups.count - 1].append(index)
      } else {
        groups.append([index])
      }
    }
    return groups
  }
}
