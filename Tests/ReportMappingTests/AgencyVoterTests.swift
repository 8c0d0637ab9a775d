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
