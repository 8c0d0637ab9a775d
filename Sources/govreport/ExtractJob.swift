import ArgumentParser
import CommandSupport
import Foundation
import ReportExtraction

/// The work of `govreport extract`: one report → one JSON on stdout or in a file.
///
/// Shared by the parsed `Extract` command and `QuickExtract`, the fast path that skips
/// ArgumentParser for the plain `govreport [extract] FILE [-o OUT]` form.
struct ExtractJob {
  var file: String
  var output: String?
  var ocr: ExtractionSettings.OCRMode = .auto
  var dpi: Double = 300
  /// How many scanned pages are OCR'd at once (`--threads`).
  var threads = Self.defaultThreads
  /// A JSON file of settings to override (`--settings`).
  var settingsFile: String? = nil

  /// Extracts and writes the JSON.
  ///
  /// - Throws: the `ExitCode` the process ends with (README, "Exit codes"): 2–5 for an
  ///   `ExtractionError` (its message is on stderr), 6 when the JSON was written but a hard
  ///   cross-check failed, 7 when every check passed but cells are in `review`.
  func run() throws(ExitCode) {
    var settings = ExtractionSettings()
    if let settingsFile {
      do {
        settings = try settings.overridden(
          byJSON: Data(contentsOf: URL(fileURLWithPath: settingsFile)))
      } catch {
        printToStandardError("error: --settings \(settingsFile): \(error)")
        throw ExitCode(64)
      }
    }
    settings.ocr = ocr
    settings.ocrDPI = dpi
    let extractor = ReportExtractor(settings: settings, threads: threads)
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
        printToStandardError(
          "warning: \(file): \(result.checks.filter { !$0.ok }.count) cross-check(s) failed; "
            + "\(result.review.count) item(s) to review in the JSON.")
      } else if !result.review.isEmpty {
        printToStandardError(
          "warning: \(file): every cross-check passed, but \(result.review.count) item(s) "
            + "need review in the JSON.")
      }
      // Everything is written (stdout and stderr unbuffered, the file renamed into place): the
      // process ends here, with the report and the document still alive. Releasing them piece
      // by piece frees nothing the kernel would not, and would only delay the exit
      // (docs/performance.md).
      withExtendedLifetime(result) { Foundation.exit(status) }
    } catch let error as ExtractionError {
      printToStandardError("error: \(error)")
      throw error.kind.exitCode
    } catch let code as ExitCode {
      throw code
    } catch {
      printToStandardError("error: \(error)")
      throw ExitCode(1)
    }
  }

  /// One thread per core: OCR is all CPU (tesseract's own OpenMP threads are off).
  static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }

  /// Runs the job and gives the process's exit status.
  func exitStatus() -> Int32 {
    do {
      try run()
      return 0
    } catch let code {
      return code.rawValue
    }
  }
}
