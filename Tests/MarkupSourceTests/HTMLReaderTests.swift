import DocumentModel
import Foundation
import HTMLSource
import Testing

/// The text of every paragraph of a document, in order.
func paragraphs(_ document: MarkupDocument) -> [[String]] {
  document.blocks.compactMap { if case .paragraph(let p) = $0 { p.lines } else { nil } }
}

/// The lines of the cell whose top-left slot is (row, column), counted from 0.
func cell(_ table: MarkupTable, _ row: Int, _ column: Int) -> MarkupCell? {
  table.cells.first { $0.row == row && $0.column == column }
}

func read(_ html: String) throws -> MarkupDocument {
  try HTMLReader().document(from: Data(html.utf8))
}

@Test func tagSoupCellsWithParagraphsBreaksAndNbspBecomeLines() throws {
  // Unclosed <td>/<tr>/<p>, upper-case tags, <br>-wrapped labels, <p> in cells, &nbsp; blanks.
  let document = try read(
    """
    <HTML><BODY><P>前言
    <TABLE border=1>
    <TR><TD>信息内容<TD>商业<BR>企业<TD><p>本年</p><p>制发件数</p>
    <TR><TD>规章<TD>&nbsp;<TD>  1 2
    </TABLE>
    <P>后记&nbsp;&nbsp;二
    """)
  #expect(paragraphs(document) == [["前言"], ["后记 二"]])
  let table = try #require(document.tables.first)
  #expect(table.rowCount == 2 && table.columnCount == 3)
  #expect(cell(table, 0, 1)?.lines == ["商业", "企业"])
  #expect(cell(table, 0, 2)?.lines == ["本年", "制发件数"])
  #expect(cell(table, 1, 1)?.lines == [])  // &nbsp; alone: a blank cell
  #expect(cell(table, 1, 2)?.lines == ["1 2"])
}

@Test func rowspanAndColspanPlaceCellsLikeABrowser() throws {
  let document = try read(
    """
    <table>
    <tr><td rowspan="3" colspan="2">注</td><td colspan="3">申请人情况</td></tr>
    <tr><td rowspan="2">自然人</td><td colspan="2">法人</td></tr>
    <tr><td>商业</td><td>科研</td></tr>
    <tr><td>a</td><td>b</td><td>1</td><td>2</td><td>3</td></tr>
    </table>
    """)
  let table = try #require(document.tables.first)
  #expect(table.rowCount == 4 && table.columnCount == 5)
  #expect(cell(table, 0, 0).map { [$0.rowSpan, $0.columnSpan] } == [3, 2])
  #expect(cell(table, 1, 2)?.lines == ["自然人"])
  #expect(cell(table, 1, 3)?.columnSpan == 2)
  #expect(cell(table, 2, 3)?.lines == ["商业"])
  #expect(cell(table, 2, 4)?.lines == ["科研"])
  #expect(cell(table, 3, 4)?.lines == ["3"])
}

@Test func layoutTablesAreReadAsTextAndTheirNestedTablesAsGrids() throws {
  let document = try read(
    """
    <table><tr><td>左栏 链接</td><td>
      <h1>标题</h1>
      <table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>
      <p>正文</p>
    </td></tr></table>
    <table><tr><td>一格</td></tr></table>
    <table><tr><td>x</td><td>y</td></tr><tr><td>3</td><td>4</td></tr></table>
    """)
  #expect(paragraphs(document) == [["左栏 链接"], ["标题"], ["正文"], ["一格"]])
  // Tables are numbered over every <table> element: the layout table is 1, the one-cell frame 3.
  #expect(document.tables.map(\.index) == [2, 4])
  guard case .paragraph(let heading) = document.blocks[1] else {
    Issue.record("no heading")
    return
  }
  #expect(heading.fontSize == 24)
}

@Test func invisibleContentIsSkippedButItsTablesAreCounted() throws {
  let document = try read(
    """
    <html><head><title>标题</title><script>var a = "<table>";</script><style>p{}</style></head>
    <body><nav>首页 政务公开</nav><div style="display: none"><table><tr><td>1</td><td>2</td></tr>
    <tr><td>3</td><td>4</td></tr></table></div><p>正文<span hidden>隐藏</span></p>
    <table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
    <footer>版权所有</footer></body></html>
    """)
  #expect(paragraphs(document) == [["正文"]])
  #expect(document.tables.map(\.index) == [2])
}

@Test func gbkPagesAreDecodedFromTheirMetaDeclaration() throws {
  // 政府信息公开 in GBK, declared gb2312 the old way (http-equiv), as portals still publish.
  let gbk: [UInt8] = [0xD5, 0xFE, 0xB8, 0xAE, 0xD0, 0xC5, 0xCF, 0xA2, 0xB9, 0xAB, 0xBF, 0xAA]
  var bytes = Array(
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>"
      .utf8)
  bytes += gbk + Array("</p></body></html>".utf8)
  let data = Data(bytes)
  #expect(HTMLCharset.choice(for: data).encoding == "GB18030")
  let document = try HTMLReader().document(from: data)
  #expect(paragraphs(document) == [["政府信息公开"]])
  #expect(document.notices.isEmpty)
  // Undeclared and not UTF-8: read as GB18030, with a notice.
  var undeclared = Array("<p>".utf8)
  undeclared += gbk
  let guessed = try HTMLReader().document(from: Data(undeclared))
  #expect(paragraphs(guessed) == [["政府信息公开"]])
  #expect(guessed.notices.count == 1)
}

@Test func charsetDeclarationsAreRecognized() {
  func encoding(_ html: String) -> String { HTMLCharset.choice(for: Data(html.utf8)).encoding }
  #expect(encoding("<meta charset=\"GBK\"><p>a</p>") == "GB18030")
  #expect(
    encoding("<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=GB2312'>") == "GB18030")
  #expect(encoding("<meta charset=utf-8><p>中文</p>") == "UTF-8")
  #expect(encoding("<p>no declaration</p>") == "UTF-8")
  // Declared GBK, but the text is UTF-8: the content wins.
  #expect(encoding("<meta charset=gbk><p>政府信息公开工作年度报告</p>") == "UTF-8")
  #expect(
    HTMLCharset.choice(for: Data([0xEF, 0xBB, 0xBF] + Array("<p>a".utf8))).source
      == "byte-order mark")
}

@Test func bytesThatAreNotHTMLAreRefused() {
  #expect(throws: HTMLSourceError.self) {
    try HTMLReader().document(from: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]))
  }
  #expect(throws: HTMLSourceError.self) {
    try HTMLReader().document(from: Data("just some words, no markup".utf8))
  }
}

@Test func deeplyNestedTagSoupDoesNotCrash() throws {
  let html = String(repeating: "<div><span>", count: 3000) + "深处" + "<table><tr><td>1<td>2<tr><td>3"
  let document = try read(html)
  // libxml2 or the copy's depth limit drops what is too deep; nothing traps.
  _ = document.blocks
}
