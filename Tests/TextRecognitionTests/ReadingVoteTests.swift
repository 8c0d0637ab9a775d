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

  @Test func readingsThatDifferAtTheirStartVoteOnTheEndingAMajorityAgreesOn() throws {
    // Stress 9772:96: a seal over a title's agency; from the right the year has 5 of 7 readings but
    // its third digit 4 of 7, the `厅` before it 3 of 7.
    let texts = [
      "着重三oz4年政府信息公开工作年度报告", "地20p4年政府信息公开工作年度报告", "项2地20p4年政府信息公开工作年度报告",
      "区人条2024年政府信息公开工作年度报告", "间和名语汪家厅2024年政府信息公开工作年度报告",
      "甫ES厅>024年政府信息公开工作年度报告", "再和党案ss天厅2o24年政府信息公开工作年度报告",
    ]
    let readings =
      texts.map { TextReading(text: $0, confidence: 0.6) } + [TextReading(text: "", confidence: 0)]
    let suffix = try #require(ReadingVote.suffix(of: readings))
    #expect(suffix.text == "2024年政府信息公开工作年度报告")
    #expect(abs(suffix.agreement - 4.0 / 7.0) < 1e-9)
    #expect(suffix.readingCount == 7)
    #expect(
      ReadingVote.suffix(of: [
        TextReading(text: "甲", confidence: 1), TextReading(text: "乙", confidence: 1),
      ]) == nil)
  }
}
