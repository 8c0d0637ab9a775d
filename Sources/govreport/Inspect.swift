import ArgumentParser
import CommandSupport
import Foundation
import ReportExtraction

/// `govreport inspect FILE.pdf --out DIR`: the report's JSON plus a visual review page.
struct Inspect: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract:
      "Extract a report and write a visual review page (index.html + annotated page images).",
    discussion: """
      Writes into DIR: page-N.png for every page with a table (the rulings and cell grid found, merged \
      cells outlined thick, each value cell's key and value; cells to review in red with their review \
      numbers, repaired cells in orange), index.html showing those pages next to the extracted tables, \
      the failed checks and the review list (every item links to its cell on the page), and \
      <name>.json, the same JSON as `extract`. Open index.html in any browser; it loads nothing from \
      the network. After correcting values in the JSON by hand, run `govreport validate` on it. \
      Exit codes as for extract (6: written, but a hard cross-check failed).
      """)

  @Argument(help: "The report PDF.", completion: .file(extensions: ["pdf"]))
  var file: String

  @Option(name: .long, help: "The folder to write the review page into (created if needed).")
  var out: String

  @Option(help: "When to OCR pages: auto (pages without a usable text layer), always, never.")
  var ocr: ExtractionSettings.OCRMode = .auto

  @Option(help: "Resolution of the page images, in dpi (72–200).")
  var imageDPI: Double = 110

  func validate() throws {
    guard (72...200).contains(imageDPI) else {
      throw ValidationError("--image-dpi must be between 72 and 200.")
    }
  }

  func run() throws {
    var settings = ExtractionSettings()
    settings.ocr = ocr
    var inspector = ReportInspector(settings: settings)
    inspector.dpi = imageDPI
    let url = URL(fileURLWithPath: file)
    let folder = URL(fileURLWithPath: out)
    let jsonName = url.deletingPathExtension().lastPathComponent + ".json"
    do {
      let result = try inspector.inspect(url, to: folder, jsonFile: jsonName)
      try OutputWriter.write(
        result.json().formatted(), to: folder.appendingPathComponent(jsonName).path)
      printToStandardError(
        "review page: \(folder.appendingPathComponent(ReportInspector.indexFile).path)")
      if !result.allChecksPass {
        printToStandardError(
          "warning: \(file): \(result.checks.filter { !$0.ok }.count) cross-check(s) failed; "
            + "\(result.review.count) item(s) to review.")
      } else if !result.review.isEmpty {
        printToStandardError(
          "warning: \(file): every cross-check passed; \(result.review.count) item(s) to review.")
      }
      let code = writtenReportExitCode(
        allChecksPass: result.allChecksPass, reviewCount: result.review.count)
      if code.rawValue != 0 { throw code }
    } catch let error as ExtractionError {
      printToStandardError("error: \(error)")
      throw error.kind.exitCode
    }
  }
}
