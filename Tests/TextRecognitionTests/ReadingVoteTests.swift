import Testing

@testable import TextRecognition

@Suite struct ReadingVoteTests {
  @Test func theMajorityCharacterWinsAndTheAgreementCountsTheWeakestPosition() throws {
    let readings = [
      TextReading(text: "包屯镇人民政府", confidence: 0.9), TextReading(text: "包地镇人民政府", confidence: 0.95),
      TextReading(text: "包屯镇 人民政府", confidence: 0.8),
      TextReading(text: "包十镇人民政府", confidence: 0.99),
      TextReading(text: "包屯镇人民政府", confidence: 0.7),
    ]
    let vote = try #require(ReadingVote.of(readings))
    #expect(vote.text == "包屯镇人民政府")
    #expect(vote.readingCount == 5)
    #expect(abs(vote.agreement - 0.6) < 1e-9)
    #expect(abs(vote.confidence - 0.868) < 1e-9)
  }

  @Test func readingsOfAnotherLengthCountAgainstTheVote() throws {
    // 长于有具 splits one glyph into two: it cannot vote per character, but it is a reading
    // that did not agree.
    let readings = [
      TextReading(text: "长宁县", confidence: 0.9), TextReading(text: "长宁县", confidence: 0.9),
      TextReading(text: "长于有具", confidence: 0.9), TextReading(text: "", confidence: 0),
    ]
    let vote = try #require(ReadingVote.of(readings))
    #expect(vote.text == "长宁县")
    #expect(abs(vote.agreement - 2.0 / 3.0) < 1e-9)
  }

  @Test func tiesGoToTheSurerReadingsAndNothingReadGivesNil() throws {
    let tied = [
      TextReading(text: "北川市", confidence: 0.9), TextReading(text: "北用市", confidence: 0.6),
    ]
    #expect(ReadingVote.of(tied)?.text == "北川市")
    #expect(ReadingVote.of(tied.reversed())?.text == "北川市")
    #expect(ReadingVote.of([TextReading(text: " ", confidence: 1)]) == nil)
    #expect(ReadingVote.of([]) == nil)
  }
}
