import ArgumentParser
import CommandSupport
import Foundation
import ReportExtraction

/// `govreport validate OUT.json…`: re-checks outputs after values were corrected by hand.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Re-validate output JSON files after correcting values by hand.",
    discussion: """
      For each file: checks it against the output schema, marks corrected cells as origin "manual" \
      (a text/OCR cell whose value differs from the number its raw cells[path].text reads as, or any \
      cell whose origin you set to "manual" to confirm it), re-runs the hard cross-checks, rebuilds \
      "checks" and "review", and rewrites the file atomically. Exit codes: 0 every file passes every \
      hard check with nothing left to review · 7 checks pass but some file still lists cells to \
      review · 6 a hard check still fails in some file · 2 a file is unreadable or breaks the \
      schema (violations printed; that file is left unchanged) · 5 a file cannot be rewritten.
      """)

  @Argument(
    help: "Output JSON files written by extract, inspect or batch.",
    completion: .file(extensions: ["json"]))
  var files: [String]

  func run() throws {
    // One code for all files: 2 (unreadable) outranks 5 (not writable), which outranks 6 (checks
    // fail), which outranks 7 (cells to review).
    let rank: [Int32: Int] = [0: 0, 7: 1, 6: 2, 5: 3, 2: 4]
    var worst: Int32 = 0
    for file in files {
      let code = validate(file)
      if rank[code, default: 0] > rank[worst, default: 0] { worst = code }
    }
    if worst != 0 { throw ExitCode(worst) }
  }

  /// Validates and rewrites one file; returns its exit code.
  private func validate(_ file: String) -> Int32 {
    let text: String
    do {
      text = try String(contentsOfFile: file, encoding: .utf8)
    } catch {
      printToStandardError("error: \(file): cannot be read: \(error.localizedDescription)")
      return 2
    }
    let result: InspectionValidator.Result
    do {
      result = try InspectionValidator().revalidate(text)
    } catch {
      printToStandardError("error: \(file): \(error)")
      return 2
    }
    do {
      try OutputWriter.write(result.output.json().formatted(), to: file)
    } catch {
      printToStandardError("error: \(error)")
      return 5
    }
    let failed = result.output.checks.filter { !$0.ok }
    let manual =
      result.manualCells.isEmpty ? "no manual cells" : "\(result.manualCells.count) manual cell(s)"
    if failed.isEmpty {
      printToStandardError(
        "\(file): all \(result.output.checks.count) checks pass; \(manual); \(result.output.review.count) item(s) to review."
      )
      return result.output.review.isEmpty ? 0 : needsReviewExitCode.rawValue
    }
    printToStandardError(
      "\(file): \(failed.count) check(s) fail; \(manual); \(result.output.review.count) item(s) to review."
    )
    for check in failed {
      printToStandardError(
        "  \(check.rule.rawValue) [\(check.scope)]: expected \(check.expected), found \(check.found)"
      )
    }
    return 6
  }
}
