import ArgumentParser
import CommandSupport
import Foundation
import ReportExtraction
import ReportSchema

/// The work of `govreport extract`: one report → one JSON on stdout or in a file; a compilation's
/// reports → one JSON each in a folder (`--split`).
///
/// Shared by the parsed `Extract` command, `QuickExtract` (the fast path that skips
/// ArgumentParser for the plain `govreport [extract] FILE [-o OUT]` form) and `Worker`, the
/// batch's long-lived worker, which runs many jobs in one process.
struct ExtractJob {
  var file: String
  var output: String?
  var ocr: ExtractionSettings.OCRMode = .auto
  var dpi: Double = 300
  /// How many scanned pages are OCR'd at once (`--threads`).
  var threads = Self.defaultThreads
  /// A JSON file of settings to override (`--settings`).
  var settingsFile: String? = nil
  /// A folder to write each report of the file to, as `<stem>-<n>.json` (`--split`).
  var splitFolder: String? = nil
  /// Whether a file holding several reports writes each to `<output>.<n>` (n from 1) instead of
  /// failing with exit 8: the batch worker's way to hand back a compilation.
  var numberedOutputs = false

  /// How a job ended.
  struct Completion {
    /// The exit status of `govreport extract` (README, "Exit codes"): 0, 6 or 7 when the JSON
    /// was written, 2–5 and 8 for an `ExtractionError`, 64 for a bad `--settings` file, 1 for a
    /// bug.
    var status: Int32
    /// The last message printed on stderr (`error: …` or `warning: …`, perhaps with a remedy on
    /// a second line); empty when none was.
    var message: String
    /// How many reports were written: 1, or a compilation's count (`--split`, numbered outputs).
    var reports = 1
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
    let extractor = ReportExtractor(settings: settings, threads: threads)
    let url = URL(fileURLWithPath: file)
    do {
      let results = try extractor.extractAll(url)
      let targets = try self.targets(for: results.count, url: url, results: results)
      for (result, target) in zip(results, targets) {
        let json = result.json().formattedBytes()
        if let target {
          try OutputWriter.write(json, to: target)
          if results.count > 1 || splitFolder != nil {
            let pages = result.source.report.map { " (pages \($0.firstPage)–\($0.lastPage))" } ?? ""
            say("wrote \(target)\(pages)")
          }
        } else {
          StandardOutput.write(json)
        }
      }
      let failed = results.filter { !$0.allChecksPass }
      let reviewed = results.filter { !$0.review.isEmpty }
      let status = writtenReportExitCode(
        allChecksPass: failed.isEmpty, reviewCount: reviewed.count
      ).rawValue
      if let first = failed.first {
        say(
          "warning: \(file): \(first.checks.filter { !$0.ok }.count) cross-check(s) failed; "
            + "\(first.review.count) item(s) to review in the JSON.")
      } else if let first = reviewed.first {
        say(
          "warning: \(file): every cross-check passed, but \(first.review.count) item(s) "
            + "need review in the JSON.")
      }
      return withExtendedLifetime(results) {
        finish(Completion(status: status, message: message, reports: results.count))
      }
    } catch let error as ExtractionError {
      say("error: \(error)")
      return finish(Completion(status: error.kind.exitCode.rawValue, message: message))
    } catch {
      say("error: \(error)")
      return finish(Completion(status: 1, message: message))
    }
  }

  /// One thread per core: OCR is all CPU (tesseract's own OpenMP threads are off).
  static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }

  /// Where each of `count` reports goes: a file, or nil for stdout.
  ///
  /// - Throws: `.severalReports` when the file holds several and one output was asked for;
  ///   `.outputNotWritable` when the `--split` folder cannot be made.
  private func targets(for count: Int, url: URL, results: [ExtractionOutput])
    throws(ExtractionError) -> [String?]
  {
    if let splitFolder {
      do {
        try FileManager.default.createDirectory(
          atPath: splitFolder, withIntermediateDirectories: true)
      } catch {
        throw ExtractionError(
          kind: .outputNotWritable,
          message: "cannot create \(splitFolder): \(error.localizedDescription)",
          remedy: "Check that its parent folder exists and is writable.")
      }
      let stem = url.deletingPathExtension().lastPathComponent
      let folder = URL(fileURLWithPath: splitFolder)
      return (1...max(count, 1)).map { folder.appendingPathComponent("\(stem)-\($0).json").path }
    }
    guard count > 1 else { return [output] }
    guard numberedOutputs, let output else { throw .severalReports(results, in: url) }
    return (1...count).map { "\(output).\($0)" }
  }
}
