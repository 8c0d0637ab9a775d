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

  /// A simulated 300 dpi scan of page 3, skewed 0.7°: cleaning finds the skew, and the rulings
  /// of the cleaned scan match those of the vector render.
  @Test func rulingsOnACleanedScanOfPage3() throws {
    let vector = try PDFDocument(contentsOf: Self.url).render(page: 3, dpi: 150, color: false)
    let reference = RulingDetector().rulings(in: vector)
    let scan = try TestScans.rotatedScan(of: Self.url, page: 3, dpi: 300, degrees: 0.7)
    let cleaned = ScanCleaner().cleaned(scan)
    #expect(abs(abs(cleaned.skewDegrees) - 0.7) < 0.15, "skew \(cleaned.skewDegrees)")
    // The 1-px speckle noise is gone from the blank top margin.
    let margin = (0..<150).flatMap { y in
      (0..<cleaned.image.width).map { cleaned.image.gray(x: $0, y: y) }
    }
    #expect(margin.allSatisfy { $0 == 255 })
    let rulings = RulingDetector().rulings(in: cleaned.image)
    ImageDump.write(scan, named: "hongze-p3-scan")
    ImageDump.write(cleaned.image, named: "hongze-p3-cleaned")
    for axis in [Ruling.Axis.horizontal, .vertical] {
      let expected = reference.filter { $0.axis == axis }
      let found = rulings.filter { $0.axis == axis }
      #expect(found.count == expected.count, "\(axis): \(found.count) vs \(expected.count)")
      // Every long reference line has a counterpart within 2 pt (rotation about the centre
      // leaves up to ~1 pt of residual offset after deskew).
      for line in expected where line.length > 100 {
        #expect(
          found.contains { abs($0.position - line.position) < 2 && abs($0.start - line.start) < 4 },
          "\(line) not found")
      }
    }
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
