import Testing

@testable import PDFStructure

/// Cross-reference tables, streams, incremental updates and object streams.
@Suite struct CrossReferenceTests {
  @Test func classicTableFindsEachObject() throws {
    var pdf = PDFBuilder()
    pdf.catalog(kids: "3 0 R", count: 1)
    pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>")
    pdf.stream(4, "", data: Array("0 0 m 100 0 l S".utf8))
    pdf.object(5, "(a string) % a comment")
    pdf.classicXref(trailer: "<< /Size 6 /Root 1 0 R >>")
    let file = try #require(TestZlib.open(pdf.bytes))
    #expect(!file.isEncrypted)
    #expect(file.pages.count == 1)
    let page = try #require(file.pages.first)
    #expect(page.mediaBox?.maxX == 595 && page.mediaBox?.maxY == 842)
    let stream = try #require(file.resolve(page.dictionary["Contents"]).stream)
    #expect(Array(file.rawData(of: stream)) == Array("0 0 m 100 0 l S".utf8))
    #expect(file.decodedData(of: stream, limit: 100) == Array("0 0 m 100 0 l S".utf8))
    guard case .string(let text) = file.object(5) else {
      Issue.record("object 5 is not a string")
      return
    }
    #expect(text == Array("a string".utf8))
    #expect(file.object(77).isNull)
    #expect(!file.isRebuilt, "read through the cross-reference data, not by scanning")
  }

  /// Builds objects 1–4 and an xref stream 5 (`/W [1 2 1]`, PNG Up rows) listing them, with
  /// objects 6 and 7 inside object stream 8 when `objectStream` is set.
  private func crossReferenceStreamFile(objectStream: Bool) -> [UInt8] {
    var pdf = PDFBuilder()
    pdf.catalog(kids: "3 0 R", count: 1)
    pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources 6 0 R >>")
    pdf.object(4, "(four)")
    var rows: [[UInt8]] = [[0, 0, 0, 255]]
    for number in 1...4 {
      let offset = pdf.offsets[number] ?? 0
      rows.append([1, UInt8(offset >> 8), UInt8(offset & 0xFF), 0])
    }
    if objectStream {
      let six = "<< /XObject << >> /K 6 >>"
      let header = "6 0 7 \(six.utf8.count + 1) "
      let body = six + " (seven)"
      pdf.stream(
        8, "/Type /ObjStm /N 2 /First \(header.utf8.count) /Filter /FlateDecode",
        data: TestZlib.compress(Array((header + body).utf8)))
      rows.append([0, 0, 0, 0])  // object 5: the xref stream itself, left free here
      rows.append([2, 0, 8, 0])
      rows.append([2, 0, 8, 1])
      let offset = pdf.offsets[8] ?? 0
      rows.append([1, UInt8(offset >> 8), UInt8(offset & 0xFF), 0])
    }
    // PNG Up: each row is filter byte 2 and its difference from the row above.
    var predicted: [UInt8] = []
    var previous: [UInt8] = [0, 0, 0, 0]
    for row in rows {
      predicted.append(2)
      predicted += zip(row, previous).map { $0 &- $1 }
      previous = row
    }
    let start = pdf.bytes.count
    pdf.stream(
      objectStream ? 9 : 5,
      "/Type /XRef /Size \(rows.count) /W [1 2 1] /Root 1 0 R /Filter /FlateDecode"
        + " /DecodeParms << /Predictor 12 /Columns 4 >>",
      data: TestZlib.compress(predicted))
    pdf.append("startxref\n\(start)\n%%EOF\n")
    return pdf.bytes
  }

  @Test func crossReferenceStreamWithPNGUpPredictor() throws {
    let file = try #require(TestZlib.open(crossReferenceStreamFile(objectStream: false)))
    #expect(file.trailer["Type"].name == "XRef")
    #expect(file.pages.count == 1 && file.pages.first?.mediaBox?.maxX == 200)
    guard case .string(let four) = file.object(4) else {
      Issue.record("object 4 is not a string")
      return
    }
    #expect(four == Array("four".utf8))
    #expect(!file.isRebuilt, "read through the cross-reference data, not by scanning")
  }

  @Test func objectStreamHoldsCompressedObjects() throws {
    let file = try #require(TestZlib.open(crossReferenceStreamFile(objectStream: true)))
    #expect(file.table.entries[6] == .compressed(stream: 8, index: 0))
    let resources = try #require(file.pages.first?.resources)
    #expect(resources["K"].integer == 6)
    guard case .string(let seven) = file.object(7) else {
      Issue.record("object 7 is not a string")
      return
    }
    #expect(seven == Array("seven".utf8))
    #expect(!file.isRebuilt, "read through the cross-reference data, not by scanning")
  }

  @Test func incrementalUpdateOverridesAnObject() throws {
    var pdf = PDFBuilder()
    pdf.catalog(kids: "3 0 R", count: 1)
    pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
    pdf.object(4, "(old)")
    let first = pdf.classicXref(trailer: "<< /Size 5 /Root 1 0 R >>")
    pdf.object(4, "(new)")
    pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 400] >>")
    pdf.classicXref(trailer: "<< /Size 5 /Root 1 0 R /Prev \(first) >>", only: [3, 4])
    let file = try #require(TestZlib.open(pdf.bytes))
    guard case .string(let four) = file.object(4) else {
      Issue.record("object 4 is not a string")
      return
    }
    #expect(four == Array("new".utf8))
    #expect(file.pages.first?.mediaBox?.maxX == 300)
    #expect(file.object(2).dictionary?["Count"].integer == 1)
    #expect(!file.isRebuilt, "read through the cross-reference data, not by scanning")
  }

  @Test func hybridFileReadsItsXRefStm() throws {
    var pdf = PDFBuilder()
    pdf.catalog(kids: "3 0 R", count: 1)
    pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 20] >>")
    let header = "4 0 "
    pdf.stream(
      5, "/Type /ObjStm /N 1 /First \(header.utf8.count) /Filter /FlateDecode",
      data: TestZlib.compress(Array((header + "(hidden)").utf8)))
    let xrefStream = pdf.bytes.count
    pdf.stream(
      6, "/Type /XRef /Size 5 /Index [4 1] /W [1 1 1] /Filter /FlateDecode",
      data: TestZlib.compress([2, 5, 0]))
    pdf.classicXref(
      trailer: "<< /Size 7 /Root 1 0 R /XRefStm \(xrefStream) >>", only: [1, 2, 3, 5])
    let file = try #require(TestZlib.open(pdf.bytes))
    guard case .string(let hidden) = file.object(4) else {
      Issue.record("object 4 is not a string")
      return
    }
    #expect(hidden == Array("hidden".utf8))
    #expect(!file.isRebuilt, "read through the cross-reference data, not by scanning")
  }

  @Test func aPrevLoopEnds() throws {
    var pdf = PDFBuilder()
    pdf.catalog(kids: "3 0 R", count: 1)
    pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] >>")
    let start = pdf.bytes.count
    pdf.classicXref(trailer: "<< /Size 4 /Root 1 0 R /Prev \(start) >>")
    let file = try #require(TestZlib.open(pdf.bytes))
    #expect(file.pages.count == 1)
    #expect(!file.isRebuilt, "read through the cross-reference data, not by scanning")
  }
}
