import ArgumentParser
import CommandSupport
import Foundation

/// The `govreport` command: annual information-disclosure report PDFs → canonical JSON.
@main
struct GovReport: ParsableCommand {
  static let configuration = CommandConfiguration(
    // Every command names itself: ArgumentParser otherwise derives the name with
    // String(describing:), whose dynamic casts scan the binary's conformance tables on every run
    // (docs/performance.md).
    commandName: "govreport",
    abstract:
      "Turn Chinese government annual information-disclosure reports (政府信息公开工作年度报告: PDF, HTML, Word) into validated JSON.",
    discussion: """
      Reads the text layer where a page has one and OCRs scanned pages (tesseract chi_sim), finds the \
      report's sections and its standard tables, maps them onto canonical keys, and runs the format's \
      cross-checks (勾稽关系). Every doubtful value is listed under "review" in the JSON. HTML pages \
      (.html, .htm) and Word documents (.docx; .doc and .wps through LibreOffice) are read from \
      their markup: the same tables, checks and review.

      Exit codes: 0 ok (checks pass, nothing to review) · 2 input unreadable (missing, not a PDF/HTML/Word file, damaged, encrypted) · 3 dependency \
      missing · 4 not an annual report · 5 output not writable · 6 JSON written but a hard cross-check \
      failed · 7 JSON written, checks pass, but cells need review · 1 unexpected error (a bug) · 64 usage error.

      `govreport --version` prints the versions of govreport, its output schema and the C libraries.
      """,
    subcommands: [
      Extract.self, BatchEntry.self, Inspect.self, Validate.self, ExportEntry.self, Schema.self,
      PrintSettings.self, Worker.self,
    ],
    defaultSubcommand: Extract.self)

  /// Answers `--version` before parsing: the library versions come from loading tesseract and
  /// leptonica, which every other run of a text-layer report avoids (a configuration `version`
  /// would be computed on every run).
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments == ["--version"] {
      print(VersionInfo.text)
      return
    }
    if let handover = StoreCommands.handover(for: arguments) {
      try? StoreCommandHandover.run(handover)
      Foundation.exit(3)
    }
    // An array, not a Set: a Set<String> costs a run-time conformance lookup on every start.
    let subcommands = configuration.subcommands.compactMap { $0.configuration.commandName }
    if let job = QuickExtract.job(for: arguments, subcommands: subcommands) {
      job.runAndExit()
    }
    main(nil)
  }
}
