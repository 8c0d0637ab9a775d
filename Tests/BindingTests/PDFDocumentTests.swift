import DocumentModel
import Foundation
import PDFSource
import Testing

@Suite struct PDFDocumentTests {
  typealias Table = TestPDFs.Table

  @Test func metadataPageCountAndSize() throws {
    let url = try TestPDFs.table(in: TestPDFs.folder())
    let document = try PDFDocument(contentsOf: url)
    #expect(document.pageCount == 1)
    #expect(document.title == "测试表格 Test")
    #expect(document.producer?.contains("cairo") == true)
    let size = document.pageSize(1)
    #expect(abs(size.width - Table.pageWidth) < 0.01)
    #expect(abs(size.height - Table.pageHeight) < 0.01)
  }

  @Test func openingFromDataMatchesTheFile() throws {
    let url = try TestPDFs.table(in: TestPDFs.folder())
    let fromFile = try PDFDocument(contentsOf: url)
    let fromData = try PDFDocument(data: Data(contentsOf: url))
    #expect(fromData.pageCount == 1)
    #expect(fromData.path == nil)
    #expect(try fromData.pageText(1) == fromFile.pageText(1))
  }

  @Test func glyphsCarryTextBoxesAndFontSizes() throws {
    let document = try PDFDocument(contentsOf: TestPDFs.table(in: TestPDFs.folder()))
    let page = try document.pageText(1)
    #expect(page.number == 1)
    #expect(page.width == Table.pageWidth)
    let text = page.glyphs.map(\.text).joined()
    #expect(text.contains(Table.title))
    #expect(text.contains(Table.cjkText))
    for digit in 1...9 { #expect(text.contains(String(digit))) }
    // One glyph per Unicode scalar, whitespace and line breaks included.
    #expect(page.glyphs.allSatisfy { $0.text.unicodeScalars.count == 1 })
    #expect(page.glyphs.contains { $0.text == "\n" })

    let first = try #require(page.glyphs.first { $0.text == "R" })
    #expect(abs(first.box.minX - Table.titleOrigin.x) < 1.5)
    #expect(first.box.minY < Table.titleOrigin.y && first.box.maxY > Table.titleOrigin.y)
    #expect(first.fontSize.map { abs($0 - 12) < 0.5 } == true)

    let cjk = try #require(page.glyphs.first { $0.text == "洪" })
    #expect(abs(cjk.box.minX - Table.cjkOrigin.x) < 1.5)
    #expect(cjk.box.minY < Table.cjkOrigin.y && cjk.box.maxY > Table.cjkOrigin.y - 2)
    #expect(abs(cjk.box.width - Table.cjkSize) < 1.5)
    #expect(cjk.fontSize.map { abs($0 - Table.cjkSize) < 0.5 } == true)

    // The digit 5 sits in the middle cell.
    let five = try #require(page.glyphs.first { $0.text == "5" })
    #expect(five.box.midX > Table.columns[1] && five.box.midX < Table.columns[2])
    #expect(five.box.midY > Table.rows[1] && five.box.midY < Table.rows[2])
  }

  @Test(arguments: [100.0, 150.0, 300.0])
  func renderHasTheSizeOfTheDPI(dpi: Double) throws {
    let document = try PDFDocument(contentsOf: TestPDFs.table(in: TestPDFs.folder()))
    let gray = try document.render(page: 1, dpi: dpi, color: false)
    #expect(gray.width == Int((Table.pageWidth * dpi / 72).rounded()))
    #expect(gray.height == Int((Table.pageHeight * dpi / 72).rounded()))
    #expect(gray.channels == 1)
    #expect(gray.dpi == dpi)
    // Background is white, the top-left table corner is ink.
    #expect(gray.gray(x: 2, y: 2) == 255)
    let scale = dpi / 72
    let darkest = (-1...1).flatMap { dy in
      (-1...1).map { dx in
        gray.gray(x: Int(Table.columns[0] * scale) + dx, y: Int(Table.rows[0] * scale) + dy)
      }
    }.min()
    #expect((darkest ?? 255) < 200)

    let color = try document.render(page: 1, dpi: dpi, color: true)
    #expect(color.channels == 3)
    #expect(color.pixels.count == gray.pixels.count * 3)
  }

  @Test func pagesOutsideTheDocumentThrow() throws {
    let document = try PDFDocument(contentsOf: TestPDFs.table(in: TestPDFs.folder()))
    for number in [0, 2, -1] {
      #expect {
        _ = try document.pageText(number)
      } throws: { ($0 as? PDFSourceError)?.kind == .pageOutOfRange }
      #expect {
        _ = try document.render(page: number, dpi: 72, color: false)
      } throws: { ($0 as? PDFSourceError)?.kind == .pageOutOfRange }
    }
  }
}
