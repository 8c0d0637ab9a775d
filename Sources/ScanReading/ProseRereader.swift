import DocumentModel
import TextRecognition

/// Re-reads the title and the section headings of OCR'd pages one line at a time (stage 4).
///
/// Page OCR misreads characters of the large title font and clips the last character of
/// headings (`滨海市` → `演海市`, `…行政诉讼情况` → `…行政诉讼情`); the agency name is read from the
/// title, so a wrong character there is a wrong field. The title lines are re-read at several
/// scales and voted on (`TitleRereader`); a heading is cropped alone and read with `.singleLine`
/// (c-libraries.md §3: it fixes headings page segmentation splits), which replaces the page
/// reading when Tesseract is surer of it.
package struct ProseRereader {
  /// How many lines from the top of page 1 may hold the title.
  var titleLines = 5
  /// Headings longer than this, in characters, are body text.
  var headingMaximumLength = 40
  /// Margin added around a line's word boxes before the crop, in points: page OCR boxes are
  /// tight and a clipped stroke turns a character into another.
  var margin = 3.0
  /// A heading line page OCR skipped (`skippedHeadings`) is kept when its voted readings are
  /// at least this sure.
  ///
  /// The skipped headings of `Samples/s16` and `s18` voted 0.89 and above; the one other line
  /// found so on the scanned samples, a seal's remains over s24's title, read `/5人AN` at 0.66
  /// (and is no numbered heading either).
  var skippedHeadingConfidence = 0.6
  /// A run of ink page OCR skipped taller than this many median glyph heights is no one line.
  ///
  /// The skipped `二、…` of s18 is a band of 12 pt over a median glyph of 14.9 pt; a seal over
  /// `四、…` on page 3 joined that heading to its ring in a band of 34 pt over 13.7 (2.5).
  var skippedLineHeightShare = 2.0
  /// The numerals a heading starts with.
  private static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

  package init() {}

  /// Re-reads the page's heading lines from `image`, and its title lines too when it is the
  /// document's first page.
  ///
  /// - Parameters:
  ///   - page: An OCR'd page.
  ///   - image: The page's cleaned image.
  ///   - darkInk: The page's dark ink alone (`ReadPage.darkInk`), for the title under a seal.
  ///   - tableCells: The boxes of the page's table cells, whose lines are no headings.
  ///   - isFirstPage: Whether the title may be on this page.
  ///   - session: The engines to read with.
  /// - Returns: The page with each line Tesseract read more surely replaced.
  package func reread(
    _ page: ReadPage, image: PageImage, darkInk: PageImage? = nil, tableCells: [Box],
    isFirstPage: Bool, session: OCRSession
  ) -> ReadPage {
    var page = page
    if isFirstPage {
      page = TitleRereader(lineLimit: titleLines).reread(
        page, image: image, darkInk: darkInk, tableCells: tableCells, session: session)
    }
    page.layout.lines += skippedHeadings(
      page, image: image, tableCells: tableCells, session: session)
    for index in page.layout.lines.indices {
      let line = page.layout.lines[index]
      guard isHeading(line),
        !tableCells.contains(where: { $0.contains(x: line.box.midX, y: line.box.midY) })
      else { continue }
      if let better = reread(line, in: image, session: session) {
        page.layout.lines[index] = better
      }
    }
    return page
  }

  /// The first lines of the first page with their boxes and confidences, for `DebugDump`.
  static func topLines(_ pages: [ReadPage]) -> String {
    guard let page = pages.min(by: { $0.layout.pageNumber < $1.layout.pageNumber }) else {
      return ""
    }
    return page.layout.lines.sorted { $0.box.minY < $1.box.minY }.prefix(8).map { line in
      let b = line.box
      let confidence = line.words.map(\.confidence).min() ?? 0
      return
        "[\(Int(b.minX)) \(Int(b.minY)) \(Int(b.maxX)) \(Int(b.maxY))] \(confidence) \(line.text)"
    }.joined(separator: "\n")
  }

  /// The heading lines page OCR skipped, each read alone: the lines of ink between the lines
  /// it read (`InkLines.lines(skippedBy:in:minimumGap:)`), outside the tables' cells, read at
  /// the title's heights (`TitleRereader.targetHeights`) and voted on, that read as a numbered
  /// heading (`isSkippedHeading`) surely enough (`skippedHeadingConfidence`).
  ///
  /// Page OCR left out `二、主动公开政府信息情况`, a clean line between a paragraph and table 二
  /// (`Samples/s18`, 240 dpi gray; `Samples/s16`, 100 dpi), and the section was lost. Read once
  /// unscaled, the line of s18 came back empty; at the title's seven heights it is voted.
  func skippedHeadings(
    _ page: ReadPage, image: PageImage, tableCells: [Box], session: OCRSession
  ) -> [TextLine] {
    // The glyphs' height, not the lines': page OCR's boxes of `，` and `。` reach above and
    // below the line's glyphs (27 pt lines of 15 pt glyphs, stress 9772:67).
    let heights = page.layout.words.filter { $0.text.unicodeScalars.contains(where: \.isHan) }
      .map(\.box.height).sorted()
    guard !heights.isEmpty else { return [] }
    let median = heights[heights.count / 2]
    let title = TitleRereader(lineLimit: titleLines)
    let bands = title.inkLineFinder(in: image, median: median).lines(
      skippedBy: page.layout.lines.sorted { $0.box.minY < $1.box.minY }, in: image,
      minimumGap: median * title.fragmentShare)
    /// The band read as a heading, or nil.
    func heading(_ band: Box) -> TextLine? {
      let columns = image.inkedColumnRuns(in: PixelRect(covering: band, in: image))
      guard band.height <= skippedLineHeightShare * median, let first = columns.first,
        let last = columns.last
      else { return nil }
      var ink = band
      ink.minX = Double(first.lowerBound) * image.pointsPerPixel
      ink.maxX = Double(last.upperBound) * image.pointsPerPixel
      guard
        !tableCells.contains(where: {
          $0.minY < ink.midY && ink.midY < $0.maxY && $0.minX < ink.maxX && ink.minX < $0.maxX
        }),
        let vote = ReadingVote.of(
          title.targetHeights.compactMap {
            session.line(in: image, box: ink.expanded(by: margin), height: $0)
          }),
        vote.agreement > 0.5, vote.confidence >= skippedHeadingConfidence,
        isSkippedHeading(vote.text)
      else { return nil }
      return TextLine(words: [
        Word(
          text: vote.text, box: ink, origin: .ocr, confidence: min(vote.confidence, vote.agreement))
      ])
    }
    return bands.compactMap(heading)
  }

  /// Whether a line page OCR skipped may be a heading: a numeral first and Chinese after it
  /// (its `、` may be lost: `二 主动公开政府信息情况`, `Samples/s16`), no longer than a heading.
  private func isSkippedHeading(_ text: String) -> Bool {
    let text = text.filter { !$0.isWhitespace }
    guard text.count <= headingMaximumLength, let first = text.first, Self.numerals.contains(first)
    else { return false }
    // The shortest section title, `总体情况`, is four characters.
    return text.unicodeScalars.filter(\.isHan).count >= 4
  }

  private func isHeading(_ line: TextLine) -> Bool {
    let text = line.text.filter { !$0.isWhitespace }
    guard text.count <= headingMaximumLength, let first = text.first, Self.numerals.contains(first)
    else { return false }
    return text.prefix(3).contains { "、，,.．".contains($0) }
  }

  private func reread(_ line: TextLine, in image: PageImage, session: OCRSession) -> TextLine? {
    guard let reading = session.line(in: image, box: line.box.expanded(by: margin)),
      !reading.text.isEmpty
    else { return nil }
    let old = line.words.map(\.confidence).reduce(0, +) / Double(max(1, line.words.count))
    guard reading.confidence > old else { return nil }
    var word = Word(text: reading.text, box: line.box, origin: .ocr, confidence: reading.confidence)
    word.fontSize = line.words.compactMap(\.fontSize).max()
    return TextLine(words: [word])
  }
}
