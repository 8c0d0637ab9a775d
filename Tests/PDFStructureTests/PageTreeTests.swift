import Testing

@testable import PDFStructure

/// The page tree: order, inherited attributes, cycles.
@Suite struct PageTreeTests {
  @Test func pagesInheritResourcesBoxesAndRotation() throws {
    var pdf = PDFBuilder()
    pdf.catalog(
      kids: "5 0 R 3 0 R", count: 3,
      extra: "/MediaBox [0 0 595 842] /Rotate 90 /Resources << /XObject << /Fm0 9 0 R >> >>")
    pdf.object(5, "<< /Type /Pages /Parent 2 0 R /Kids [6 0 R 7 0 R] /Count 2 /CropBox 8 0 R >>")
    pdf.object(6, "<< /Type /Page /Parent 5 0 R /Rotate 0 >>")
    pdf.object(7, "<< /Type /Page /Parent 5 0 R /Resources << >> /MediaBox [0 0 100 200] >>")
    pdf.object(3, "<< /Type /Page /Parent 2 0 R >>")
    pdf.object(8, "[10 20 300 400]")
    pdf.classicXref(trailer: "<< /Size 10 /Root 1 0 R >>")
    let file = try #require(TestZlib.open(pdf.bytes))
    let pages = file.pages
    try #require(pages.count == 3)
    #expect(pages.map(\.rotation) == [0, 90, 90])
    #expect(pages[0].mediaBox?.maxY == 842 && pages[0].cropBox?.minX == 10)
    #expect(pages[0].resources?["XObject"].dictionary?["Fm0"] != nil)
    #expect(pages[1].mediaBox?.maxX == 100 && pages[1].cropBox?.maxY == 400)
    #expect(pages[1].resources?.entries.isEmpty == true)
    #expect(pages[2].cropBox == nil && pages[2].mediaBox?.maxX == 595)
  }

  @Test func aKidsCycleEnds() throws {
    var pdf = PDFBuilder()
    pdf.catalog(kids: "3 0 R 2 0 R 4 0 R", count: 2)
    pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] >>")
    pdf.object(4, "<< /Type /Pages /Kids [4 0 R 2 0 R 5 0 R] >>")
    pdf.object(5, "<< /Type /Page /MediaBox [0 0 2 2] >>")
    pdf.classicXref(trailer: "<< /Size 6 /Root 1 0 R >>")
    let file = try #require(TestZlib.open(pdf.bytes))
    #expect(file.pages.map { $0.mediaBox?.maxX } == [1, 2])
  }

  @Test func aReferenceCycleReadsAsNull() throws {
    var pdf = PDFBuilder()
    pdf.catalog(kids: "3 0 R", count: 1)
    pdf.object(3, "<< /Type /Page /MediaBox 4 0 R /Rotate 5 0 R >>")
    pdf.object(4, "5 0 R")
    pdf.object(5, "4 0 R")
    pdf.classicXref(trailer: "<< /Size 6 /Root 1 0 R >>")
    let file = try #require(TestZlib.open(pdf.bytes))
    #expect(file.pages.count == 1)
    #expect(file.pages.first?.mediaBox == nil && file.pages.first?.rotation == 0)
  }
}
