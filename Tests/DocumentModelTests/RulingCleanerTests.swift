import DocumentModel
import Testing

private func horizontal(_ y: Double, _ x0: Double, _ x1: Double) -> Ruling {
  Ruling(axis: .horizontal, position: y, start: x0, end: x1)
}

private func vertical(_ x: Double, _ y0: Double, _ y1: Double) -> Ruling {
  Ruling(axis: .vertical, position: x, start: y0, end: y1)
}

@Test func brokenAndOffsetSegmentsJoinIntoOneRuling() throws {
  let cleaned = RulingCleaner().cleaned([
    horizontal(100, 0, 50),
    horizontal(101, 52, 120),  // 2 pt gap, 1 pt lower
    horizontal(100, 110, 200),  // overlaps the previous
  ])
  let ruling = try #require(cleaned.first)
  #expect(cleaned.count == 1)
  #expect(ruling.start == 0 && ruling.end == 200)
  #expect(abs(ruling.position - 100.3) < 0.1)
}

@Test func distantParallelsWideGapsAndShortStrokesStaySeparateOrGo() {
  let cleaned = RulingCleaner().cleaned([
    horizontal(100, 0, 50),
    horizontal(100, 60, 120),  // 10 pt gap: a missing border, kept apart
    horizontal(110, 0, 200),  // another row edge
    vertical(30, 0, 5),  // a glyph stroke
    vertical(30, 0, 100),
  ])
  #expect(cleaned.filter { $0.axis == .horizontal }.map(\.start) == [0, 60, 0])
  #expect(cleaned.filter { $0.axis == .vertical }.count == 1)
}

@Test func cellBordersDrawnPieceByPieceJoinIntoOneRuling() {
  // Word draws each cell's border on its own: 20 pt pieces, each too short to stand alone.
  let pieces = (0..<5).map { horizontal(100, 50 + Double($0) * 20, 70 + Double($0) * 20) }
  #expect(RulingCleaner().cleaned(pieces) == [horizontal(100, 50, 150)])
}

@Test func shortLineIsKeptOnlyBetweenTwoLongOnes() {
  let frame = [horizontal(100, 50, 250), horizontal(115, 50, 250)]
  let cleaned = RulingCleaner().cleaned(frame + [vertical(100, 100, 115), vertical(300, 200, 215)])
  #expect(cleaned.filter { $0.axis == .vertical } == [vertical(100, 100, 115)])
}

@Test func strokesAreJudgedOneByOneNeverJoinedFirst() {
  // Two aligned 15 pt glyph strokes 1 pt apart: as segments they would join into a 31 pt ruling.
  let strokes = [horizontal(300, 100, 115), horizontal(300, 116, 131)]
  #expect(RulingCleaner().cleaned([], strokes: strokes).isEmpty)
  #expect(RulingCleaner().cleaned(strokes).count == 1)
}

@Test func shortPieceAlongALongParallelIsNotASecondBorder() {
  let frame = [vertical(50, 90, 130), vertical(70, 90, 130), horizontal(100, 40, 200)]
  // 2.2 pt below the long ruling: beyond the snap tolerance, but part of the same border.
  let cleaned = RulingCleaner().cleaned(frame, strokes: [horizontal(102.2, 50, 70)])
  #expect(cleaned.filter { $0.axis == .horizontal } == [horizontal(100, 40, 200)])
}

@Test func segmentsOfTwoBinarizationsAreCleanedOnce() {
  // A scan's two binarizations each found the border, 1 pt apart, broken differently; a short
  // stray piece of the second meets nothing and goes.
  let first = [horizontal(100, 50, 150), horizontal(100, 160, 250)]
  let second = [horizontal(101, 48, 155), horizontal(101, 150, 252)]
  let cleaned = RulingCleaner().cleaned(first + second, strokes: [horizontal(300, 50, 60)])
  #expect(cleaned.filter { $0.axis == .horizontal }.count == 1)
  #expect(cleaned.contains { $0.axis == .horizontal && $0.start == 48 && $0.end == 252 })
}

@Test func aShadedBandGivesItsTwoBordersNotOneLineThroughItsMiddle() {
  // A 20 pt shaded row binarized into stacked full-width strips 1.5 pt apart (stress 9502:8).
  let strips = stride(from: 120.0, through: 140.0, by: 1.5).map { horizontal($0, 70, 525) }
  let cleaned = RulingCleaner().cleaned(strips + [horizontal(140, 70, 525)])
  // Each edge is the mean of the strips within snapTolerance of it: within a strip's spacing.
  #expect(cleaned.count == 2)
  #expect(zip(cleaned.map(\.position), [120.0, 140.0]).allSatisfy { abs($0 - $1) <= 1.5 })
  #expect(cleaned.allSatisfy { $0.start == 70 && $0.end == 525 })
}

@Test func aSkewedLineBrokenIntoPiecesStaysOneRuling() {
  // 0.6° of residual skew over 450 pt: pieces drift 4.7 pt end to end but follow one another.
  let pieces = (0..<9).map { index in
    horizontal(100 + Double(index) * 0.52, 70 + Double(index) * 50, 120 + Double(index) * 50)
  }
  let cleaned = RulingCleaner().cleaned(pieces)
  #expect(cleaned.count == 1)
  #expect(cleaned.first?.start == 70 && cleaned.first?.end == 520)
}

@Test func aBorderBrokenBelowACrossingKeepsItsShortPiece() {
  // A long border piece down to 128, then a 1.4 pt break, then 11.6 pt reaching the bottom
  // border at 141 but not the row border at 126.5 it was broken under.
  let frame = [horizontal(84, 50, 250), horizontal(126.5, 50, 250), horizontal(141, 50, 250)]
  let long = vertical(136, 84, 128)
  let piece = vertical(136, 129.4, 141)
  let cleaned = RulingCleaner().cleaned(frame + [long], strokes: [piece])
  #expect(cleaned.filter { $0.axis == .vertical } == [vertical(136, 84, 141)])
  // The same piece under no long ruling, or past a wider break, is a glyph stroke.
  let alone = RulingCleaner().cleaned(frame, strokes: [piece])
  #expect(alone.filter { $0.axis == .vertical }.isEmpty)
  let farther = RulingCleaner().cleaned(frame + [vertical(136, 84, 125)], strokes: [piece])
  #expect(farther.filter { $0.axis == .vertical } == [vertical(136, 84, 125)])
}

@Test func theNoiseOfAShadedRowTakesNoColumnBorderWithIt() {
  // Stress scan 9763:109: a shaded 第二十条 row (290–327) binarized into side-by-side vertical
  // pieces as tall as the row, 1.5 pt apart across the table, between its frame (77–80, drawn
  // double) and 458; above it, the column borders at 223 and 302 of the rows 181–291.
  let noise = stride(from: 85.0, through: 454.0, by: 1.5).map { vertical($0, 290, 327) }
  let borders = [vertical(223, 181, 291), vertical(302, 181, 291), vertical(302.2, 170, 328)]
  let frame = [vertical(77, 145, 618), vertical(80, 145, 618), vertical(458, 145, 618)]
  let rows = [181.0, 218, 255, 291, 327].map { horizontal($0, 76, 459) }
  let cleaned = RulingCleaner().cleaned(noise + borders + frame + rows)
  let verticals = cleaned.filter { $0.axis == .vertical }
  // Both column borders stay, each one ruling; no noise piece is kept beside the frame.
  #expect(verticals.filter { abs($0.position - 223) < 1 }.map(\.start) == [181])
  #expect(verticals.filter { abs($0.position - 302) < 1 }.map(\.start) == [170])
  #expect(!verticals.contains { $0.position > 82 && $0.position < 90 })
  #expect(!verticals.contains { $0.position > 450 && $0.position < 456 })
}

@Test func aColumnBorderOfATableCutByAPageBreakIsKept() {
  // Stress scan 9811:77, page 3: table 三 goes on with no top border; its label column's
  // border runs 21 pt from the cut at 62 to the row border at 83, level with the columns
  // beside it, which start at the cut too.
  let frame = [vertical(57, 62, 104), vertical(193, 62, 104)]
  let rows = [horizontal(83, 57, 193), horizontal(104, 57, 193)]
  let cut = vertical(133, 62, 83)
  let cleaned = RulingCleaner().cleaned(frame + rows, strokes: [cut])
  #expect(cleaned.filter { $0.axis == .vertical }.map(\.position) == [57, 133, 193])
  // A stroke from the row border up to where no column starts is a glyph's.
  let stroke = vertical(133, 70, 83)
  let without = RulingCleaner().cleaned(frame + rows, strokes: [stroke])
  #expect(without.filter { $0.axis == .vertical }.map(\.position) == [57, 193])
  // Columns that start at a row border (62 here) leave no open edge there (9811:1).
  let ruled = RulingCleaner().cleaned(
    frame + rows + [horizontal(62, 57, 193)],
    strokes: [
      vertical(133, 64, 83)
    ])
  #expect(ruled.filter { $0.axis == .vertical }.map(\.position) == [57, 193])
}
