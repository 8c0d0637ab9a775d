import ArgumentParser
import ReportExtraction

/// `govreport extract FILE [-o OUT.json]`: one report (PDF, HTML or Word) → one JSON.
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract one report (PDF, HTML or Word) into canonical JSON (the default command).",
    discussion: """
      Inputs: a PDF (text layer or scanned); an HTML page as portals publish it (.html, .htm; \
      UTF-8, GBK or GB2312); a Word document (.docx; .doc and .wps are converted with LibreOffice \
      headless, exit 3 when it is not installed). The kind is told from the content. In the JSON \
      of an HTML or Word file each value's cell names its table, row and column instead of a \
      page and box.

      Writes the JSON to stdout, or atomically to --output (a temporary file renamed into place, so a \
      failed run never leaves a partial file). Messages go to stderr. Exit 0 only when every \
      cross-check passed and nothing is in "review"; 6 a check failed; 7 cells need review.

      A compilation (one PDF holding the reports of several bodies) is cut into its reports: \
      --split FOLDER writes each to its own file, with its page range in source.report; without \
      --split such a file writes nothing and exits 8, naming the reports it found.
      """)

  @Argument(
    help: "The report: PDF, HTML or Word (.docx, .doc, .wps).",
    completion: .file(extensions: ["pdf", "html", "htm", "docx", "doc", "wps"]))
  var file: String

  @Option(name: .shortAndLong, help: "Write the JSON to this file instead of stdout.")
  var output: String?

  @Option(
    help: ArgumentHelp(
      "Write each report of the file to this folder as <name>-<n>.json.",
      discussion:
        "For a compilation (several reports in one PDF). Without it, a file holding several reports writes nothing and exits 8, listing them.",
      valueName: "folder"))
  var split: String?

  @Option(help: "When to OCR pages: auto (pages without a usable text layer), always, never.")
  var ocr: ExtractionSettings.OCRMode = .auto

  @Option(help: "Render resolution for OCR, in dpi (100–600).")
  var dpi: Double = 300

  @Option(
    help: ArgumentHelp(
      "How many scanned pages to OCR at once (default: the number of cores).",
      discussion:
        "Each thread has its own tesseract engines and page in work: about 110 MB more peak memory a thread. The JSON is the same for any value.",
      valueName: "n"))
  var threads: Int?

  @Option(
    help: ArgumentHelp(
      "A JSON file overriding extraction tunables, for experiments.",
      discussion: "Nested as `govreport settings` prints them; unnamed members keep their default.",
      valueName: "json"),
    completion: .file(extensions: ["json"]))
  var settings: String?

  func validate() throws {
    guard (100...600).contains(dpi) else {
      throw ValidationError("--dpi must be between 100 and 600.")
    }
    if split != nil && output != nil {
      throw ValidationError(
        "--split and --output exclude each other: --split writes a file per report.")
    }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
  }

  func run() throws {
    ExtractJob(
      file: file, output: output, ocr: ocr, dpi: dpi, threads: threads ?? ExtractJob.defaultThreads,
      settingsFile: settings,
      splitFolder: split
    ).runAndExit()
  }
}

extension ExtractionSettings.OCRMode: ExpressibleByArgument {}
