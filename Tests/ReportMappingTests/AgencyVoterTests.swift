import DocumentModel
import Testing

@testable import ReportMapping

@Test func aMisreadPlaceNameIsOutvotedByTheProse() {
  let lines = ["2024年，包屯镇坚决贯彻执行条例", "我镇发布信息", "规范化建设了包屯镇政府信息公开专栏"]
  #expect(AgencyVoter().corrected("包十镇人民政府", lines: lines) == "包屯镇人民政府")
}

@Test func oneOtherReadingOrAnotherBodyTypeChangesNothing() {
  // A single occurrence is not enough, and 扶沟县 differs in its body type (县 vs 镇).
  #expect(AgencyVoter().corrected("包十镇人民政府", lines: ["包屯镇坚决贯彻", "扶沟县人民政府"]) == "包十镇人民政府")
  // The title's own reading printed as often wins.
  let tied = ["包屯镇一", "包屯镇二", "包十镇三", "包十镇四"]
  #expect(AgencyVoter().corrected("包十镇人民政府", lines: tied) == "包十镇人民政府")
}

private func prose(_ texts: [String], firstBox: Box? = nil) -> [ProseLine] {
  texts.enumerated().map { index, text in
    ProseLine(
      page: 1,
      box: index == 0
        ? (firstBox ?? Box(minX: 90, minY: 100, maxX: 500, maxY: 125))
        : Box(minX: 90, minY: 150 + 20 * Double(index), maxX: 500, maxY: 168 + 20 * Double(index)),
      text: text, startsParagraph: false, isOCR: true)
  }
}

private func ocrTitle(_ agency: String, confidence: Double) -> TitleReader.Title {
  TitleReader.Title(
    title: agency + "2024年政府信息公开工作年度报告", agency: agency, year: 2024, confidence: confidence,
    lineBoxes: [Box(minX: 90, minY: 100, maxX: 500, maxY: 125)])
}

@Test func aConfidentTitleIsKeptWhateverTheProseSays() throws {
  let lines = prose(["包十镇人民政府2024年政府信息公开工作年度报告", "包屯镇坚决贯彻", "包屯镇政府信息公开专栏"])
  let verdict = try #require(
    AgencyVoter().verdict(for: ocrTitle("包十镇人民政府", confidence: 0.9), prose: lines))
  #expect(verdict.agency == "包十镇人民政府")
  #expect(!verdict.corrected && !verdict.uncertain)
}

@Test func aDoubtfulTitleIsCorrectedConfirmedOrReportedUncertain() throws {
  let voter = AgencyVoter()
  // Corrected: the prose prints another reading twice, the title's own line does not count.
  let outvoted = prose(["包十镇人民政府2024年政府信息公开工作年度报告", "包屯镇坚决贯彻", "包屯镇政府信息公开专栏"])
  let corrected = try #require(
    voter.verdict(for: ocrTitle("包十镇人民政府", confidence: 0.5), prose: outvoted))
  #expect(corrected.agency == "包屯镇人民政府" && corrected.corrected && !corrected.uncertain)
  // Confirmed: the signature repeats the name exactly.
  let signed = prose(["长宁县人民政府2024年政府信息公开工作年度报告", "我县坚持", "长宁县人民政府"])
  let confirmed = try #require(
    voter.verdict(for: ocrTitle("长宁县人民政府", confidence: 0.6), prose: signed))
  #expect(confirmed.agency == "长宁县人民政府" && confirmed.confirmations == 1 && !confirmed.uncertain)
  // Uncertain: printed nowhere else (the title line itself is not a confirmation).
  let alone = prose(["长宁县人民政府2024年政府信息公开工作年度报告", "我县坚持"])
  let uncertain = try #require(
    voter.verdict(for: ocrTitle("长宁县人民政府", confidence: 0.6), prose: alone))
  #expect(uncertain.agency == "长宁县人民政府" && uncertain.uncertain && !uncertain.corrected)
}
