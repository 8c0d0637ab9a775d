import DocumentModel
import Testing

@Test func pageNumbersAreFurnitureButHeadingsAndValuesAreNot() {
  for text in ["-3-", "— 1 —", "第 3 页 共 5 页", "2/5", "12", "（7）"] {
    #expect(PageFurniture.isPageNumber(text), "\(text)")
  }
  for text in ["注：行政复议数量含上年度结转数量。", "四、结转", "2023", "", "—"] {
    #expect(!PageFurniture.isPageNumber(text), "\(text)")
  }
  for text in ["—2—", "- 12 -", "第2页", "（7）"] {
    #expect(PageFurniture.isMarkedPageNumber(text), "\(text)")
  }
  for text in ["-8", "2", "+3", "2/5", "12."] {
    #expect(!PageFurniture.isMarkedPageNumber(text), "\(text)")
  }
}
