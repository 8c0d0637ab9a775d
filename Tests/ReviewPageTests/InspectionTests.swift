import Foundation
import PDFSource
import ReportExtraction
import ReportSchema
import ReportTestSupport
import Testing

/// `ReportInspector` writes one annotated image per table page and a self-contained review page.
@Suite struct InspectionTests {
  @Test func imagesHaveThePageSizeAtTheImageResolution() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let inspector = ReportInspector()
    let output = try inspector.inspect(Fixtures.defectSample, to: folder)
    let document = try PDFDocument(contentsOf: Fixtures.defectSample)
    let tablePages = Set(output.report.cells.values.map(\.page))
    #expect(!tablePages.isEmpty)
    for page in tablePages.sorted() {
      let data = try Data(contentsOf: folder.appendingPathComponent("page-\(page).png"))
      let size = try #require(Fixtures.pngSize(data), "page-\(page).png is not a PNG")
      let points = document.pageSize(page)
      #expect(size.width == Int((points.width * inspector.dpi / 72).rounded()))
      #expect(size.height == Int((points.height * inspector.dpi / 72).rounded()))
    }
    // Page 1 holds only prose (section 一) in this sample: no image for it.
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("page-1.png").path))
  }

  @Test func reviewPageListsEveryReviewItemAndLoadsNothingRemote() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try ReportInspector().inspect(Fixtures.defectSample, to: folder)
    #expect(!output.review.isEmpty)
    let html = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(html.components(separatedBy: "<li id=\"review-").count - 1 == output.review.count)
    for (offset, item) in output.review.enumerated() {
      let entry = try #require(
        html.range(of: "<li id=\"review-\(offset + 1)\""), "review item \(offset + 1) missing")
      let line = html[entry.lowerBound...].prefix { $0 != "\n" }
      #expect(
        line.contains("href=\"#cell-\(item.cell)\""), "item \(offset + 1) does not link its cell")
      #expect(line.contains(item.reason.replacingOccurrences(of: "'", with: "&#39;")))
      // The link's target exists: the highlight box over the cell on its page image.
      #expect(html.contains("id=\"cell-\(item.cell)\""))
    }
    for image in ["page-2.png", "page-3.png"] {
      #expect(html.contains("src=\"\(image)\""))
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(image).path))
    }
  }
}
