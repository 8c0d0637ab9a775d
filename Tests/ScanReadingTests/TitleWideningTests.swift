import DocumentModel
import Testing
import TextRecognition

@testable import ScanReading

/// `TitleRereader.widenedToInk`: a title line's box reaches the glyphs page OCR left outside it.
@Suite struct TitleWideningTests {
  @Test func theBoxTakesInTheGlyphsThatContinueItsLine() {
    // Glyphs 20 pt tall, 20 wide, 4 apart from x = 10; page OCR's box covered the middle ones
    // only (stress 9711:13 lost `红` and `报告`). A speck 40 pt past the last glyph stays out.
    var ink: [(x: Range<Int>, y: Range<Int>)] = (0..<8).map { index in
      (x: 10 + 24 * index..<30 + 24 * index, y: 20..<40)
    }
    ink.append((x: 240..<244, y: 28..<32))
    let image = InkClusterTests.cell(width: 300, height: 60, ink: ink)
    let widened = TitleRereader().widenedToInk(
      Box(minX: 34, minY: 20, maxX: 150, maxY: 40), in: image)
    #expect(widened == Box(minX: 10, minY: 20, maxX: 198, maxY: 40))
  }
}

extension TitleWideningTests {
  /// A line of `count` glyphs of ink 20 px wide, 24 px apart, from `x`, over `rows`.
  static func glyphs(_ count: Int, from x: Int, rows: Range<Int>) -> [(
    x: Range<Int>, y: Range<Int>
  )] {
    (0..<count).map { index in (x: x + 24 * index..<x + 20 + 24 * index, y: rows) }
  }

  @Test func aTitleLinePageOCRSkippedIsFoundAboveTheFirstLine() throws {
    // Page OCR skipped the title under a seal's remnants (stress 9715:29): a dense band of ink
    // above the first line it read is a candidate title line; the seal's sparse dots are not.
    var ink = Self.glyphs(10, from: 20, rows: 40..<60)
    ink += (0..<6).map { index in (x: 30 + 40 * index..<32 + 40 * index, y: 20..<22) }
    let image = InkClusterTests.cell(width: 300, height: 140, ink: ink)
    let first = TextLine(words: [
      Word(text: "一、总体情况", box: Box(minX: 20, minY: 100, maxX: 140, maxY: 118))
    ])
    let found = TitleRereader().unreadInkLines([first], in: image, median: 18)
    let line = try #require(found.first)
    #expect(found.count == 1)
    #expect(line.box.minY == 40 && line.box.maxY == 60)
    #expect(line.text.isEmpty)
  }
}

/// `TitleRereader.sealShare`: whether a title line's ink in the cleaned image is a gray seal's
/// as well as the title's (stress 9751:10, 9741:5).
extension TitleWideningTests {
  /// Ten 16 pt glyphs 24 pt apart on a 20 pt line, in the cleaned image one point bolder than in
  /// the dark ink (a blurred stroke's soft edge), and seal strokes in the gaps of the first four.
  private static func line(sealed: Bool) -> (cleaned: PageImage, dark: PageImage) {
    let glyphs = (0..<10).map { index in (x: 10 + 24 * index..<26 + 24 * index, y: 22..<38) }
    var cleaned = glyphs.map {
      (x: $0.x.lowerBound - 1..<$0.x.upperBound + 1, y: $0.y.lowerBound - 1..<$0.y.upperBound + 1)
    }
    if sealed {
      cleaned += (0..<4).map { index in (x: 27 + 24 * index..<33 + 24 * index, y: 20..<40) }
    }
    return (
      InkClusterTests.cell(width: 260, height: 60, ink: cleaned),
      InkClusterTests.cell(width: 260, height: 60, ink: glyphs)
    )
  }

  @Test func sealInkFarFromTheDarkInkIsMeasuredWhereTheSealIs() {
    let box = Box(minX: 9, minY: 20, maxX: 251, maxY: 40)
    let sealed = Self.line(sealed: true)
    let clean = Self.line(sealed: false)
    let rereader = TitleRereader()
    let share = rereader.sealShare(in: box, image: sealed.cleaned, darkInk: sealed.dark)
    #expect(share > 0.2, "share \(share)")
    #expect(share >= rereader.sealInkShare)
    // Soft edges within `sealInkDistance` of dark strokes are the glyphs' own.
    #expect(rereader.sealShare(in: box, image: clean.cleaned, darkInk: clean.dark) == 0)
  }
}

extension TitleWideningTests {
  @Test func aBlockOfTwoTitleLinesUnderASealIsSplitIntoItsLines() throws {
    // Page OCR joined a two-line title and the seal over it into one 70 pt line (stress
    // 9758:102). Its ink lines are the title's two lines; the ring's sides between them are
    // too little ink for a line. A title line alone, 24 pt, is left whole.
    var ink: [(x: Range<Int>, y: Range<Int>)] = (0..<10).map { index in
      (x: 20 + 24 * index..<40 + 24 * index, y: 20..<40)
    }
    ink += (0..<10).map { index in (x: 20 + 24 * index..<40 + 24 * index, y: 60..<80) }
    ink += [(x: 100..<103, y: 10..<90), (x: 200..<203, y: 10..<90)]
    let image = InkClusterTests.cell(width: 300, height: 160, ink: ink)
    let block = TextLine(words: [
      Word(text: "sa KE并作年度报告", box: Box(minX: 18, minY: 10, maxX: 262, maxY: 90))
    ])
    let single = TextLine(words: [
      Word(text: "一、总体情况", box: Box(minX: 20, minY: 110, maxX: 140, maxY: 134))
    ])
    let (parts, merged) = TitleRereader().splitMergedLines([block, single], in: image, median: 18)
    #expect(merged == [0])
    #expect(parts.map(\.box.minY) == [20, 60] && parts.map(\.box.maxY) == [40, 80])
    #expect(parts.allSatisfy { $0.text.isEmpty })
  }
}

extension TitleWideningTests {
  @Test func aLineUnderASealIsReadFromTheDarkInkWhenThePagesReadingWouldBeDropped() {
    // Stress 9767:24: a seal over the agency line of a two-line title. Page OCR had skipped the
    // line; its ink read `CC` from the page (agreeing, but unsure: dropped) and the agency from
    // the dark ink (agreeing less, surely).
    let rereader = TitleRereader()
    let page = ReadingVote(text: "CC", confidence: 0.40, agreement: 0.80, readingCount: 5)
    let dark = ReadingVote(text: "滨海省卫生健康委员会", confidence: 0.87, agreement: 0.57, readingCount: 7)
    #expect(!rereader.keepsUnread(page))
    #expect(rereader.takesDarkInk(dark, over: page, lineFound: false))
    // A line page OCR found keeps its own reading unless the dark ink's agree more.
    #expect(!rereader.takesDarkInk(dark, over: page, lineFound: true))
    // A seal's name read alone from its darkest pixels, agreeing at confidence 0 (9753:24), is
    // never taken; nor a dark vote that splits (two of seven readings: no plurality either,
    // `pluralitySupport`).
    let seal = ReadingVote(text: "和", confidence: 0, agreement: 1, readingCount: 7)
    #expect(!rereader.takesDarkInk(seal, over: page, lineFound: false))
    let split = ReadingVote(text: "滨海省", confidence: 0.9, agreement: 2.0 / 7, readingCount: 7)
    #expect(!rereader.takesDarkInk(split, over: page, lineFound: false))
    // A page reading that would be kept is replaced only by a dark vote agreeing more.
    let kept = ReadingVote(text: "滨海省卫生健康委员", confidence: 0.7, agreement: 0.86, readingCount: 7)
    #expect(!rereader.takesDarkInk(dark, over: kept, lineFound: false))
  }
}

extension TitleWideningTests {
  @Test func anAgreedEndingOfATitleLineIsKeptFromItsYear() {
    // Stress 9809:1: a seal over a wrapped title's first line; its readings agreed only from
    // `务局` on. The ending is kept from the year, without the cut agency.
    let rereader = TitleRereader()
    let wrapped = ReadingVote(
      text: "务局2022年政府信息公开工作年度", confidence: 0.62, agreement: 1, readingCount: 7)
    #expect(rereader.keptSuffix(wrapped, over: "")?.text == "2022年政府信息公开工作年度")
    let whole = ReadingVote(
      text: "2024年政府信息公开工作年度报告", confidence: 0.7, agreement: 1, readingCount: 7)
    #expect(rereader.keptSuffix(whole, over: "")?.text == whole.text)
    // A seal's name agreed on is no title's ending, nor is an unsure one.
    let seal = ReadingVote(text: "退役军人事务局", confidence: 0.9, agreement: 1, readingCount: 7)
    #expect(rereader.keptSuffix(seal, over: "") == nil)
    var unsure = wrapped
    unsure.confidence = 0.3
    #expect(rereader.keptSuffix(unsure, over: "") == nil)
    #expect(rereader.keptSuffix(wrapped, over: String(repeating: "字", count: 30)) == nil)
  }

  @Test func aSealedLinesDarkInkWinsByPluralityWhenNeitherVoteIsAMajority() {
    // Stress 9772:23: the dark ink read the title 3 times of 7 (`龙浏区` twice, `万淹|` once),
    // the page every time differently; 9772:76 (a line page OCR skipped): the dark ink's
    // `清河镇人民政府` 3 of 7, the page's `人和，` once, beside one `名` and five blanks.
    let rereader = TitleRereader()
    let title = "龙湖区文化和旅游局2022年政府信息公开工作年度报告"
    let dark = ReadingVote(text: title, confidence: 0.73, agreement: 3.0 / 7, readingCount: 7)
    let page = ReadingVote(
      text: "三浊区3和和局2022年政府信息公开工作年度报告", confidence: 0.61, agreement: 1.0 / 7, readingCount: 7)
    #expect(rereader.takesDarkInk(dark, over: page, lineFound: true))
    let agency = ReadingVote(text: "清河镇人民政府", confidence: 0.68, agreement: 3.0 / 7, readingCount: 7)
    let junk = ReadingVote(text: "人和，", confidence: 0.39, agreement: 0.5, readingCount: 2)
    #expect(rereader.support(junk) < rereader.support(agency))
    #expect(rereader.takesDarkInk(agency, over: junk, lineFound: false))
    #expect(rereader.keepsUnread(agency) && !rereader.keepsUnread(junk))
    // A plurality of two, or an unsure one, is not enough.
    let two = ReadingVote(text: title, confidence: 0.73, agreement: 2.0 / 7, readingCount: 7)
    #expect(!rereader.takesDarkInk(two, over: page, lineFound: true))
    let unsure = ReadingVote(text: title, confidence: 0.45, agreement: 3.0 / 7, readingCount: 7)
    #expect(!rereader.takesDarkInk(unsure, over: junk, lineFound: false))
    #expect(!rereader.keepsUnread(unsure))
  }

  @Test func aTitleLinePageOCRSkippedBetweenTwoItReadIsFound() throws {
    // Stress 9772:89: `度报告`, the wrapped end of a title, centred under its first line; page
    // OCR read the first line and the heading below but not it.
    let ink: [(x: Range<Int>, y: Range<Int>)] = (0..<3).map { index in
      (x: 120 + 24 * index..<140 + 24 * index, y: 70..<90)
    }
    let image = InkClusterTests.cell(width: 300, height: 200, ink: ink)
    let lines = [
      TextLine(words: [
        Word(text: "云溪省生态环境厅2020年政府信息公开工作年", box: Box(minX: 20, minY: 40, maxX: 280, maxY: 62))
      ]),
      TextLine(words: [Word(text: "一、总体情况", box: Box(minX: 20, minY: 120, maxX: 140, maxY: 138))]),
    ]
    let found = TitleRereader().unreadInkLines(lines, in: image, median: 18)
    let line = try #require(found.first)
    #expect(found.count == 1)
    #expect(line.box.minY == 70 && line.box.maxY == 90)
  }
}

extension TitleWideningTests {
  @Test func linesOfInkPageOCRSkippedAreFoundInTheGapsBetweenItsLines() {
    // `Samples/s18`: `二、主动公开政府信息情况` between a paragraph and table 二, which page OCR
    // skipped. A gap lower than `minimumGap` is not looked in.
    let ink: [(x: Range<Int>, y: Range<Int>)] =
      (0..<8).map { (x: 20 + 30 * $0..<40 + 30 * $0, y: 70..<88) }
      + (0..<8).map { (x: 20 + 30 * $0..<40 + 30 * $0, y: 132..<136) }
    let image = InkClusterTests.cell(width: 300, height: 200, ink: ink)
    func line(_ minY: Double, _ maxY: Double) -> TextLine {
      TextLine(words: [Word(text: "本年度", box: Box(minX: 20, minY: minY, maxX: 280, maxY: maxY))])
    }
    let read = [line(30, 50), line(120, 130), line(137, 150)]
    let finder = InkLines(inset: 0, minimumInkPixels: 9, minimumLineHeight: 2, mergeGap: 3)
    let found = finder.lines(skippedBy: read, in: image, minimumGap: 6)
    #expect(found.map(\.minY) == [70])
    #expect(found.map(\.maxY) == [88])
  }
}

extension TitleWideningTests {
  @Test func aMergedBlockThatCutsOffItsFirstLineIsStillSplit() throws {
    // Stress 9807:99 (150 dpi colour): page OCR's block over a two-line title began 9 pt below
    // the agency line's top, leaving 11 pt of it inside, less than a fragment; the line is
    // looked for beyond the box.
    let ink = Self.glyphs(8, from: 60, rows: 91..<111) + Self.glyphs(12, from: 20, rows: 123..<143)
    let image = InkClusterTests.cell(width: 320, height: 200, ink: ink)
    let block = TextLine(words: [
      Word(text: "2023年政府政信息分公开专用", box: Box(minX: 18, minY: 100, maxX: 300, maxY: 148))
    ])
    let (parts, merged) = TitleRereader().splitMergedLines([block], in: image, median: 19.7)
    #expect(merged == [0])
    #expect(parts.map(\.box.minY) == [91, 123] && parts.map(\.box.maxY) == [111, 143])
  }
}

extension TitleWideningTests {
  @Test func aBlockWhoseLinesASealJoinsIsSplitInTheDarkInk() throws {
    // Stress 9807:99: the seal's name printed between two title lines joins them into one line
    // of ink in the cleaned image; its dark ink parts them.
    let title =
      Self.glyphs(8, from: 60, rows: 100..<120) + Self.glyphs(12, from: 20, rows: 128..<148)
    let seal = (0..<6).map { index in (x: 100 + 12 * index..<108 + 12 * index, y: 118..<130) }
    let image = InkClusterTests.cell(width: 320, height: 200, ink: title + seal)
    let darkInk = InkClusterTests.cell(width: 320, height: 200, ink: title)
    let block = TextLine(words: [
      Word(text: "2023年政府政信息分公开专用", box: Box(minX: 18, minY: 99, maxX: 300, maxY: 149))
    ])
    let rereader = TitleRereader()
    #expect(rereader.splitMergedLines([block], in: image, median: 19.7).merged.isEmpty)
    let (parts, merged) = rereader.splitMergedLines(
      [block], in: image, darkInk: darkInk, median: 19.7)
    #expect(merged == [0])
    #expect(parts.map(\.box.minY) == [100, 128] && parts.map(\.box.maxY) == [120, 148])
  }
}
