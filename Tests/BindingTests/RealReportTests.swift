import DocumentModel
import Foundation
import PDFSource
import PageImaging
import Testing

/// Tests on the published report in ../shared/real (skipped when that folder is absent).
@Suite(.enabled(if: SharedSamples.hasHongze, "../shared/real/hongze-2023.pdf is absent"))
struct RealReportTests {
  static var url: URL { SharedSamples.hongze }

  @Test func textLayer() throws {
    let document = try PDFDocument(contentsOf: Self.url)
    #expect(document.pageCount == 5)
    #expect(document.title?.contains("洪泽区人民政府") == true)
    let size = document.pageSize(1)
    #expect(abs(size.width - 595) < 1 && abs(size.height - 842) < 1)
    let first = try document.pageText(1)
    #expect(first.glyphs.map(\.text).joined().contains("洪泽区人民政府"))
    #expect(first.glyphs.allSatisfy { $0.box.maxX <= size.width + 1 && $0.box.minY >= -1 })
    #expect(first.glyphs.contains { $0.fontSize != nil })
  }

  @Test(arguments: [100.0, 150.0])
  func rulingsOnPage3(dpi: Double) throws {
    let document = try PDFDocument(contentsOf: Self.url)
    let image = try document.render(page: 3, dpi: dpi, color: false)
    let rulings = RulingDetector().rulings(in: image)
    let horizontal = rulings.filter { $0.axis == .horizontal }
    let vertical = rulings.filter { $0.axis == .vertical }
    #expect(horizontal.count >= 15, "\(horizontal.count) horizontal")
    #expect(vertical.count >= 10, "\(vertical.count) vertical")
    #expect(rulings.allSatisfy { $0.start >= 0 && $0.end <= 842 && $0.length >= 25 })
  }

  /// Prints per-page timings; meaningful only in a release build (`swift test -c release`).
  @Test func timings() throws {
    let wallClock = ContinuousClock()
    let document = try PDFDocument(contentsOf: Self.url)
    var report: [String] = []
    func time<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
      let start = wallClock.now
      let cpu = clock()
      let value = try body()
      let wall = (wallClock.now - start) / .milliseconds(1)
      let used = Double(clock() - cpu) * 1000 / Double(CLOCKS_PER_SEC)
      report.append("\(label): \(Int(wall)) ms wall, \(Int(used)) ms CPU")
      return value
    }
    let open = wallClock.now
    _ = try PDFDocument(contentsOf: Self.url)
    report.append("open: \(wallClock.now - open)")
    _ = try time("pageText ×5") { try (1...5).map { try document.pageText($0) } }
    for dpi in [100.0, 150.0, 300.0] {
      let image = try time("render p3 @\(Int(dpi)) gray") {
        try document.render(page: 3, dpi: dpi, color: false)
      }
      _ = try time("render p3 @\(Int(dpi)) rgb") {
        try document.render(page: 3, dpi: dpi, color: true)
      }
      let rulings = time("rulings p3 @\(Int(dpi))") { RulingDetector().rulings(in: image) }
      let horizontal = rulings.filter { $0.axis == .horizontal }.count
      report.append("  → \(horizontal) horizontal, \(rulings.count - horizontal) vertical")
      if ProcessInfo.processInfo.environment["PRINT_RULINGS"] != nil {
        report.append(
          rulings.map { "\($0.axis) \(Int($0.position)) \(Int($0.start))–\(Int($0.end))" }.joined(
            separator: "; "))
      }
    }
    let scan = try document.render(page: 3, dpi: 300, color: true)
    _ = time("ScanCleaner p3 @300 rgb") { ScanCleaner().cleaned(scan) }
    print("PDFSource/PageImaging timings (hongze-2023):\n  " + report.joined(separator: "\n  "))
  }
}
