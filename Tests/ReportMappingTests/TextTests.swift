import DocumentModel
import ReportSchema
import Testing

@testable import ReportMapping

@Test(arguments: [
  ("洪泽区人民政府2023年政府信息公开工作年度报告", "洪泽区人民政府", 2023),
  ("包屯镇人民政府 2024 年政府信息公开工作年度报告", "包屯镇人民政府", 2024),
  ("2023年度淮安市财政局政府信息公开工作年度报告", "淮安市财政局", 2023),
  ("某某县交通运输局２０２２年度政府信息公开工作年度报告", "某某县交通运输局", 2022),
  // OCR's marks in front of a title (stress 9774:71) are no part of the agency.
  ("。_河口镇人民政府2025年政府信息公开工作年度报告", "河口镇人民政府", 2025),
  ("|、2023年度淮安市财政局政府信息公开工作年度报告", "淮安市财政局", 2023),
])
func titleVariantsParse(text: String, agency: String, year: Int) throws {
  let title = try #require(TitleReader.parse(text))
  #expect(title.agency == agency)
  #expect(title.year == year)
  #expect(!title.title.contains(" "))
  #expect(title.title.hasPrefix(agency) || title.title.hasPrefix(String(year)))
}

@Test func titleSplitOverTwoLinesIsJoined() throws {
  let layout = GridFixture.layout(
    page: 1,
    lines: [
      ("洪泽区人民政府", 200, 60), ("2023 年政府信息公开工作年度报告", 150, 80), ("本报告由淮安市洪泽区人民政府办公室编制。", 60, 120),
    ],
    fontSize: nil)
  let title = try #require(TitleReader.title(in: [layout], lineLimit: 8, pageLimit: 3))
  #expect(title.title == "洪泽区人民政府2023年政府信息公开工作年度报告")
  #expect(title.agency == "洪泽区人民政府")
  #expect(title.year == 2023)
}

@Test func junkLinesOfASealAboveTheTitleAreNotJoinedToIt() throws {
  // A seal over the title's left end reads as junk lines above it (stress 9741:49).
  let layout = GridFixture.layout(
    page: 1,
    lines: [
      ("11四《7站SS\\:EN AR、", 97, 69), ("人/oo S", 94, 81), ("金水区林业局2022年政府信息公开工作年度报告", 93, 96),
    ],
    fontSize: nil)
  let title = try #require(
    TitleReader.title(in: [GridFixture.ocr(layout)], lineLimit: 8, pageLimit: 3))
  #expect(title.agency == "金水区林业局")
  #expect(TitleReader.isTitleLike("洪泽区人民政府") && TitleReader.isTitleLike("2023年政府信息公开工作年度报告"))
  #expect(!TitleReader.isTitleLike("人/ooS"))
}

@Test func anAgencyLineSetSmallerThanTheTitleUnderItIsJoinedToIt() throws {
  // Stress 9772:67: the agency line 15 pt tall, 8 pt above a 19 pt title line, on a page whose
  // OCR'd body lines are 27 pt tall (their `，` boxes). A title-like line farther up is not.
  func line(_ text: String, y: Double, height: Double) -> TextLine {
    TextLine(words: [
      Word(
        text: text,
        box: Box(minX: 100, minY: y, maxX: 100 + 15 * Double(text.count), maxY: y + height),
        origin: .ocr, confidence: 0.9)
    ])
  }
  let body = (0..<5).map { line("本机关坚持以习近平新时代中国特色社会主义思想为指导", y: 167 + 30 * Double($0), height: 27) }
  func title(agencyAt y: Double) -> TitleReader.Title? {
    let lines =
      [line("松江市商务局", y: y, height: 15), line("2020年政府信息公开工作年度报告", y: 92, height: 19)] + body
    let layout = PageLayout(
      pageNumber: 1, width: 595, height: 842, words: lines.flatMap(\.words), lines: lines,
      rulings: [])
    return TitleReader.title(in: [layout], lineLimit: 8, pageLimit: 3)
  }
  let joined = try #require(title(agencyAt: 69))
  #expect(joined.agency == "松江市商务局")
  #expect(joined.year == 2020)
  let apart = try #require(title(agencyAt: 50))
  #expect(apart.agency == nil)
  #expect(apart.year == 2020)
}

@Test func anOCRdTitleWhoseLoneLastCharacterWasMisreadIsFound() throws {
  // The title wrapped, leaving `告` alone on the next line, and line OCR read it `后` (stress
  // 9705:0). Read from a text layer, the same lines are no title: nothing there misreads.
  let printed = GridFixture.layout(
    page: 1,
    lines: [("河口省教育厅2021年政府信息公开工作年度报", 70, 80), ("后", 250, 120), ("一、总体情况", 70, 150)])
  #expect(TitleReader.title(in: [printed], lineLimit: 8, pageLimit: 3) == nil)
  let title = try #require(
    TitleReader.title(in: [GridFixture.ocr(printed)], lineLimit: 8, pageLimit: 3))
  #expect(title.title == "河口省教育厅2021年政府信息公开工作年度报告")
  #expect(title.agency == "河口省教育厅")
  #expect(title.year == 2021)
  #expect(title.confidence != nil)
}

@Test func notATitle() {
  #expect(TitleReader.parse("关于做好2023年政务公开工作的通知") == nil)
}

@Test func sectionsAreHeadingsOutsideTablesNotProse() throws {
  let grid = ApplicationTableFixture().grid()  // page 1, y 100…660
  let page1 = GridFixture.layout(
    page: 1,
    lines: [
      ("某某镇人民政府2024年政府信息公开工作年度报告", 100, 20), ("一、总体情况", 60, 40),
      ("2024年，我镇主动公开信息64条。", 84, 60), ("一、本年新收政府信息公开申请数量", 52, 200),
      ("二、上年结转政府信息公开申请数量", 52, 222), ("— 1 —", 280, 800),
    ])
  let page2 = GridFixture.layout(
    page: 2,
    lines: [
      ("二、主动公开政府信息情况", 60, 40), ("三、收到和处理政府信息公开申请情况", 60, 60),
      ("四、政府信息公开行政复议、行政诉讼情况", 60, 80), ("五、政府信息公开工作存在的主要问题及改进情况", 60, 100),
      ("一是队伍建设仍需加强，工作人员专业能力和业务水平有待进一步", 84, 120), ("提升。", 60, 140), ("（一）改进措施。", 84, 160),
      ("六、其他需要报告的事项", 60, 180), ("本年度没有产生信息处理费。", 84, 200),
    ])
  var findings: [Finding] = []
  let report = try ReportMapper().report(
    from: [grid], layouts: [page1, page2], findings: &findings)
  #expect(report.sections.map(\.number) == ["一", "二", "三", "四", "五", "六"])
  #expect(report.sections.map(\.title)[4] == "政府信息公开工作存在的主要问题及改进情况")
  #expect(report.sections[0].page == 1 && report.sections[1].page == 2)
  #expect(report.sections[0].text == "2024年，我镇主动公开信息64条。")
  #expect(report.sections[4].text == "一是队伍建设仍需加强，工作人员专业能力和业务水平有待进一步提升。\n（一）改进措施。")
  #expect(report.agency == "某某镇人民政府" && report.year == 2024)
}

@Test func subListsReusingNumeralsDoNotBreakTheSectionChain() {
  let reader = SectionReader(settings: MappingSettings())
  let lines = ["一、总体情况", "二、主动公开", "三、依申请", "四、复议诉讼", "五、问题", "一、存在问题", "二、改进措施", "六、其他"]
  let sections = reader.sections(in: proseLines(lines))
  #expect(sections.map(\.number) == ["一", "二", "三", "四", "五", "六"])
  #expect(sections[4].text == "一、存在问题\n二、改进措施")
}

@Test func aTableRowOutsideItsTableIsNoHeading() {
  // Text stress 9801:10 (no borders): table 三's last row, left out of its table, read as the
  // heading of section 四 and the real heading was lost.
  let reader = SectionReader(settings: MappingSettings())
  let texts = [
    "一、总体情况", "二、主动公开", "三、依申请", "四、结转下年度继续办理1 0 0 0 0 0 1", "四、复议诉讼", "五、问题",
  ]
  let sections = reader.sections(in: proseLines(texts))
  #expect(sections.map(\.title) == ["总体情况", "主动公开", "依申请", "复议诉讼", "问题"])
}

@Test func aHeadingNotReadAtAllDoesNotCostTheSectionsAfterIt() {
  // Stress 9751:13: a seal over `四、政府信息公开…` left nothing of the heading to read, and the
  // run 一二三 outweighed 五六, so 五 and 六 were lost too. One number may be skipped, not two.
  let reader = SectionReader(settings: MappingSettings())
  func sections(_ texts: [String]) -> [String] {
    reader.sections(in: proseLines(texts)).map(\.number)
  }
  #expect(
    sections(["一、总体情况", "二、主动公开", "三、依申请", "鹤山乡人民政府复议诉讼", "五、问题", "六、其他"])
      == ["一", "二", "三", "五", "六"])
  // A full run wins over one with a skip; two numbers missing break the run.
  #expect(
    sections(["一、总体情况", "二、主动公开", "一、是", "三、是", "三、依申请", "四、复议", "五、问题"])
      == ["一", "二", "三", "四", "五"])
  #expect(sections(["一、总体情况", "二、主动公开", "五、问题", "六、其他"]) == ["一", "二"])
  // Between headings that print their section's own title any number may be missing
  // (`Samples/s18`: 二 skipped by page OCR, 四 under a seal).
  #expect(
    sections(["一、总体情况", "三、收到和处理政府信息公开申请情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"])
      == ["一", "三", "五", "六"])
}

@Test func anOCRdHeadingWhoseNumeralOrMarkWasNotReadIsStillAHeading() {
  // Stress 9741:16: a seal over `四、政府信` left `息公开行政复议、行政诉讼情况`, and the sections
  // after 三 were lost; `、` read as `“` or `人` lost section 一 on 12 of 120 scans of 9741. A
  // text-layer line is never guessed at, nor a short end of a title.
  let reader = SectionReader(settings: MappingSettings())
  func lines(_ texts: [String], ocr: Bool) -> [ProseLine] {
    texts.enumerated().map {
      ProseLine(
        page: 1,
        box: Box(
          minX: 60, minY: Double($0.offset) * 20, maxX: 300, maxY: Double($0.offset) * 20 + 12),
        text: $0.element, startsParagraph: true, isOCR: ocr)
    }
  }
  let texts = [
    "一“总体情况", "二人主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
  ]
  let sections = reader.sections(in: lines(texts, ocr: true))
  #expect(sections.map(\.number) == ["一", "二", "三", "四", "五", "六"])
  #expect(sections[3].title == "政府信息公开行政复议、行政诉讼情况")
  // From the text layer only 三, 五 and 六 are headings; the run skips the unread 四.
  #expect(reader.sections(in: lines(texts, ocr: false)).map(\.number) == ["三", "五", "六"])
  #expect(reader.sections(in: lines(["总体情况", "二、主动公开政府信息情况"], ocr: true)).count == 2)
  #expect(reader.sections(in: lines(["诉讼情况"], ocr: true)).isEmpty)
  // One stray character before the numeral (stress 9761:25: a seal's stroke read `人`), with 四
  // not read at all: without 三 the run 一二 outweighed 五六, and four sections were lost.
  let stray = [
    "一、总体情况", "二、主动公开政府信息情况", "人三、收到和处理政府信息公开申请情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
  ]
  #expect(reader.sections(in: lines(stray, ocr: true)).map(\.number) == ["一", "二", "三", "五", "六"])
}

/// OCR'd headings that lost or misread their numeral are told by their title.
///
/// Stress 9806 lost section 四 on 19 of 120 scans: the printed typo variant read whole without
/// `四、`, the title's long end after a seal's noise; and `一` was read for `三`. Prose ending
/// with a short title is no heading.
@Test func anOCRdHeadingIsToldByItsTitleWhenItsNumeralIsLostOrMisread() {
  let reader = SectionReader(settings: MappingSettings())
  func numbers(_ texts: [String]) -> [String] {
    let lines = texts.enumerated().map {
      ProseLine(
        page: 1,
        box: Box(
          minX: 60, minY: Double($0.offset) * 20, maxX: 300, maxY: Double($0.offset) * 20 + 12),
        text: $0.element, startsParagraph: true, isOCR: true)
    }
    return reader.sections(in: lines).map { "\($0.number)\($0.title)" }
  }
  let head = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"]
  let tail = ["五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
  #expect(
    numbers(head + ["政府信息公开行政法复议、行政诉讼情况"] + tail)[3] == "四政府信息公开行政法复议、行政诉讼情况")
  #expect(numbers(head + ["不子公系丁让演府信息公开行政复议、行政诉讼情况"] + tail).count == 6)
  let misread = ["一、总体情况", "二、主动公开政府信息情况", "一、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
  #expect(numbers(misread + tail).map(\.first) == ["一", "二", "三", "四", "五", "六"])
  let prose = ["一、总体情况", "本年度无其他需要报告的事项", "二、主动公开政府信息情况"]
  #expect(numbers(prose).count == 2)
}

@Test func notesAreKept() throws {
  let grid = reviewGrid(values: hongzeReviewValues)
  let page = GridFixture.layout(page: 1, lines: [("注：行政复议、行政诉讼数量含上年度结转数量。", 60, 700)])
  var findings: [Finding] = []
  let report = try ReportMapper().report(from: [grid], layouts: [page], findings: &findings)
  #expect(report.notes == ["注：行政复议、行政诉讼数量含上年度结转数量。"])
}

@Test(arguments: [
  ("", nil, nil), ("0", "0", nil), ("1,234", "1234", nil), ("1 234", "1234", nil),
  ("１２", "12", nil),
  ("22（其中修订16件）", "22", nil), ("22(其中修订 16 件)", "22", nil), ("7730.28", "7730.28", nil),
  ("0.000123", "0.000123", nil), ("-18", "-18", nil), ("+3", "3", nil), ("251000元", "251000", "元"),
  ("12万元", "12", "万元"), ("5件", "5", "件"), ("—", nil, nil), ("无", nil, nil), ("1O", "10", nil),
  ("42〈其中修订 19件)", "42", nil), ("01", "1", nil), ("0.5", "0.5", nil),
])
func valueParserReadsCells(text: String, literal: String?, unit: String?) {
  let parsed = ValueParser().parse(text)
  #expect(parsed.number?.literal == literal)
  if case .number(_, let parsedUnit, _) = parsed.outcome { #expect(parsedUnit == unit) }
  // A letter for a digit, or a look-alike of the annotation's bracket: OCR damage, doubted.
  // A count with a leading zero is two numbers run together or a digit read twice: doubted.
  let doubted = text == "1O" || text.contains("〈") || text == "01"
  #expect((parsed.confidenceFactor < 1) == doubted)
  #expect((parsed.doubt != nil) == doubted)
  if text == "—" || text == "无" { #expect(parsed.outcome == .unreadable) }
  if text.isEmpty { #expect(parsed.outcome == .blank) }
}

@Test func labelNormalizationUnifiesNumberingAndPunctuation() {
  #expect(LabelText.normalized("1、属于 国家秘密") == "1.属于国家秘密")
  #expect(LabelText.normalized("1．属于国家秘密") == "1.属于国家秘密")
  #expect(LabelText.normalized("（三）不予公开") == "(三)不予公开")
  #expect(LabelText.normalized("3.危及“三安全一稳定”") == "3.危及三安全一稳定")
  #expect(LabelText.numbering(of: "(十二)x") == LabelText.Numbering(style: .parenthesized, value: 12))
  #expect(LabelText.body(of: "一、本年新收") == "本年新收")
  #expect(LabelText.body(of: "12.属于国家秘密") == "属于国家秘密")
  #expect(LabelText.body(of: "(三)不予公开") == "不予公开")
  // The full-width opening bracket as OCR misreads it (stress scan 9763:115).
  #expect(LabelText.numbering(of: "《六)") == LabelText.Numbering(style: .parenthesized, value: 6))
  #expect(LabelText.body(of: "〈五)不予处理") == "不予处理")
  // No mark after the number, or nothing but a number: no numbering, the label is its own body.
  #expect(LabelText.numbering(of: "12") == nil)
  #expect(LabelText.body(of: "三") == "三")
  #expect(LabelText.body(of: "(三") == "(三")
}

@Test func bandLabelsGiveTheirItemNumber() {
  #expect(ProactiveTableMapper.bandNumber("第二十条第(一)项") == 1)
  #expect(ProactiveTableMapper.bandNumber("第二十条第(十二)项") == 12)
  #expect(ProactiveTableMapper.bandNumber("第二十一条") == nil)
}

@Test func proseLinesKeepSpacesOnlyBetweenLettersAndDigits() {
  #expect(ProseLines.cleaned(" 2024 年 第 3 页 ") == "2024年第3页")
  #expect(ProseLines.cleaned("PDF 2 文件") == "PDF 2文件")
  #expect(ProseLines.cleaned("\u{3000}") == "")
}

@Test func editDistanceCountsCharacterEdits() {
  #expect(TextSimilarity.editDistance("行政诉讼情况", "行政诉讼情") == 1)
  #expect(TextSimilarity.editDistance("总体情况", "总体情况") == 0)
  #expect(TextSimilarity.editDistance("", "总体") == 2)
  #expect(TextSimilarity.editDistance("主动公开政府信息情况", "主动公升政府信息情况") == 1)
}

@Test func ocrHeadingsSnapToTheUsualTitleOnlyWhenClose() {
  #expect(SectionReader.snapped("政府信息公开行政复议、行政诉讼情", number: 4) == "政府信息公开行政复议、行政诉讼情况")
  #expect(SectionReader.snapped("总休情况", number: 1) == "总体情况")
  // A wording variant is kept as printed.
  #expect(
    SectionReader.snapped("政府信息公开工作存在的主要问题及改进情况", number: 5)
      == "政府信息公开工作存在的主要问题及改进情况")
  #expect(SectionReader.snapped("其他需要报告的事项", number: 6) == "其他需要报告的事项")
  #expect(SectionReader.snapped("总体情况", number: 9) == "总体情况")
  // A variant reports print, one character from the usual title, is kept when read right
  // (stress 9761:20) and is the nearest wording when misread in another character.
  #expect(
    SectionReader.snapped("政府信息公开行政法复议、行政诉讼情况", number: 4) == "政府信息公开行政法复议、行政诉讼情况")
  #expect(
    SectionReader.snapped("政府信息公开行政法复议、行政诉讼倩况", number: 4) == "政府信息公开行政法复议、行政诉讼情况")
}

@Test func aTitleKnowsItsLinesAndItsLowestOCRConfidence() throws {
  var layout = GridFixture.layout(
    page: 1, lines: [("安平县交通运输局2023年政府信息公开工作年度报", 90, 115), ("告", 288, 148), ("一、总体情况", 110, 210)],
    fontSize: nil)
  for index in layout.lines.indices {
    for word in layout.lines[index].words.indices {
      layout.lines[index].words[word].origin = .ocr
      layout.lines[index].words[word].confidence = index == 1 ? 0.6 : 0.9
    }
  }
  let title = try #require(TitleReader.title(in: [layout], lineLimit: 8, pageLimit: 3))
  #expect(title.agency == "安平县交通运输局")
  #expect(title.confidence == 0.6)
  #expect(title.lineBoxes == Array(layout.lines.prefix(2)).map(\.box))
}

@Test func aTitleAfterACoverPageIsFound() throws {
  // Page 1 is a cover with no report title; the report's title opens page 2.
  let cover = GridFixture.layout(
    page: 1, lines: [("政府信息公开工作年度报告汇编", 150, 300), ("二〇二四年三月", 200, 400)],
    fontSize: nil)
  let report = GridFixture.layout(
    page: 2, lines: [("长宁区农业农村局2025年政府信息公开工作年度报告", 100, 60)], fontSize: nil)
  let title = try #require(TitleReader.title(in: [cover, report], lineLimit: 8, pageLimit: 3))
  #expect(title.agency == "长宁区农业农村局")
  #expect(title.year == 2025)
  #expect(TitleReader.title(in: [cover, report], lineLimit: 8, pageLimit: 1) == nil)
}

/// Lines of page 1, one per text, 20 pt apart, each starting a paragraph.
private func proseLines(_ texts: [String]) -> [ProseLine] {
  texts.enumerated().map {
    ProseLine(
      page: 1,
      box: Box(
        minX: 60, minY: Double($0.offset) * 20, maxX: 300, maxY: Double($0.offset) * 20 + 12),
      text: $0.element, startsParagraph: true)
  }
}

/// An OCR'd page whose lines stand at `y` with their own heights, one word each.
private func ocrLines(
  _ lines: [(text: String, y: Double, height: Double)], confidences: [Double] = []
) -> PageLayout {
  let textLines = lines.enumerated().map { index, line in
    TextLine(words: [
      Word(
        text: line.text,
        box: Box(
          minX: 80, minY: line.y, maxX: 80 + line.height * Double(line.text.count),
          maxY: line.y + line.height),
        origin: .ocr, confidence: index < confidences.count ? confidences[index] : 0.9)
    ])
  }
  return PageLayout(
    pageNumber: 1, width: 595, height: 842, words: textLines.flatMap(\.words), lines: textLines,
    rulings: [])
}

@Test func sealRemainsFarSmallerThanTheTitleAreNotJoinedToIt() throws {
  // A seal above a two-line title read as short Chinese lines (stress 9761:90): `本站、` passes
  // as a title line by its characters, not by its 9 pt height beside the title's 35 and 28 pt.
  let layout = ocrLines([
    ("站本", 45, 5), ("本站、", 50, 9), ("南湖市农业农村局2020年政府信息公开工作", 78, 35), ("年度报告", 114, 28),
    ("一、总体情况", 182, 18),
  ])
  let title = try #require(TitleReader.title(in: [layout], lineLimit: 8, pageLimit: 3))
  #expect(title.agency == "南湖市农业农村局")
  #expect(title.year == 2020)
  // A title line re-read from the ink under a seal has the seal's height (9758:5): it is no
  // smaller than the body text, and joins.
  let sealed = ocrLines([
    ("桃源区卫生健康委员会2021年政府信息", 46, 73), ("公开工作年度报告", 131, 25), ("一、总体情况", 195, 16),
    ("2021年，我委坚持以习近平新时代中国特色社会主义思想", 226, 16), ("为指导，认真贯彻落实新修订的", 257, 16),
  ])
  let joined = try #require(TitleReader.title(in: [sealed], lineLimit: 8, pageLimit: 3))
  #expect(joined.agency == "桃源区卫生健康委员会")
  // `报告` wrapped alone is a short line's box, 18 pt beside 25 pt body lines (Samples/s15).
  let wrapped = ocrLines([
    ("清河市林业局2022年政府信息公开工作年度", 107, 25), ("报告", 139, 18), ("一、总体情况", 196, 24),
    ("2022年，我局坚持以习近平新时代中国特色社会主义思想为指", 227, 25), ("导，认真贯彻落实《中华人民共和国政府信息公开条例》", 258, 24),
  ])
  let whole = try #require(TitleReader.title(in: [wrapped], lineLimit: 8, pageLimit: 3))
  #expect(whole.agency == "清河市林业局")
}

@Test func anOCRdTitleWithOneMisreadCharacterInItsPhraseGivesItsYear() throws {
  // A seal over the agency line left it unread and `府` read `麻` (stress 9761:26, bilevel).
  let layout = ocrLines([("2023年政麻信息公开工作年度报告", 130, 22), ("一、总体情况", 170, 11)])
  let title = try #require(TitleReader.title(in: [layout], lineLimit: 8, pageLimit: 3))
  #expect(title.year == 2023)
  #expect(title.agency == nil)
  // A text layer does not misread: the same words there are no title.
  var printed = layout
  printed.lines = printed.lines.map { line in
    TextLine(words: line.words.map { Word(text: $0.text, box: $0.box) })
  }
  #expect(TitleReader.title(in: [printed], lineLimit: 8, pageLimit: 3) == nil)
  // Two characters wrong, or the words after the phrase not those of a title: left alone.
  #expect(TitleReader.phraseRepaired("2023年政麻信息公升工作年度报告") == "2023年政麻信息公升工作年度报告")
  #expect(TitleReader.phraseRepaired("关于政务信息公开的通知") == "关于政务信息公开的通知")
}

@Test func anUnsureGlyphAboveAnOCRdTitleIsNoPartOfItsAgency() throws {
  // A seal's remains above the title read `全` at 0.15 (stress 9767:31) and joined the agency.
  let sealed = ocrLines(
    [("全", 59, 42), ("北川镇人民政府2025年政府信息公开工作年度报告", 112, 17), ("一、总体情况", 158, 17)],
    confidences: [0.15])
  let title = try #require(TitleReader.title(in: [sealed], lineLimit: 8, pageLimit: 3))
  #expect(title.agency == "北川镇人民政府")
  // An agency line of its own stays, however unsure: without it there is no agency.
  let twoLines = ocrLines(
    [("兴隆市市场监督管理局", 80, 22), ("2025年政府信息公开工作年度报告", 110, 22), ("一、总体情况", 158, 17)],
    confidences: [0.3])
  let both = try #require(TitleReader.title(in: [twoLines], lineLimit: 8, pageLimit: 3))
  #expect(both.agency == "兴隆市市场监督管理局")
  #expect(both.year == 2025)
  // A sure line in front is the agency's (a wrapped agency name), kept.
  let wrapped = ocrLines(
    [("淮安市洪泽区", 80, 22), ("人民政府2025年政府信息公开工作年度报告", 110, 22), ("一、总体情况", 158, 17)])
  let kept = try #require(TitleReader.title(in: [wrapped], lineLimit: 8, pageLimit: 3))
  #expect(kept.agency == "淮安市洪泽区人民政府")
}

@Test func anOCRdTitleWhoseWrappedReportLineWasLostIsFound() throws {
  // The title wrapped after `年度` and page OCR missed `报告` alone on the next line (stress
  // 9767:20).
  let layout = ocrLines([
    ("滨海街道办事处2022年政府信息公开工作年度", 72, 28), ("一、总体情况", 161, 13),
    ("2022年本街道坚持以习近平新时代中国特色社会主义思想为指", 169, 20),
  ])
  let title = try #require(TitleReader.title(in: [layout], lineLimit: 8, pageLimit: 3))
  #expect(title.agency == "滨海街道办事处")
  #expect(title.year == 2022)
  #expect(title.title.hasSuffix("年度报告"))
  // Body text ending with `年度` is no title.
  #expect(TitleReader.parseCutShort("2025年，增强政府工作透明度和公信力，现将本年度") == nil)
  // Wrapped after `工作年`, `度报告` beside a seal's name read as junk (stress 9797:10).
  let cut = ocrLines([
    ("滨海镇人民政府2024年政府信息公开工作年", 74, 30), ("过公开专护窗度报告", 103, 33),
    ("一、总体情况", 152, 16), ("2024年，我镇坚持以习近平新时代中国特色社会主义思想为指导，", 168, 15),
  ])
  let found = try #require(TitleReader.title(in: [cut], lineLimit: 8, pageLimit: 3))
  #expect(found.agency == "滨海镇人民政府" && found.year == 2024)
  #expect(TitleReader.parseCutShort("2024年，我镇认真落实工作年") == nil)
}

@Test func anOCRdTitleWhoseEndingLostItsMiddleIsFound() throws {
  // A seal over the title's second line (stress 9808:17, 150 dpi bilevel): `工作年度报` lost.
  let title = try #require(TitleReader.parseCutShort("2022年政府信息公开告"))
  #expect(title.year == 2022 && title.title == "2022年政府信息公开工作年度报告")
  #expect(TitleReader.parseCutShort("龙湖县住房和城乡建设局2022年政府信息公开年报告")?.year == 2022)
  // What follows the phrase must be a part of the ending, in order, ending with `告`.
  #expect(TitleReader.parseCutShort("2022年政府信息公开报告工作") == nil)
  #expect(TitleReader.parseCutShort("2022年政府信息公开情况报告") == nil)
  #expect(TitleReader.parseCutShort("2022年政府信息公开工作") == nil)
}

@Test func anOCRdTitlesPhraseWithACharacterTooManyOrLostIsRepaired() {
  // A speck read as a digit inside the phrase (stress 9767:43), or a glyph lost.
  #expect(TitleReader.phraseRepaired("包屯县农业农村局2023年政府信息4公开工作年度报告") == "包屯县农业农村局2023年政府信息公开工作年度报告")
  #expect(TitleReader.phraseRepaired("2023年政府信公开工作年度报告") == "2023年政府信息公开工作年度报告")
  // Two characters too many are not.
  #expect(TitleReader.phraseRepaired("2023年政府信息4公开5工作年度报告") == "2023年政府信息4公开5工作年度报告")
}
