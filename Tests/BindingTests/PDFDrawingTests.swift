import DocumentModel
import Foundation
import PDFSource
import PageImaging
import Testing
import VectorGraphics

@Suite struct PDFDrawingTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var textSamples: [URL] {
    let folder = repository.appendingPathComponent("Samples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".pdf") && ($0.hasPrefix("t") || $0.hasPrefix("r")) }
      .sorted()
      .map { folder.appendingPathComponent($0) }
      + (SharedSamples.hasHongze ? [SharedSamples.hongze] : [])
  }

  @Test func tableLinesComeFromTheDrawingAtTheirExactPositions() throws {
    let url = try TestPDFs.table(in: TestPDFs.folder())
    let drawing = try #require(PDFDrawing(data: try Data(contentsOf: url)))
    let result = try #require(drawing.rulings(page: 1))
    let horizontal = result.rulings.filter { $0.axis == .horizontal }
    let vertical = result.rulings.filter { $0.axis == .vertical }
    #expect(horizontal.map(\.position).map { $0.rounded() } == TestPDFs.Table.rows)
    #expect(vertical.map(\.position).map { $0.rounded() } == TestPDFs.Table.columns)
    #expect(result.imageArea == 0)
    #expect(drawing.rulings(page: 2) == nil)
  }

  @Test func bytesThatAreNotAPDFGiveNoDrawing() {
    #expect(PDFDrawing(data: Data("not a pdf at all".utf8)) == nil)
    #expect(PDFDrawing(data: Data()) == nil)
  }

  /// Every ruling of 100 pt or more that a 72 dpi render shows is in the drawing, within 1.5 pt,
  /// on every page of every text-layer sample: the two sources describe the same grid. (Shorter
  /// rendered "rulings" include runs of aligned horizontal strokes of bold CJK headings, 50–85 pt
  /// in t07 and t11, which the drawing rightly lacks.)
  @Test(arguments: textSamples)
  func drawingAndRenderAgreeOnLongRulings(_ url: URL) throws {
    let data = try Data(contentsOf: url)
    let document = try PDFDocument(data: data)
    let drawing = try #require(PDFDrawing(data: data))
    for page in 1...document.pageCount {
      let vector = try #require(drawing.rulings(page: page)).rulings
      let rendered = RulingDetector().rulings(
        in: try document.render(page: page, dpi: 72, color: false))
      for ruling in rendered where ruling.length >= 100 {
        let covered = vector.contains {
          $0.axis == ruling.axis && abs($0.position - ruling.position) <= 1.5
            && $0.start <= ruling.start + 3 && $0.end >= ruling.end - 3
        }
        #expect(covered, "\(url.lastPathComponent) p\(page): rendered \(ruling) not in the drawing")
      }
    }
  }
}

/// Object streams and cross-reference streams (what most real writers produce) read the same
/// as the classic tables of the samples: each text sample rewritten by the qpdf command-line tool
/// with `--object-streams=generate` gives the same rulings on every page.
@Suite struct PDFDrawingObjectStreamTests {
  static var qpdf: String? {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/qpdf") ? "/usr/bin/qpdf" : nil
  }

  @Test(.enabled(if: qpdf != nil), arguments: PDFDrawingTests.textSamples.prefix(4))
  func objectStreamCopyGivesTheSameRulings(_ url: URL) throws {
    let folder = try TestPDFs.folder()
    let copy = folder.appendingPathComponent("objstm-" + url.lastPathComponent)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(Self.qpdf))
    process.arguments = ["--object-streams=generate", "--compress-streams=y", url.path, copy.path]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0 || process.terminationStatus == 3)
    let copied = try Data(contentsOf: copy)
    #expect(copied.range(of: Data("/ObjStm".utf8)) != nil)
    let original = try #require(PDFDrawing(data: try Data(contentsOf: url)))
    let rewritten = try #require(PDFDrawing(data: copied))
    #expect(rewritten.pageCount == original.pageCount)
    for page in 1...original.pageCount {
      #expect(rewritten.rulings(page: page)?.rulings == original.rulings(page: page)?.rulings)
    }
  }
}

/// A page with `/Rotate` gives its rulings in the frame poppler displays it in (its text's
/// frame): a text sample turned 90°, 180° and 270° by the qpdf command-line tool (only `/Rotate`
/// set) gives in its drawing every long ruling a render of the turned page shows.
@Suite struct PDFDrawingRotationTests {
  @Test(
    .enabled(if: PDFDrawingObjectStreamTests.qpdf != nil), arguments: [90, 180, 270])
  func aTurnedPageGivesTheRulingsItShows(_ degrees: Int) throws {
    let url = try #require(PDFDrawingTests.textSamples.first)
    let folder = try TestPDFs.folder()
    let turned = folder.appendingPathComponent("turned-\(degrees)-" + url.lastPathComponent)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(PDFDrawingObjectStreamTests.qpdf))
    process.arguments = ["--rotate=+\(degrees)", url.path, turned.path]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0 || process.terminationStatus == 3)
    let data = try Data(contentsOf: turned)
    let document = try PDFDocument(data: data)
    let drawing = try #require(PDFDrawing(data: data))
    var compared = 0
    for page in 1...document.pageCount {
      let vector = try #require(drawing.rulings(page: page), "p\(page) read").rulings
      let rendered = RulingDetector().rulings(
        in: try document.render(page: page, dpi: 72, color: false))
      for ruling in rendered where ruling.length >= 100 {
        compared += 1
        let covered = vector.contains {
          $0.axis == ruling.axis && abs($0.position - ruling.position) <= 1.5
            && $0.start <= ruling.start + 3 && $0.end >= ruling.end - 3
        }
        #expect(covered, "\(degrees)° p\(page): rendered \(ruling) not in the drawing")
      }
    }
    #expect(compared > 20)
  }
}
