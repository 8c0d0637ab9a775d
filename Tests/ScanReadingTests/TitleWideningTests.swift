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
  @Test func aTitleLinePageOCRSkippedIsFoundAboveTheFirstLine() throws {
    // Page OCR skipped the title under a seal's remnants (stress 9715:29): a dense band of ink
    // above the first line it read is a candidate title line; the seal's sparse dots are not.
    var ink: [(x: Range<Int>, y: Range<Int>)] = (0..<10).map { index in
      (x: 20 + 24 * index..<40 + 24 * index, y: 40..<60)
    }
    ink += (0..<6).map { index in (x: 30 + 40 * index..<32 + 40 * index, y: 20..<22) }
    let image = InkClusterTests.cell(width: 300, height: 140, ink: ink)
    let first = TextLine(words: [
      Word(text: "一、总体情况", box: Box(minX: 20, minY: 100, maxX: 140, maxY: 118))
    ])
    let found = TitleRereader().inkLinesAbove([first], in: image, median: 18)
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
    // never taken; nor a dark vote that splits.
    let seal = ReadingVote(text: "和", confidence: 0, agreement: 1, readingCount: 7)
    #expect(!rereader.takesDarkInk(seal, over: page, lineFound: false))
    let split = ReadingVote(text: "滨海省", confidence: 0.9, agreement: 0.43, readingCount: 7)
    #expect(!rereader.takesDarkInk(split, over: page, lineFound: false))
    // A page reading that would be kept is replaced only by a dark vote agreeing more.
    let kept = ReadingVote(text: "滨海省卫生健康委员", confidence: 0.7, agreement: 0.86, readingCount: 7)
    #expect(!rereader.takesDarkInk(dark, over: kept, lineFound: false))
  }
}
