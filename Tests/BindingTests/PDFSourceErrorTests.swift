import Foundation
import PDFSource
import Testing

@Suite struct PDFSourceErrorTests {
  private func kind(opening url: URL) -> PDFSourceError.Kind? {
    do {
      _ = try PDFDocument(contentsOf: url)
      return nil
    } catch let error as PDFSourceError {
      #expect(error.path == url.path)
      #expect(!error.message.isEmpty && error.remedy != nil)
      return error.kind
    } catch {
      Issue.record("unexpected error \(error)")
      return nil
    }
  }

  @Test func missingFile() throws {
    let url = try TestPDFs.folder().appendingPathComponent("absent.pdf")
    #expect(kind(opening: url) == .notFound)
  }

  @Test func directoryIsUnreadable() throws {
    #expect(kind(opening: try TestPDFs.folder()) == .unreadable)
  }

  @Test func zeroBytes() throws {
    let url = try TestPDFs.folder().appendingPathComponent("empty.pdf")
    try Data().write(to: url)
    #expect(kind(opening: url) == .empty)
  }

  @Test func textFileIsNotAPDF() throws {
    let url = try TestPDFs.folder().appendingPathComponent("notes.pdf")
    try Data("政府信息公开 — not a PDF at all\n".utf8).write(to: url)
    #expect(kind(opening: url) == .notPDF)
  }

  @Test func headerAfterAPrefixIsStillAPDF() throws {
    let folder = try TestPDFs.folder()
    let source = try Data(contentsOf: TestPDFs.table(in: folder))
    let url = folder.appendingPathComponent("prefixed.pdf")
    try (Data("garbage before the header\n".utf8) + source).write(to: url)
    // Past the header check; poppler may open or reject it, but never as notPDF.
    #expect(kind(opening: url) != .notPDF)
  }

  @Test func dataErrors() {
    #expect { _ = try PDFDocument(data: Data()) } throws: {
      ($0 as? PDFSourceError)?.kind == .empty
    }
    #expect { _ = try PDFDocument(data: Data("hello".utf8)) } throws: {
      ($0 as? PDFSourceError)?.kind == .notPDF
    }
    #expect { _ = try PDFDocument(data: Data("%PDF-1.7\n garbage".utf8)) } throws: {
      ($0 as? PDFSourceError)?.kind == .damaged
    }
  }

  /// Poppler may reconstruct a truncated file or reject it; either way: no crash, right kind.
  @Test(arguments: [0.1, 0.5, 0.9, 0.99])
  func truncatedFile(fraction: Double) throws {
    let folder = try TestPDFs.folder()
    let source = try Data(contentsOf: TestPDFs.table(in: folder))
    let url = folder.appendingPathComponent("truncated.pdf")
    try source.prefix(Int(Double(source.count) * fraction)).write(to: url)
    do {
      let document = try PDFDocument(contentsOf: url)
      for number in 1..<(document.pageCount + 1) {
        _ = try? document.pageText(number)
        _ = try? document.render(page: number, dpi: 36, color: false)
      }
    } catch let error as PDFSourceError {
      #expect(error.kind == .damaged)
    }
  }

  @Test(.enabled(if: TestPDFs.hasReportLab, "python3 with reportlab makes the fixture"))
  func encryptedFile() throws {
    let url = try TestPDFs.encrypted(in: TestPDFs.folder())
    #expect(kind(opening: url) == .encrypted)
    do {
      _ = try PDFDocument(contentsOf: url)
    } catch let error as PDFSourceError {
      #expect(error.description.contains("qpdf --decrypt"))
    }
  }
}
