import Foundation
import ReportSchema
import ReportTestSupport
import Testing

/// Every documented exit code, asserted by running the binary (README, "Exit codes").
@Suite struct ExitCodeTests {
  let folder: URL

  init() throws {
    folder = try CommandRunner.temporaryFolder()
  }

  private func write(_ data: Data, _ name: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  @Test func missingFileExitsTwoWithOneClearLine() throws {
    let result = try CommandRunner.run(["extract", folder.appendingPathComponent("nope.pdf").path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no such file"))
    #expect(result.stdout.isEmpty)
  }

  @Test func zeroBytesExitsTwo() throws {
    let result = try CommandRunner.run(["extract", try write(Data(), "empty.pdf")])
    #expect(result.status == 2)
    #expect(result.stderr.contains("empty"))
  }

  @Test func notAPDFExitsTwo() throws {
    let result = try CommandRunner.run([
      "extract", try write(Data("hello, world\n".utf8), "text.pdf"),
    ])
    #expect(result.status == 2)
    #expect(result.stderr.lowercased().contains("not a pdf"))
  }

  @Test func truncatedPDFExitsTwoOrReadsWhatIsThere() throws {
    let whole = MinimalPDF.document(pages: [["Annual report"]])
    let path = try write(whole.prefix(whole.count / 3), "truncated.pdf")
    let result = try CommandRunner.run(["extract", path])
    // poppler sometimes reconstructs a damaged file; then it is simply not a report.
    #expect([2, 4].contains(result.status), "stderr: \(result.stderr)")
    #expect(!result.stderr.isEmpty)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/qpdf"), "needs qpdf"))
  func encryptedPDFExitsTwoAndSuggestsDecrypting() throws {
    let plain = try write(MinimalPDF.document(pages: [["secret"]]), "plain.pdf")
    let locked = folder.appendingPathComponent("locked.pdf").path
    let qpdf = Process()
    qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
    qpdf.arguments = ["--encrypt", "user", "owner", "256", "--", plain, locked]
    try qpdf.run()
    qpdf.waitUntilExit()
    let result = try CommandRunner.run(["extract", locked])
    #expect(result.status == 2)
    #expect(result.stderr.contains("encrypted"))
    #expect(result.stderr.contains("qpdf --decrypt"))
  }

  @Test func missingLanguageDataExitsThreeAndNamesIt() throws {
    // Tesseract finds chi_sim through TESSDATA_PREFIX; an empty folder there has none.
    let sample = try #require(Samples.textLayer.first, "Samples/ has no text-layer sample")
    let tessdata = folder.appendingPathComponent("tessdata")
    try FileManager.default.createDirectory(at: tessdata, withIntermediateDirectories: true)
    let result = try CommandRunner.run(
      ["extract", sample.pdf.path, "--ocr", "always"],
      environment: ["TESSDATA_PREFIX": tessdata.path])
    #expect(result.status == 3, "stderr: \(result.stderr)")
    #expect(result.stderr.contains("chi_sim") && result.stderr.contains(tessdata.path))
    #expect(result.stderr.contains("tesseract-ocr-chi-sim"))
    #expect(result.stdout.isEmpty)
  }

  @Test func tesseractWithoutAFunctionExitsThreeAndNamesIt() throws {
    // A "libtesseract.so.5" that is really libc: it loads, but exports none of tesseract's
    // functions. The loader must say so up front rather than let a stub answer for one.
    let libc = try #require(Self.loadedLibrary(named: "libc.so.6"), "no libc.so.6 in our maps")
    let libraries = folder.appendingPathComponent("lib")
    try FileManager.default.createDirectory(at: libraries, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: libraries.appendingPathComponent("libtesseract.so.5").path, withDestinationPath: libc)
    let sample = try #require(Samples.textLayer.first, "Samples/ has no text-layer sample")
    let result = try CommandRunner.run(
      ["extract", sample.pdf.path, "--ocr", "always"],
      environment: ["LD_LIBRARY_PATH": libraries.path])
    #expect(result.status == 3, "stderr: \(result.stderr)")
    #expect(result.stderr.contains("libtesseract.so.5 has no function TessBaseAPI"))
    #expect(result.stdout.isEmpty)
  }

  @Test func aPDFThatIsNotAReportExitsFour() throws {
    let pdf = MinimalPDF.document(pages: [
      ["Quarterly sales figures for the northern region", "Nothing else here"]
    ])
    let result = try CommandRunner.run(["extract", try write(pdf, "sales.pdf")])
    #expect(result.status == 4, "stderr: \(result.stderr)")
    #expect(result.stderr.contains("not an annual"))
  }

  @Test func aCompilationExitsEightUnlessSplit() throws {
    let compilations = Repository.root.appendingPathComponent("Samples/compilations")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: compilations.path)
        .filter { $0.hasSuffix(".pdf") }.sorted().first, "no Samples/compilations/*.pdf")
    let pdf = compilations.appendingPathComponent(name).path
    let target = folder.appendingPathComponent("one.json").path
    let single = try CommandRunner.run(["extract", pdf, "-o", target])
    #expect(single.status == 8, "stderr: \(single.stderr)")
    #expect(single.stderr.contains("holds 3 reports") && single.stderr.contains("--split"))
    #expect(!FileManager.default.fileExists(atPath: target))
    let split = folder.appendingPathComponent("split").path
    let result = try CommandRunner.run(["extract", pdf, "--split", split])
    #expect([0, 6, 7].contains(result.status), "stderr: \(result.stderr)")
    let stem = String(name.dropLast(4))
    let written = try FileManager.default.contentsOfDirectory(atPath: split).sorted()
    #expect(written == (1...3).map { "\(stem)-\($0).json" })
    let both = try CommandRunner.run(["extract", pdf, "--split", split, "-o", target])
    #expect(both.status == 64)
  }

  @Test func unwritableOutputExitsFiveAndLeavesNoFile() throws {
    let sample = try #require(Samples.textLayer.first, "Samples/ has no text-layer sample")
    let target = folder.appendingPathComponent("missing-folder/out.json").path
    let result = try CommandRunner.run(["extract", sample.pdf.path, "-o", target])
    #expect(result.status == 5)
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test func aConsistentReportExitsZeroAndADefectiveOneSix() throws {
    let good = try #require(Samples.textLayer.first { !$0.hasDefects })
    let out = folder.appendingPathComponent("good.json")
    let ok = try CommandRunner.run(["extract", good.pdf.path, "-o", out.path])
    #expect(ok.status == 0, "\(good.slug): \(ok.stderr)")
    #expect(ok.stdout.isEmpty)
    let written = try JSONParser.parse(try String(contentsOf: out, encoding: .utf8))
    #expect(try SchemaValidator.output().violations(of: written) == [])

    let bad = try #require(Samples.textLayer.first { $0.hasDefects }, "no deliberate-defect sample")
    let failed = try CommandRunner.run(["extract", bad.pdf.path])
    #expect(failed.status == 6, "\(bad.slug): \(failed.stderr)")
    #expect(failed.stderr.contains("cross-check"))
    #expect(try JSONParser.parse(failed.stdout)["checks"] != nil)
  }

  /// A scan whose checks all pass still has OCR'd cells no check covers (table 二): they are in
  /// `review`, so the file needs a person and must not exit 0 (report-format.md §7).
  @Test func aScanWithCellsToReviewExitsSeven() throws {
    let scan = try #require(Samples.scanned.first { !$0.hasDefects }, "no scanned sample")
    let result = try CommandRunner.run(["extract", scan.pdf.path])
    let json = try JSONParser.parse(result.stdout)
    let checks = json["checks"]?.arrayValue ?? []
    try #require(checks.allSatisfy { $0["ok"] == .bool(true) }, "\(scan.slug) fails a check")
    #expect(json["review"]?.arrayValue?.isEmpty == false)
    #expect(result.status == 7, "\(scan.slug): \(result.stderr)")
    #expect(result.stderr.contains("need review"))
  }

  @Test func exportFromADamagedDatabaseExitsOne() throws {
    // `extract` has no honest way to fail unexpectedly (every error it can meet has a kind);
    // `export` ends with 1 on any store failure, here a file that is not SQLite.
    let database = try write(Data("not a database, whatever its name says\n".utf8), "x.sqlite")
    let csv = folder.appendingPathComponent("cells.csv").path
    let result = try CommandRunner.run(["export", "--db", "sqlite:\(database)", "--csv", csv])
    #expect(result.status == 1, "stderr: \(result.stderr)")
    #expect(result.stderr.hasPrefix("error: "))
    #expect(!FileManager.default.fileExists(atPath: csv))
  }

  @Test func usageErrorsExitSixtyFour() throws {
    #expect(try CommandRunner.run(["extract"]).status == 64)
    #expect(try CommandRunner.run(["extract", "a.pdf", "--ocr", "sometimes"]).status == 64)
    #expect(try CommandRunner.run(["extract", "a.pdf", "--dpi", "5"]).status == 64)
  }

  @Test func helpExplainsTheExitCodes() throws {
    let result = try CommandRunner.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Exit codes"))
    #expect(result.stdout.contains("extract"))
  }

  @Test func schemaCommandPrintsTheCommittedSchema() throws {
    let result = try CommandRunner.run(["schema"])
    #expect(result.status == 0)
    let committed = try String(
      contentsOf: CommandRunner.repositoryRoot.appendingPathComponent(
        "schema/govreport-output.schema.json"),
      encoding: .utf8)
    #expect(result.stdout == committed)
  }

  /// The path this process loaded a shared library `name` from, per `/proc/self/maps`.
  static func loadedLibrary(named name: String) -> String? {
    // Read to the end: the file reports a size of 0, so a read sized by it gets nothing.
    let data = FileHandle(forReadingAtPath: "/proc/self/maps")?.readDataToEndOfFile() ?? Data()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").lazy.compactMap { line in
      line.split(separator: " ", omittingEmptySubsequences: true).last.map(String.init)
    }.first { $0.hasSuffix("/" + name) }
  }
}
