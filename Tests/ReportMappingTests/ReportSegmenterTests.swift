import DocumentModel
import Testing

@testable import ReportMapping

/// Cutting a file into reports: compilations, and the one-report files that must stay whole.
struct ReportSegmenterTests {
  typealias Line = (text: String, x: Double, y: Double)

  /// A report's first page: title, intro, section 一 and a table-三 label starting with 一、.
  static func titlePage(_ page: Int, agency: String, year: Int = 2023, top: Double = 60) -> [Line] {
    [
      ("\(agency)\(year)年政府信息公开工作年度报告", 100, top),
      ("本报告根据《中华人民共和国政府信息公开条例》编制。", 60, top + 40),
      ("一、总体情况", 60, top + 80),
      ("（一）主动公开", 60, top + 110),
    ]
  }

  static func bodyPage(header: String? = nil) -> [Line] {
    var lines: [Line] = []
    if let header { lines.append((header, 100, 20)) }
    lines += [
      ("三、收到和处理政府信息公开申请情况", 60, 80),
      ("一、本年新收政府信息公开申请数量", 70, 120),
      ("五、存在的主要问题及改进情况", 60, 400),
    ]
    return lines
  }

  static func layouts(_ pages: [[Line]]) -> [PageLayout] {
    pages.enumerated().map { GridFixture.layout(page: $0.offset + 1, lines: $0.element) }
  }

  let segmenter = ReportSegmenter()

  @Test func aOneReportFileIsOneSegmentOfAllPages() {
    let pages = Self.layouts([
      Self.titlePage(1, agency: "洪泽区人民政府"), Self.bodyPage(), Self.bodyPage(),
    ])
    let segments = segmenter.segments(of: pages)
    #expect(segments.count == 1)
    #expect(segments.first?.layouts == pages)
  }

  @Test func aCoverAndRunningHeadersOfTheSameReportStartNothing() {
    let title = "洪泽区人民政府2023年政府信息公开工作年度报告"
    let pages = Self.layouts([
      [(title, 100, 300)],  // cover
      Self.titlePage(2, agency: "洪泽区人民政府"),
      Self.bodyPage(header: title), Self.bodyPage(header: title),
    ])
    #expect(segmenter.segments(of: pages).count == 1)
  }

  @Test func aCompilationIsCutAtEachReportsTitle() {
    let pages = Self.layouts([
      [("某县2023年政府信息公开工作年度报告汇编", 100, 300)],
      [
        ("目录", 250, 60),
        ("某县教育局2023年政府信息公开工作年度报告……………1", 60, 100),
        ("某县财政局2023年政府信息公开工作年度报告……………4", 60, 130),
        ("某县民政局2023年政府信息公开工作年度报告……………7", 60, 160),
      ],
      Self.titlePage(3, agency: "某县教育局"), Self.bodyPage(),
      [("附件：政府信息公开指南", 60, 60), ("正文", 60, 100)],
      Self.titlePage(6, agency: "某县财政局"), Self.bodyPage(), [("7", 290, 800)],
      Self.titlePage(9, agency: "某县民政局"), Self.bodyPage(),
    ])
    let segments = segmenter.segments(of: pages)
    // The cover and contents form a stretch of their own: the extractor drops it as no report.
    let ranges = segments.map { [$0.firstPage, $0.lastPage] }
    #expect(ranges == [[1, 2], [3, 4], [6, 7], [9, 10]])
  }

  @Test func aReportBeginningMidPageTakesTheLowerPart() {
    var shared = Self.bodyPage()
    shared += Self.titlePage(2, agency: "某县财政局", top: 500)
    let pages = Self.layouts([Self.titlePage(1, agency: "某县教育局"), shared, Self.bodyPage()])
    let segments = segmenter.segments(of: pages)
    #expect(segments.map { [$0.firstPage, $0.lastPage] } == [[1, 2], [2, 3]])
    let first = segments[0].layouts.last?.lines.map(\.text) ?? []
    let second = segments[1].layouts.first?.lines.map(\.text) ?? []
    #expect(first.contains("五、存在的主要问题及改进情况"))
    #expect(!first.contains { $0.contains("财政局") })
    #expect(second.first == "某县财政局2023年政府信息公开工作年度报告")
  }

  @Test func aTitleWrappedOverTwoLinesKeepsItsAgency() {
    let pages = Self.layouts([
      Self.titlePage(1, agency: "某县教育局"), Self.bodyPage(),
      [("某县财政局", 200, 60), ("2023年政府信息公开工作年度报告", 100, 90), ("一、总体情况", 60, 150)],
      Self.bodyPage(),
    ])
    let segments = segmenter.segments(of: pages)
    #expect(segments.map { [$0.firstPage, $0.lastPage] } == [[1, 2], [3, 4]])
    #expect(segments.last?.layouts.first?.lines.first?.text == "某县财政局")
  }

  @Test func aTitleWrappedBeforeItsLastCharacterStillStartsAReport() {
    let pages = Self.layouts([
      Self.titlePage(1, agency: "某县教育局"), Self.bodyPage(),
      [("（此页无正文）", 200, 300)],
      [("某县财政局2023年政府信息公开工作年度报", 60, 60), ("告", 280, 90), ("一、总体情况", 60, 150)],
      Self.bodyPage(),
    ])
    let segments = segmenter.segments(of: pages)
    // The blank page between them belongs to neither.
    #expect(segments.map { [$0.firstPage, $0.lastPage] } == [[1, 2], [4, 5]])
  }

  @Test func sentencesNamingAReportAreNotTitles() {
    #expect(segmenter.standaloneTitle("现将某县2023年政府信息公开工作年度报告公布如下。") == nil)
    #expect(segmenter.standaloneTitle("某县教育局2023年政府信息公开工作年度报告……3") == nil)
    #expect(segmenter.standaloneTitle("某县2023年政府信息公开工作年度报告汇编") == nil)
    #expect(segmenter.standaloneTitle("某县教育局2023年政府信息公开工作年度报告")?.agency == "某县教育局")
    // OCR's marks in front of a title line leave it a title.
    #expect(segmenter.standaloneTitle("。_某县教育局2023年政府信息公开工作年度报告")?.agency == "某县教育局")
  }

  @Test func tableLabelsAreNotSectionHeadings() {
    #expect(segmenter.sectionNumber("一、总体情况") == 1)
    #expect(segmenter.sectionNumber("一、本年新收政府信息公开申请数量") == nil)
    #expect(segmenter.sectionNumber("三、收到和处理政府信息公开申请情况") == 3)
  }
}
