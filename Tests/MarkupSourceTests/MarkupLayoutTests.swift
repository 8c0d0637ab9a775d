import DocumentModel
import Foundation
import HTMLSource
import MarkupLayout
import Testing

@Test func tablesBecomeGridsWhoseCellsKnowTheirMarkupPosition() throws {
  let table = MarkupTable(
    index: 3, rowCount: 4, columnCount: 3,
    cells: [
      MarkupCell(row: 0, column: 0, rowSpan: 2, lines: ["信息内容"]),
      MarkupCell(row: 0, column: 1, columnSpan: 2, lines: ["本年", "处理决定数量"]),
      MarkupCell(row: 1, column: 1, lines: ["a"]),
      MarkupCell(row: 1, column: 2, lines: ["b"]),
      // Row 2 is an empty <tr></tr>: no cell covers it.
      MarkupCell(row: 3, column: 0, lines: ["行政许可"]),
      MarkupCell(row: 3, column: 1, columnSpan: 2, lines: ["2 024"]),
    ])
  let page = MarkupLayouter().page(of: MarkupDocument(blocks: [.table(table)]))
  let grid = try #require(page.tables.first)
  #expect(grid.rowCount == 3 && grid.columnCount == 3)
  #expect(grid.method == .lattice && grid.pages == [1])
  #expect(grid.columnEdges.count == 4)
  let value = try #require(grid.cell(atRow: 2, column: 2))
  #expect(value.text == "2024")
  #expect(value.position == MarkupPosition(table: 3, row: 4, column: 2))
  let header = try #require(grid.cell(atRow: 0, column: 2))
  #expect(header.text == "本年处理决定数量")
  #expect(grid.cell(atRow: 1, column: 0)?.text == "信息内容")
  // Every cell's words lie inside its box; boxes do not overlap.
  for cell in grid.cells {
    for word in cell.words {
      #expect(cell.box.contains(x: word.box.midX, y: word.box.midY))
    }
  }
  #expect(page.layout.lines.isEmpty)
}

@Test func proseWrapsWithIndentedFirstLinesAndTheTitleComesFirst() throws {
  let long = String(repeating: "政务公开工作", count: 20)
  let document = MarkupDocument(blocks: [
    .paragraph(MarkupParagraph(lines: ["首页 > 政务公开 > 某区人民政府2023年政府信息公开工作年度报告"])),
    .paragraph(MarkupParagraph(lines: ["导航"], fontSize: 30)),
    .paragraph(MarkupParagraph(lines: ["某区人民政府"])),
    .paragraph(MarkupParagraph(lines: ["2023年政府信息公开工作年度报告"])),
    .paragraph(MarkupParagraph(lines: ["一、总体情况"])),
    .paragraph(MarkupParagraph(lines: [long])),
  ])
  let layout = MarkupLayouter().page(of: document).layout
  let texts = layout.lines.map(\.text)
  // The breadcrumb and the navigation above the title are left out; the split title is kept.
  #expect(texts.first == "某区人民政府")
  #expect(texts[1] == "2023年政府信息公开工作年度报告")
  #expect(!texts.contains("导航"))
  // The title is in the largest font.
  let sizes = layout.words.compactMap(\.fontSize)
  #expect(layout.lines[0].words[0].fontSize == sizes.max())
  // The long paragraph wraps; its first line is indented, the rest start at the margin.
  let body = layout.lines.suffix(from: 3)
  #expect(body.count >= 3)
  let first = try #require(body.first)
  #expect(first.box.minX > body.dropFirst().map(\.box.minX).max() ?? 0)
  #expect(body.map(\.text).joined() == long)
}

@Test func aPageThatPrintsNoTitleGetsItsTitleElement() throws {
  let html = """
    <html><head><title>某县人民政府2022年政府信息公开工作年度报告_某县人民政府门户网站</title></head>
    <body><p>发布日期：2023-01-20</p><p>一、总体情况</p></body></html>
    """
  let document = try HTMLReader().document(from: Data(html.utf8))
  #expect(document.title == "某县人民政府2022年政府信息公开工作年度报告_某县人民政府门户网站")
  let layout = MarkupLayouter().page(of: document).layout
  // In the title's size the line wraps once.
  #expect(layout.lines.prefix(2).map(\.text).joined() == document.title)
  #expect(layout.lines.count == 4)
  // A body title is preferred, and a title element that is no report title is not used.
  var titled = document
  titled.title = "通知公告"
  #expect(MarkupLayouter().page(of: titled).layout.lines.count == 2)
}
