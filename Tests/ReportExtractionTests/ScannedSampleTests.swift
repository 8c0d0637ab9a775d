import Foundation
import ReportExtraction
import ReportSchema
import ReportTestSupport
import Testing

/// The scanned (OCR) path on a few scanned samples: OCR costs seconds per page, so the suite
/// reads one sample per resolution class; `Scripts/evaluate` scores all of them.
///
/// Thresholds are issue #4's acceptance: ≥ 99 % of cells right at 300 dpi, ≥ 98 % at 150–200
/// dpi with seal and skew, agency and year exact, and no silent error (every wrong cell is in
/// `review`).
struct ScannedSampleTests {
  /// Slug prefix, the share of cells that must be right, and how far every page is scanned
  /// turned clockwise (0: upright).
  ///
  /// s15–s20 are issue #12's degradations, made by `Scripts/stress --kind scan --scan-extras
  /// dpi100,skew3,quarter,light,perspective` (9505:63, 9505:62, 9505:39, 9505:1, 9505:22,
  /// 9503:39), s21–s26 by plain `--kind scan` runs (9704:4, 9709:24, 9710:9, 9751:10, 9773:14,
  /// 9773:54); their shares are
  /// the measured ones less a cell, so a regression fails. s22 and s23 are far below the
  /// acceptance: they hold the gains of dashed borders and unruled tables, and no silent cell.
  static let cases: [(prefix: String, minimumRight: Double, turn: Int)] = [
    ("s07-", 0.99, 0),  // 300 dpi gray, red seal over the date, 2019 format
    ("s02-", 0.98, 0),  // 200 dpi gray, red seal, rotated 1°, blurred
    ("s01-", 0.98, 0),  // 150 dpi gray, rotated 0.5°, noise, JPEG
    ("s15-", 0.995, 0),  // 100 dpi gray (200/200)
    ("s16-", 0.99, 0),  // 100 dpi gray, 1.35°, seal over the title (199/200)
    ("s17-", 0.985, 0),  // 150 dpi gray, −2.46°, noise 12, seal over table 四 (198/200)
    ("s18-", 0.995, 180),  // 240 dpi gray, 2.51°, upside down (200/200)
    ("s19-", 0.98, 90),  // 200 dpi bilevel JPEG q27, on its side (197/200)
    ("s20-", 0.995, 270),  // 240 dpi colour, JPEG q29, on its other side (200/200)
    // A seal's ring over table 四 cut its row into 3.2 pt slivers read blank, silently (9704:4).
    ("s21-", 0.99, 0),  // 200 dpi bilevel, seal over table 四, 2019 format (198/198)
    // Dashed borders: no dash was a ruling and every table was lost, 0/198 (9709:24); then
    // 127/198 before irregular dash chains were taken apart from regular ones and the dashes
    // erased before page OCR.
    ("s22-", 0.83, 0),  // 200 dpi bilevel, dashed borders, 2019 format (165/198)
    // Borders gone in binarization: columns from where the numbers lie; 21/198 and 2 silent
    // blanks before (9710:9), 102/198 before labels wrapped over many lines, values right
    // after long labels and label numbering were told apart from values, 134/198 before the
    // values page OCR dropped were read from the ink no word covers.
    ("s23-", 0.875, 0),  // 200 dpi bilevel (threshold 164), no borders left (175/198)
    // A seal turned gray over the title: the agency read `郑` before the title was voted on in
    // the page's dark ink too (9751:10).
    ("s24-", 0.995, 0),  // 150 dpi gray, 1.98°, seal over the title (200/200)
    // Borders gone, a speck between the 自然人 and 商业企业 columns read `。`: it joined `279` and
    // `62` into one cell and the two columns into one, every row of table 三 lost (9773:14,
    // 20/198 before `StreamTableFinder.withoutMarksBetweenValues`). Table 四 lost values.
    ("s25-", 0.89, 0),  // 240 dpi bilevel (threshold 136), no borders left (178/198)
    // Table 三's item column came back empty from page OCR, and the digits engine read its
    // labels as `6.8`, `2.68`, `3`: seven rows unmapped (9773:54, 137/186 before `LabelColumns`).
    ("s26-", 0.99, 0),  // 240 dpi colour (186/186)
  ]
  /// Cases that do not meet the acceptance yet (recorded as known issues, not hidden); s07 met
  /// it once its title was re-read at several scales (198/198 cells, 长宁县 right).
  static let knownShort: Set<String> = []

  @Test(arguments: cases.map(\.prefix))
  func scannedSampleIsReadWithinTolerance(_ prefix: String) throws {
    let sample = try #require(
      Samples.scanned.first { $0.slug.hasPrefix(prefix) }, "no scanned sample Samples/\(prefix)*")
    let minimum = try #require(Self.cases.first { $0.prefix == prefix }).minimumRight
    // Two threads, as `govreport extract` reads on a 2-core machine (CLI tests check that the
    // output does not depend on it).
    let output = try ReportExtractor(threads: 2).extract(sample.pdf)
    let expected = try Samples.expectedJSON(sample)
    if Self.knownShort.contains(prefix) {
      try withKnownIssue("issue #4: below the 300 dpi acceptance", isIntermittent: true) {
        try Self.expectReadWell(
          output, expected: expected, minimumRight: minimum, name: sample.slug)
      }
    } else {
      try Self.expectReadWell(output, expected: expected, minimumRight: minimum, name: sample.slug)
    }
    #expect(output.source.textPages.isEmpty)
    #expect(output.source.ocrPages.count == output.source.pages)
    let turn = try #require(Self.cases.first { $0.prefix == prefix }).turn
    let turned = output.source.turnedPages
    #expect(
      turn == 0
        ? turned.isEmpty
        : turned.count == output.source.pages
          && turned.values.allSatisfy { $0 == turn },
      "\(sample.slug): pages turned back \(turned.sorted { $0.key < $1.key }), expected \(turn)° each"
    )
  }

  /// The real report rasterized at 300 dpi gray at test time (needs `../shared/real`, `pdftoppm`
  /// and `img2pdf`; skipped without them).
  @Test(
    .enabled(
      if: Repository.hongze != nil && tool("pdftoppm") != nil && tool("img2pdf") != nil,
      "needs ../shared/real/hongze-2023.pdf, pdftoppm and img2pdf"))
  func rasterizedRealReportIsReadWithinTolerance() throws {
    let hongze = try #require(Repository.hongze)
    let pdftoppm = try #require(Self.tool("pdftoppm"))
    let img2pdf = try #require(Self.tool("img2pdf"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "govreport-scan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.run(
      pdftoppm,
      ["-r", "300", "-gray", "-png", hongze.pdf.path, folder.appendingPathComponent("p").path])
    let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".png") }.sorted().map { folder.appendingPathComponent($0).path }
    let scan = folder.appendingPathComponent("scan.pdf")
    try Self.run(img2pdf, pages + ["-o", scan.path])
    let output = try ReportExtractor().extract(scan)
    let expected = try JSONParser.parse(try String(contentsOf: hongze.expected, encoding: .utf8))
    try Self.expectReadWell(
      output, expected: expected, minimumRight: 0.99, name: "hongze-2023 at 300 dpi")
  }

  /// Cell accuracy, agency and year, and every wrong cell listed in `review`.
  static func expectReadWell(
    _ output: ExtractionOutput, expected: JSONValue, minimumRight: Double, name: String
  ) throws {
    let json = output.json()
    let (wrong, total) = ExpectedComparison.cellMismatches(expected: expected, actual: json)
    try #require(total > 100, "\(name): too few cells compared")
    let right = Double(total - wrong.count) / Double(total)
    #expect(
      right >= minimumRight, "\(name): \(total - wrong.count)/\(total) cells right; wrong: \(wrong)"
    )
    #expect(json["report"]?["agency"] == expected["report"]?["agency"], "\(name): agency")
    #expect(json["report"]?["year"] == expected["report"]?["year"], "\(name): year")
    let reviewed = Set(output.review.map(\.cell))
    let silent = wrong.filter { !reviewed.contains($0) }
    #expect(silent.isEmpty, "\(name): wrong cells not in review: \(silent)")
  }

  /// The path of an executable on PATH, or nil.
  static func tool(_ name: String) -> String? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static func run(_ tool: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "\(tool) failed")
  }
}
