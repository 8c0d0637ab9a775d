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

@Test func aMarginLineWithOneMisreadCharacterIsStillAPageNumber() {
  func line(_ text: String, y: Double) -> TextLine {
    TextLine(words: [Word(text: text, box: Box(minX: 280, minY: y, maxX: 320, maxY: y + 10))])
  }
  for text in ["第4贞", "筣4页", "-12-", "第 3 页"] {
    #expect(PageFurniture.isMarginPageNumber(line(text, y: 800), pageHeight: 842, band: 0.08))
    #expect(PageFurniture.isMarginPageNumber(line(text, y: 20), pageHeight: 842, band: 0.08))
  }
  // Out of the margin, or more than one other character, or no digit, or too many digits.
  #expect(!PageFurniture.isMarginPageNumber(line("第4贞", y: 700), pageHeight: 842, band: 0.08))
  for text in ["合计12万", "此页无正文", "2023年", "2月20日"] {
    #expect(
      !PageFurniture.isMarginPageNumber(line(text, y: 800), pageHeight: 842, band: 0.08),
      "\(text)")
  }
}
