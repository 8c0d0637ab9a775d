import Foundation
import ReportSchema
import ReportTestSupport
import Testing

/// HTML and Word inputs through the binary: a good file's JSON and exit code, and a clear
/// message with the "unreadable input" code (2) for each kind of broken file.
@Suite struct MarkupInputTests {
  let folder: URL

  init() throws {
    folder = try CommandRunner.temporaryFolder()
  }

  private func write(_ data: Data, _ name: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  private func sample(_ prefix: String) throws -> SampleFile {
    try #require(Samples.markup.first { $0.slug.hasPrefix(prefix) }, "no Samples/\(prefix)*")
  }

  @Test func htmlAndDocxSamplesExitZeroWithTheirJSONOnStdout() throws {
    for prefix in ["m01", "m03"] {
      let input = try sample(prefix).input
      let result = try CommandRunner.run(["extract", input.path])
      #expect(result.status == 0, "\(prefix): \(result.stderr)")
      #expect(result.stderr.isEmpty)
      let json = try JSONParser.parse(result.stdout)
      #expect(try SchemaValidator.output().violations(of: json) == [])
      #expect(json["source"]?["kind"] == .string(input.pathExtension))
    }
  }

  @Test func theKindIsToldFromTheContentNotTheName() throws {
    // An HTML page saved as .doc (portals do this) and a DOCX without an extension.
    let page = try Data(contentsOf: try sample("m02").input)
    let asDoc = try CommandRunner.run(["extract", try write(page, "report.doc")])
    #expect(asDoc.status == 0, "\(asDoc.stderr)")
    #expect(try JSONParser.parse(asDoc.stdout)["source"]?["kind"] == .string("html"))
    let docx = try Data(contentsOf: try sample("m04").input)
    let bare = try CommandRunner.run(["extract", try write(docx, "report")])
    #expect(bare.status == 0, "\(bare.stderr)")
    #expect(try JSONParser.parse(bare.stdout)["source"]?["kind"] == .string("docx"))
  }

  @Test func anHTMLFileThatIsNotHTMLExitsTwo() throws {
    let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
    let result = try CommandRunner.run(["extract", try write(png, "page.html")])
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("not an HTML page"))
    #expect(result.stdout.isEmpty)
  }

  @Test func aTruncatedDocxExitsTwo() throws {
    let whole = try Data(contentsOf: try sample("m03").input)
    let result = try CommandRunner.run([
      "extract", try write(whole.prefix(whole.count / 2), "cut.docx"),
    ])
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("damaged"))
    #expect(result.stdout.isEmpty)
  }

  @Test func aZipWithoutAWordDocumentExitsTwo() throws {
    // An empty ZIP: its end-of-central-directory record alone.
    let zip = Data([0x50, 0x4B, 0x05, 0x06]) + Data(count: 18)
    let result = try CommandRunner.run(["extract", try write(zip, "archive.docx")])
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("without a Word document"))
    #expect(result.stdout.isEmpty)
  }

  @Test func aPasswordProtectedDocxExitsTwoAndSaysSo() throws {
    // Word saves a protected .docx as an OLE compound file with an EncryptedPackage stream.
    var bytes = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504)
    bytes += Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    bytes += Data(count: 512)
    let result = try CommandRunner.run(["extract", try write(bytes, "locked.docx")])
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("password-protected"))
  }

  @Test func aWordDocumentWithoutLibreOfficeExitsThreeAndNamesThePackage() throws {
    var bytes = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504)
    bytes += Data("WordDocument".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let result = try CommandRunner.run(
      ["extract", try write(bytes, "old.doc")],
      environment: ["GOVREPORT_SOFFICE": folder.appendingPathComponent("no-soffice").path])
    #expect(result.status == 3, "\(result.stderr)")
    #expect(result.stderr.contains("LibreOffice") && result.stderr.contains("libreoffice-writer"))
    #expect(result.stdout.isEmpty)
  }

  @Test func anHTMLPageThatIsNotAReportExitsFour() throws {
    let page = "<html><body><h1>通知公告</h1><table><tr><td>a</td><td>b</td></tr></table></body></html>"
    let result = try CommandRunner.run(["extract", try write(Data(page.utf8), "notice.html")])
    #expect(result.status == 4, "\(result.stderr)")
    #expect(result.stderr.contains("not an annual"))
  }

  @Test func inspectRefusesMarkupWithAClearMessage() throws {
    let input = try sample("m01").input
    let result = try CommandRunner.run([
      "inspect", input.path, "--out", folder.appendingPathComponent("review").path,
    ])
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("no pages to draw"))
  }

  /// `batch` collects .html and .docx files from a folder like PDFs, and a broken one is that
  /// file's failure.
  @Test func batchReadsHTMLAndDocxFilesFromAFolder() throws {
    let inputs = folder.appendingPathComponent("inputs")
    try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
    for prefix in ["m01", "m03"] {
      let input = try sample(prefix).input
      try FileManager.default.copyItem(
        at: input, to: inputs.appendingPathComponent(input.lastPathComponent))
    }
    try Data("PK\u{3}\u{4}broken".utf8).write(to: inputs.appendingPathComponent("broken.docx"))
    try Data("notes".utf8).write(to: inputs.appendingPathComponent("notes.txt"))
    let out = folder.appendingPathComponent("out")
    let result = try CommandRunner.run(["batch", inputs.path, "--out", out.path, "--jobs", "1"])
    #expect(result.status == 6, "\(result.stderr)")  // the broken file failed
    let manifest = try String(
      contentsOf: out.appendingPathComponent("results.jsonl"), encoding: .utf8)
    let entries = try manifest.split(separator: "\n").map { try JSONParser.parse(String($0)) }
    var statuses: [String: String] = [:]
    for entry in entries {
      let file = URL(fileURLWithPath: entry["file"]?.stringValue ?? "").lastPathComponent
      statuses[file] = entry["status"]?.stringValue
    }
    #expect(statuses.count == 3)
    #expect(statuses["broken.docx"] == "failed")
    #expect(
      statuses.filter { $0.key != "broken.docx" }.values.allSatisfy { $0 == "ok" }, "\(statuses)")
  }
}
