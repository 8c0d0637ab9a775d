import ArgumentParser
import CommandSupport
import Foundation
import ReportExtraction

/// The work of `govreport extract`: one report → one JSON on stdout or in a file.
///
/// Shared by the parsed `Extract` command, `QuickExtract` (the fast path that skips
/// ArgumentParser for the plain `govreport [extract] FILE [-o OUT]` form) and `Worker`, the
/// batch's long-lived worker, which runs many jobs in one process.
struct ExtractJob {
  var file: String
  var output: String?
  var ocr: ExtractionSettings.OCRMode = .auto
  var dpi: Double = 300
  /// A JSON file of settings to override (`--settings`).
  var settingsFile: String? = nil

  /// How a job ended.
  struct Completion {
    /// The exit status of `govreport extract` (README, "Exit codes"): 0, 6 or 7 when the JSON
    /// was written, 2–5 for an `ExtractionError`, 64 for a bad `--settings` file, 1 for a bug.
    var status: Int32
    /// The last message printed on stderr (`error: …` or `warning: …`, perhaps with a remedy on
    /// a second line); empty when none was.
    var message: String
  }

  /// Runs the job and ends the process with its exit status.
  func runAndExit() -> Never {
    // Everything is written (stdout and stderr unbuffered, the file renamed into place): the
    // process ends here, with the report and the document still alive. Releasing them piece by
    // piece frees nothing the kernel would not, and would only delay the exit
    // (docs/performance.md).
    run { Foundation.exit($0.status) }
  }

  /// Extracts, writes the JSON and prints messages on stderr, then calls `finish` with how the
  /// job ended, while the extraction's result is still alive.
  ///
  /// Never exits: the worker runs many jobs in one process.
  func run<Result>(finish: (Completion) -> Result) -> Result {
    var message = ""
    func say(_ line: String) {
      printToStandardError(line)
      message = line
    }
    var settings = ExtractionSettings()
    if let settingsFile {
      do {
        settings = try settings.overridden(
          byJSON: Data(contentsOf: URL(fileURLWithPath: settingsFile)))
      } catch {
        say("error: --settings \(settingsFile): \(error)")
        return finish(Completion(status: 64, message: message))
      }
    }
    settings.ocr = ocr
    settings.ocrDPI = dpi
    let extractor = ReportExtractor(settings: settings)
    let url = URL(fileURLWithPath: file)
    do {
      let result = try extractor.extract(url)
      let json = result.json().formattedBytes()
      if let output {
        try OutputWriter.write(json, to: output)
      } else {
        StandardOutput.write(json)
      }
      let status = writtenReportExitCode(
        allChecksPass: result.allChecksPass, reviewCount: result.review.count
      ).rawValue
      if !result.allChecksPass {
        say(
          "warning: \(file): \(result.checks.filter { !$0.ok }.count) cross-check(s) failed; "
            + "\(result.review.count) item(s) to review in the JSON.")
      } else if !result.review.isEmpty {
        say(
          "warning: \(file): every cross-check passed, but \(result.review.count) item(s) "
            + "need review in the JSON.")
      }
      return withExtendedLifetime(result) { finish(Completion(status: status, message: message)) }
    } catch let error as ExtractionError {
      say("error: \(error)")
      return finish(Completion(status: error.kind.exitCode.rawValue, message: message))
    } catch {
      say("error: \(error)")
      return finish(Completion(status: 1, message: message))
    }
  }
}
