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
  /// The title ends with the line where the text read so far contains this.
  static let titleEnd = "报告"

  /// The page with its title lines re-read from `image`, its cleaned image.
  func reread(_ page: ReadPage, image: PageImage, tableCells: [Box], session: OCRSession)
    -> ReadPage
  {
    let lines = page.layout.lines
    let heights = lines.map(\.box.height).sorted()
    guard !heights.isEmpty else { return page }
    let median = heights[heights.count / 2]
    let top = lines.indices
      .filter { index in
        !tableCells.contains { $0.contains(x: lines[index].box.midX, y: lines[index].box.midY) }
      }
      .sorted { lines[$0].box.minY < lines[$1].box.minY }
      .prefix(lineLimit)
    var replaced: [Int: TextLine] = [:]
    var removed = Set<Int>()
    var title = ""
    for group in groups(Array(top), lines: lines, median: median) {
      guard let box = Box.union(of: group.map { lines[$0].box }) else { continue }
      let old = group.flatMap { lines[$0].words }
      let oldConfidence = old.map(\.confidence).reduce(0, +) / Double(max(1, old.count))
      let readings = targetHeights.compactMap { height in
        session.line(in: image, box: box.expanded(by: margin), height: height)
      }
      if let vote = ReadingVote.of(readings),
        vote.agreement > 0.5 || vote.confidence > oldConfidence
      {
        var word = Word(
          text: vote.text, box: box, origin: .ocr, confidence: min(vote.confidence, vote.agreement))
        word.fontSize = old.compactMap(\.fontSize).max()
        replaced[group[0]] = TextLine(words: [word])
        removed.formUnion(group.dropFirst())
        title += vote.text
      } else {
        title += group.map { lines[$0].text.filter { !$0.isWhitespace } }.joined()
      }
      if title.contains(Self.titleEnd) { break }
    }
    var result = page
    result.layout.lines = lines.indices.compactMap { index in
      removed.contains(index) ? nil : (replaced[index] ?? lines[index])
    }
    return result
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
