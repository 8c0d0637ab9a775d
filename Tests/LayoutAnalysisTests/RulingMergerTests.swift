import DocumentModel
import LayoutAnalysis
import Testing

@Test func brokenAndOffsetSegmentsJoinIntoOneRuling() throws {
  let merged = RulingMerger().merged([
    GlyphFixtures.horizontal(100, 0, 50),
    GlyphFixtures.horizontal(101, 52, 120),  // 2 pt gap, 1 pt lower
    GlyphFixtures.horizontal(100, 110, 200),  // overlaps the previous
  ])
  let ruling = try #require(merged.first)
  #expect(merged.count == 1)
  #expect(ruling.start == 0 && ruling.end == 200)
  #expect(abs(ruling.position - 100.3) < 0.1)
}

@Test func distantParallelsWideGapsAndShortStrokesStaySeparateOrGo() {
  let merged = RulingMerger().merged([
    GlyphFixtures.horizontal(100, 0, 50),
    GlyphFixtures.horizontal(100, 60, 120),  // 10 pt gap: a missing border, kept apart
    GlyphFixtures.horizontal(110, 0, 200),  // another row edge
    GlyphFixtures.vertical(30, 0, 5),  // a glyph stroke
    GlyphFixtures.vertical(30, 0, 100),
  ])
  #expect(merged.filter { $0.axis == .horizontal }.map(\.start) == [0, 60, 0])
  #expect(merged.filter { $0.axis == .vertical }.count == 1)
}
