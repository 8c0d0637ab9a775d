import DocumentModel
import Testing

/// `DashChain`: the dashes of a dashed border become one ruling; thin strokes that are not in
/// line, too few or too far apart stay apart.
@Suite struct DashChainTests {
  static let settings = DashChain.Settings(
    maximumGap: 12, positionTolerance: 1, minimumCount: 6, minimumLength: 25,
    minimumWholeShare: 0.5, minimumRegularShare: 0.5, lengthSpread: 1.5)

  /// Horizontal dashes `length` long every `pitch` points from x = 50, at y = `y` (+ `drift`
  /// per dash).
  static func dashes(
    count: Int, length: Double, pitch: Double, y: Double = 100, drift: Double = 0,
    whole: Bool = true
  ) -> [DashChain.Dash] {
    (0..<count).map { index in
      let start = 50 + Double(index) * pitch
      return DashChain.Dash(
        line: Ruling(
          axis: .horizontal, position: y + Double(index) * drift, start: start,
          end: start + length),
        isWhole: whole)
    }
  }

  @Test func dashesInLineMakeOneRuling() throws {
    // Stress 9709:24: 8.4 pt dashes with 7.4 pt gaps, slightly skewed.
    let rulings = DashChain.rulings(
      from: Self.dashes(count: 20, length: 8.4, pitch: 15.8, drift: 0.05).shuffled(),
      settings: Self.settings)
    let ruling = try #require(rulings.first)
    #expect(rulings.count == 1)
    #expect(ruling.start == 50)
    #expect(abs(ruling.end - (50 + 19 * 15.8 + 8.4)) < 1e-9)
    #expect(abs(ruling.position - 100.475) < 1e-9)
  }

  @Test func aDashLostWhereBordersCrossIsBridged() throws {
    // Stress 9741:28: 3.6 pt dashes 4.5 pt apart; at a crossing one dash is lost and the gap is
    // 12.6 pt, wider than `maximumGap`, but one lost dash of this chain's own pitch.
    var dashes = Self.dashes(count: 16, length: 3.6, pitch: 8.1)
    dashes.remove(at: 8)
    let rulings = DashChain.rulings(from: dashes, settings: Self.settings)
    #expect(rulings.count == 1)
    #expect(abs(try #require(rulings.first).end - (50 + 15 * 8.1 + 3.6)) < 1e-9)
    // Two lost dashes leave a gap no chain of this pitch reaches: two rulings.
    var twice = Self.dashes(count: 16, length: 3.6, pitch: 8.1)
    twice.removeSubrange(7...8)
    #expect(DashChain.rulings(from: twice, settings: Self.settings).count == 2)
  }

  @Test func strokesOfUnevenLengthInLineAreNoRuling() {
    // The strokes of a text line that happen to lie in line, as long as they come.
    let lengths = [5.0, 2.2, 1.2, 6.5, 1.6, 9.0]
    let strokes = lengths.enumerated().map { index, length in
      DashChain.Dash(
        line: Ruling(
          axis: .horizontal, position: 100, start: 50 + 8 * Double(index),
          end: 50 + 8 * Double(index) + length),
        isWhole: true)
    }
    #expect(DashChain.rulings(from: strokes, settings: Self.settings).isEmpty)
    // The same positions with one length: a border.
    let even = strokes.map { stroke in
      var dash = stroke
      dash.line.end = dash.line.start + 3.6
      return dash
    }
    #expect(DashChain.rulings(from: even, settings: Self.settings).count == 1)
  }

  @Test func twoLinesTheirOwnRulings() {
    let rulings = DashChain.rulings(
      from: Self.dashes(count: 6, length: 8, pitch: 15)
        + Self.dashes(count: 6, length: 8, pitch: 15, y: 112),
      settings: Self.settings)
    #expect(rulings.map(\.position).sorted() == [100, 112])
  }

  @Test func strokesTooFarApartOrTooFewAreNoRuling() {
    // Gaps of 20 pt: a column of digits, not a border.
    #expect(
      DashChain.rulings(from: Self.dashes(count: 8, length: 6, pitch: 26), settings: Self.settings)
        .isEmpty)
    #expect(
      DashChain.rulings(from: Self.dashes(count: 3, length: 10, pitch: 14), settings: Self.settings)
        .isEmpty)
    // Strokes cut out of glyphs (a title's aligned horizontal strokes) are not dashes.
    #expect(
      DashChain.rulings(
        from: Self.dashes(count: 8, length: 8, pitch: 15, whole: false), settings: Self.settings
      ).isEmpty)
    // Strokes whose positions wander by 2 pt each are not one line.
    #expect(
      DashChain.rulings(
        from: Self.dashes(count: 8, length: 8, pitch: 15, drift: 2), settings: Self.settings
      ).isEmpty)
  }
}
