import DocumentModel
import ReportSchema
import ReviewPage
import Testing

/// The overlay for a hand-built page: no PDF, no extraction.
@Suite struct OverlayBuilderTests {
  static let key = CellKey(.applications, row: "new", column: "total")
  static let box = Box(minX: 500, minY: 100, maxX: 540, maxY: 120)

  static func output(review: [ReviewItem], origin: TextOrigin = .text) -> ExtractionOutput {
    let report = AnnualReport(
      title: "测试局2023年政府信息公开工作年度报告", values: [key: ReportNumber(21)],
      cells: [key: CellReading(page: 3, box: box, text: "21", confidence: 1, origin: origin)])
    return ExtractionOutput(
      source: SourceInfo(
        file: "x.pdf", sha256: "0", pages: 3, producer: nil, textPages: [3], ocrPages: []),
      report: report, checks: [], review: review, warnings: [])
  }

  static let page = InspectedPage(
    number: 3, width: 595, height: 842, origin: .text,
    rulings: [Ruling(axis: .horizontal, position: 100, start: 60, end: 540)],
    cells: [
      TableCell(
        row: 0, column: 0, rowSpan: 2, columnSpan: 3, page: 3,
        box: Box(minX: 60, minY: 100, maxX: 300, maxY: 140), words: []),
      TableCell(row: 0, column: 3, page: 3, box: box, words: []),
    ], dpi: 110)

  @Test func mergedCellsAreOutlinedThickAndRulingsDrawn() {
    let style = OverlayStyle()
    let overlay = OverlayBuilder().overlay(for: Self.page, output: Self.output(review: []))
    #expect(overlay.rectangles.filter { $0.width == style.mergedWidth }.count == 1)
    #expect(overlay.labels.contains { $0.text == "2×3" })
    #expect(overlay.lines.count == 1 && overlay.lines[0].y0 == 100)
  }

  @Test func valueCellsCarryTheirKeyAndValue() {
    let overlay = OverlayBuilder().overlay(for: Self.page, output: Self.output(review: []))
    #expect(overlay.labels.contains { $0.text == "total" })
    #expect(overlay.labels.contains { $0.text == "new" && $0.alignRight && $0.x < Self.box.minX })
    #expect(overlay.labels.contains { $0.text == "21" })
    #expect(!overlay.rectangles.contains { $0.stroke == OverlayStyle().review })
    #expect(overlay.labels.contains { $0.text.hasPrefix("第 3 页") })
  }

  @Test func reviewCellsAreRedWithTheirItemNumber() {
    let review = [
      ReviewItem(cell: "proactive.licensing", code: .notFound, reason: "not found in the document"),
      ReviewItem(cell: Self.key.path, code: .checkFailed, reason: "fails a"),
      ReviewItem(cell: Self.key.path, code: .checkFailed, reason: "fails b"),
    ]
    let overlay = OverlayBuilder().overlay(for: Self.page, output: Self.output(review: review))
    #expect(overlay.rectangles.contains { $0.stroke == OverlayStyle().review && $0.fill != nil })
    #expect(overlay.labels.contains { $0.text == "#2+1" })
  }

  @Test func repairedCellsAreOrange() {
    let review = [
      ReviewItem(cell: Self.key.path, code: .repaired, reason: "repaired from the cross-sums")
    ]
    let overlay = OverlayBuilder().overlay(
      for: Self.page, output: Self.output(review: review, origin: .repaired))
    #expect(overlay.rectangles.contains { $0.stroke == OverlayStyle().repaired })
    #expect(!overlay.rectangles.contains { $0.stroke == OverlayStyle().review })
  }
}
