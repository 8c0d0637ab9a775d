import DOCXSource
import DocumentModel
import Foundation
import Testing

@Test func paragraphsKeepRunsBreaksAndSizesAndSkipDeletionsAndFieldCodes() throws {
  let body =
    DOCXFixture.p("洪泽区人民政府\n2023年政府信息公开工作年度报告", size: 36)
      + """
      <w:p><w:r><w:t>一、</w:t></w:r><w:ins><w:r><w:t>总体</w:t></w:r></w:ins><w:del><w:r><w:delText>删掉</w:delText></w:r></w:del><w:r><w:tab/><w:t>情况</w:t></w:r></w:p>
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
      <w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>
      <w:sdt><w:sdtContent><w:p><w:r><w:t>控件里的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>
      """
  let document = try DOCXReader().document(from: try DOCXFixture.docx(body: body))
  #expect(
    paragraphs(document) == [
      ["洪泽区人民政府", "2023年政府信息公开工作年度报告"], ["一、总体 情况"], ["3"], ["控件里的段落"],
    ])
  guard case .paragraph(let title) = document.blocks.first else {
    Issue.record("no title")
    return
  }
  #expect(title.fontSize == 18)
}

@Test func tablesResolveGridSpanVerticalMergesAndGridBefore() throws {
  let body = """
    <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
    <w:tr>\(DOCXFixture.tc("注", "<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>"))\(DOCXFixture.tc("申请人情况", "<w:gridSpan w:val=\"2\"/>"))</w:tr>
    <w:tr>\(DOCXFixture.tc("", "<w:gridSpan w:val=\"2\"/><w:vMerge/>"))\(DOCXFixture.tc("自然人"))\(DOCXFixture.tc("商业\n企业"))</w:tr>
    <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>\(DOCXFixture.tc("规章"))\(DOCXFixture.tc("1"))\(DOCXFixture.tc("2"))</w:tr>
    <w:tr>\(DOCXFixture.tc("a", "<w:hMerge w:val=\"restart\"/>"))\(DOCXFixture.tc("", "<w:hMerge/>"))\(DOCXFixture.tc("b"))\(DOCXFixture.tc("c"))</w:tr>
    </w:tbl>
    """
  let document = try DOCXReader().document(from: try DOCXFixture.docx(body: body))
  let table = try #require(document.tables.first)
  #expect(table.index == 1 && table.rowCount == 4 && table.columnCount == 4)
  #expect(cell(table, 0, 0).map { [$0.rowSpan, $0.columnSpan] } == [2, 2])
  #expect(cell(table, 0, 0)?.lines == ["注"])
  #expect(cell(table, 1, 3)?.lines == ["商业", "企业"])
  #expect(cell(table, 2, 1)?.lines == ["规章"])  // gridBefore leaves column 0 empty
  #expect(cell(table, 2, 0) == nil)
  #expect(cell(table, 3, 0)?.columnSpan == 2)
  #expect(cell(table, 3, 2)?.lines == ["b"])
}

@Test func layoutTablesAroundTablesAreReadAsParagraphs() throws {
  let inner = """
    <w:tbl><w:tr>\(DOCXFixture.tc("x"))\(DOCXFixture.tc("y"))</w:tr><w:tr>\(DOCXFixture.tc("1"))\(DOCXFixture.tc("2"))</w:tr></w:tbl>
    """
  let body = """
    <w:tbl><w:tr><w:tc>\(DOCXFixture.p("外框"))\(inner)\(DOCXFixture.p("之后"))</w:tc></w:tr></w:tbl>
    """
  let document = try DOCXReader().document(from: try DOCXFixture.docx(body: body))
  #expect(paragraphs(document) == [["外框"], ["之后"]])
  #expect(document.tables.map(\.index) == [2])
}

@Test func brokenContainersAreClearErrors() throws {
  let whole = try DOCXFixture.docx(body: DOCXFixture.p("正文"))
  func kind(_ data: Data) -> DOCXSourceError.Kind? {
    do {
      _ = try DOCXReader().document(from: data)
      return nil
    } catch {
      return error.kind
    }
  }
  #expect(kind(whole.prefix(whole.count / 2)) == .damaged)
  #expect(kind(Data("PK\u{3}\u{4}garbage".utf8)) == .damaged)
  #expect(kind(try DOCXFixture.zip(["xl/workbook.xml": "<workbook/>"])) == .notWordDocument)
  let broken = try DOCXFixture.docx(body: "<w:p><w:r><w:t>unclosed")
  #expect(kind(broken) == .damaged)
  // Offsets pointing past the end of the file (ZIPFoundation's in-memory archive trapped on
  // these; the reader goes through a file).
  var pastTheEnd = whole
  let offset = pastTheEnd.count - 22 + 16  // the end record's central-directory offset
  pastTheEnd.replaceSubrange(offset..<(offset + 4), with: [0xF0, 0xFF, 0xFF, 0x7F])
  #expect(kind(pastTheEnd) != nil)
  for index in stride(from: 0, to: whole.count, by: max(1, whole.count / 40)) {
    var flipped = whole
    flipped[index] ^= 0xFF
    _ = kind(flipped)  // any outcome but a trap
  }
}

@Test func compoundFilesAreToldApart() {
  let header = Data(WordFileKind.compoundFileSignature) + Data(count: 504)
  func utf16(_ text: String) -> Data {
    Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
  }
  #expect(WordFileKind.of(header + utf16("EncryptedPackage")) == .encryptedPackage)
  #expect(WordFileKind.of(header + utf16("WordDocument")) == .legacyWord)
  #expect(WordFileKind.of(header + utf16("Workbook")) == .otherCompoundFile)
  #expect(WordFileKind.of(header + utf16("Workbook"), fileExtension: "wps") == .legacyWord)
  #expect(WordFileKind.of(Data("{\\rtf1\\ansi".utf8)) == .rtf)
  #expect(WordFileKind.of(Data("PK\u{3}\u{4}".utf8)) == .zip)
  #expect(WordFileKind.of(Data("%PDF-1.7".utf8)) == nil)
}

@Test(.enabled(if: sharedTemplate != nil, "needs ../shared/templates"))
func theOfficialTemplateHasItsThreeTablesWithTheirMerges() throws {
  let url = try #require(sharedTemplate)
  let document = try DOCXReader().document(from: try Data(contentsOf: url))
  let tables = document.tables
  #expect(tables.count == 3)
  // Table 三: 3 label columns + 7 value columns; the note spans 3 × 3.
  let applications = try #require(tables.dropFirst().first)
  #expect(applications.columnCount == 10)
  let note = try #require(cell(applications, 0, 0))
  #expect(note.rowSpan == 3 && note.columnSpan == 3)
  #expect(note.lines.joined().contains("勾稽关系"))
  // Table 四: one data row of 15 value cells.
  let review = try #require(tables.last)
  #expect(review.cells.filter { $0.row == review.rowCount - 1 }.count == 15)
  #expect(paragraphs(document).contains { $0.joined().hasPrefix("一、") })
}

/// `../shared/templates/official-2021-template.docx` beside the repository, when present.
let sharedTemplate: URL? = {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/templates/official-2021-template.docx")
  return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

@Test func automaticNumbersArePrintedBeforeTheirParagraphs() throws {
  let w = DOCXFixture.namespace
  let numbering = """
    <?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="\(w)">
    <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
    </w:numbering>
    """
  let styles = """
    <?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="\(w)">
    <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Section"><w:basedOn w:val="Heading1"/></w:style>
    </w:styles>
    """
  func numbered(_ text: String, numId: Int, level: Int = 0) -> String {
    """
    <w:p><w:pPr><w:numPr><w:ilvl w:val="\(level)"/><w:numId w:val="\(numId)"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>
    """
  }
  let body =
    """
    <w:p><w:pPr><w:pStyle w:val="Section"/></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>
    """
    + numbered("主动公开", numId: 1, level: 1) + numbered("依申请公开", numId: 1, level: 1)
    + numbered("主动公开政府信息情况", numId: 1)
    + numbered("要点", numId: 3)
      + """
      <w:tbl><w:tr>\(DOCXFixture.tc("标签"))\(DOCXFixture.tc("值"))</w:tr><w:tr><w:tc>\(numbered("属于国家秘密", numId: 2))</w:tc>\(DOCXFixture.tc("1"))</w:tr><w:tr><w:tc>\(numbered("其他法律行政法规禁止公开", numId: 2))</w:tc>\(DOCXFixture.tc("0"))</w:tr></w:tbl>
      """
  let data = try DOCXFixture.docx(
    body: body, extraParts: ["word/numbering.xml": numbering, "word/styles.xml": styles])
  let document = try DOCXReader().document(from: data)
  #expect(
    paragraphs(document) == [
      ["一、 总体情况"], ["（一） 主动公开"], ["（二） 依申请公开"], ["二、 主动公开政府信息情况"], ["要点"],
    ])
  let table = try #require(document.tables.first)
  #expect(cell(table, 1, 0)?.lines == ["1. 属于国家秘密"])
  #expect(cell(table, 2, 0)?.lines == ["2. 其他法律行政法规禁止公开"])
}
