import Testing

@testable import PDFStructure

/// Damaged files: the table is rebuilt by scanning, as poppler does; hostile ones fail cleanly.
@Suite struct RecoveryTests {
  /// A one-page file: catalog 1, pages 2, page 3 with content 4 (`0 0 m 10 0 l S`).
  private func onePage() -> PDFBuilder {
    var pdf = PDFBuilder()
    pdf.catalog(kids: "3 0 R", count: 1)
    pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>")
    pdf.stream(4, "", data: Array("0 0 m 10 0 l S".utf8))
    return pdf
  }

  private func content(_ file: PDFFile) -> [UInt8]? {
    guard let page = file.pages.first,
      let stream = file.resolve(page.dictionary["Contents"]).stream
    else { return nil }
    return Array(file.rawData(of: stream))
  }

  @Test func wrongOffsetsAreRebuiltByScanning() throws {
    var pdf = onePage()
    pdf.classicXref(trailer: "<< /Size 5 /Root 1 0 R >>", shift: 7)
    let file = try #require(TestZlib.open(pdf.bytes))
    #expect(file.isRebuilt)
    #expect(file.pages.count == 1 && file.pages.first?.mediaBox?.maxY == 792)
    #expect(content(file) == Array("0 0 m 10 0 l S".utf8))
  }

  @Test func oneWrongOffsetRebuildsWhenThatObjectIsRead() throws {
    var pdf = onePage()
    pdf.offsets[4] = (pdf.offsets[4] ?? 0) + 3
    pdf.classicXref(trailer: "<< /Size 5 /Root 1 0 R >>")
    let file = try #require(TestZlib.open(pdf.bytes))
    #expect(!file.isRebuilt)
    #expect(content(file) == Array("0 0 m 10 0 l S".utf8))
    #expect(file.isRebuilt)
  }

  @Test func missingXrefUsesTheLastTrailer() throws {
    var pdf = onePage()
    pdf.append("trailer\n<< /Size 5 /Root 1 0 R >>\n%%EOF\n")
    let file = try #require(TestZlib.open(pdf.bytes))
    #expect(file.isRebuilt)
    #expect(content(file) == Array("0 0 m 10 0 l S".utf8))
  }

  @Test func noTrailerAtAllFindsTheCatalog() throws {
    let pdf = onePage()
    let file = try #require(TestZlib.open(pdf.bytes + Array("garbage after the end".utf8)))
    #expect(file.isRebuilt && file.pages.count == 1)
  }

  @Test func trailingGarbageAfterStartxrefIsAllowed() throws {
    var pdf = onePage()
    pdf.classicXref(trailer: "<< /Size 5 /Root 1 0 R >>")
    pdf.bytes += [UInt8](repeating: 0, count: 3000) + Array("junk".utf8)
    let file = try #require(TestZlib.open(pdf.bytes))
    #expect(!file.isRebuilt && file.pages.count == 1)
  }

  @Test func truncatedFileKeepsWhatItCan() throws {
    var pdf = onePage()
    pdf.object(5, "<< /Filler (\(String(repeating: "x", count: 200))) >>")
    pdf.classicXref(trailer: "<< /Size 6 /Root 1 0 R >>")
    let cut = try #require(pdf.offsets[5])
    let file = try #require(TestZlib.open(Array(pdf.bytes.prefix(cut + 40))))
    #expect(file.isRebuilt && file.pages.count == 1)
    #expect(file.object(5).isNull)
    for length in stride(from: 0, to: pdf.bytes.count, by: 7) {
      _ = TestZlib.open(Array(pdf.bytes.prefix(length)))?.pages  // no crash, no hang
    }
  }

  @Test func garbageIsNotAPDF() {
    #expect(TestZlib.open([]) == nil)
    #expect(TestZlib.open(Array("This is a text file with a .pdf name.\n".utf8)) == nil)
    var generator = SystemRandomNumberGenerator()
    let noise = (0..<50_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
    #expect(TestZlib.open(noise) == nil)
    #expect(TestZlib.open(Array("%PDF-1.4\nstartxref\n999999999\n%%EOF".utf8)) == nil)
  }

  @Test func encryptedTrailerIsReported() throws {
    var pdf = onePage()
    pdf.object(5, "<< /Filter /Standard /V 5 /R 6 >>")
    pdf.classicXref(trailer: "<< /Size 6 /Root 1 0 R /Encrypt 5 0 R /ID [<01> <01>] >>")
    let file = try #require(TestZlib.open(pdf.bytes))
    #expect(file.isEncrypted)
    var plain = onePage()
    plain.classicXref(trailer: "<< /Size 5 /Root 1 0 R >>")
    #expect(TestZlib.open(plain.bytes)?.isEncrypted == false)
  }

  @Test func indirectAndWrongLengths() throws {
    var pdf = PDFBuilder()
    pdf.catalog(kids: "3 0 R", count: 1)
    pdf.object(
      3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] /Contents [4 0 R 5 0 R 6 0 R] >>")
    pdf.stream(4, "", data: Array("indirect length".utf8), length: "7 0 R")
    pdf.stream(5, "", data: Array("length too short".utf8), length: "3")
    pdf.stream(6, "", data: Array("length past the end".utf8), length: "99999")
    pdf.object(7, "15")
    pdf.classicXref(trailer: "<< /Size 8 /Root 1 0 R >>")
    let file = try #require(TestZlib.open(pdf.bytes))
    let streams = try #require(file.pages.first?.dictionary["Contents"].array)
      .compactMap { file.resolve($0).stream }
    #expect(
      streams.map { String(decoding: file.rawData(of: $0), as: UTF8.self) } == [
        "indirect length", "length too short", "length past the end",
      ])
  }

  @Test func decompressionBombStopsAtTheLimit() throws {
    var pdf = onePage()
    let bomb = TestZlib.compress([UInt8](repeating: 0, count: 8 << 20))
    pdf.stream(5, "/Filter /FlateDecode", data: bomb)
    pdf.classicXref(trailer: "<< /Size 6 /Root 1 0 R >>")
    let file = try #require(TestZlib.open(pdf.bytes))
    let stream = try #require(file.object(5).stream)
    #expect(file.decodedData(of: stream, limit: 1 << 20) == nil)
    #expect(file.decodedData(of: stream, limit: 16 << 20)?.count == 8 << 20)
  }
}
