import DocumentModel
import Foundation
import ReportMapping
import ReportSchema
import ReportValidation

/// Re-validates an output JSON after a person has corrected values in it by hand
/// (`govreport validate`): schema check, hard cross-checks, review list, manual origins.
///
/// **Which cells count as corrected** (their origin becomes `manual`, their confidence 1):
/// - a cell read from the text layer or by OCR whose value no longer equals the number its raw
///   `cells[path].text` parses to (the same `ValueParser` the extractor used; blank text is
///   `null`), so filling in an unreadable cell or changing a misread one marks it;
/// - any cell whose `origin` the person set to `manual` themselves, which is how to confirm a value
///   without changing it, and how to mark a `repaired` cell (its raw text is by definition the
///   misreading, so a changed value cannot be told from the repair; it stays `repaired` and listed
///   until marked).
/// A value the person reverted to what was read goes back to being a reading. A value given to a
/// cell that has no `cells` entry (not found in the document) is kept, and the cell stays listed
/// as not found. Manual cells leave the review list unless a hard check still fails on them.
public struct InspectionValidator: Sendable {
  /// Why a file could not be re-validated.
  public enum Failure: Error, CustomStringConvertible, Sendable {
    /// Not JSON, or not readable as an output; the message says where.
    case unreadable(String)
    /// Valid JSON that breaks the output schema: one line per violation.
    case invalid([String])

    public var description: String {
      switch self {
      case .unreadable(let message): message
      case .invalid(let violations):
        "the JSON does not follow the output schema:\n" + violations.joined(separator: "\n")
      }
    }
  }

  /// The re-validated output and the paths of the cells now `manual` (in canonical order).
  public struct Result: Sendable {
    public var output: ExtractionOutput
    public var manualCells: [String]
  }

  public init() {}

  /// Re-validates the JSON text of an output.
  ///
  /// - Throws: `Failure.unreadable` for a syntax error or an unreadable structure,
  ///   `Failure.invalid` for schema violations.
  public func revalidate(_ text: String) throws(Failure) -> Result {
    let json: JSONValue
    do {
      json = try JSONParser.parse(text)
    } catch {
      throw .unreadable("\(error)")
    }
    let violations: [String]
    do {
      violations = try SchemaValidator.output().violations(of: json)
    } catch {
      throw .unreadable("the output schema cannot be loaded: \(error)")
    }
    guard violations.isEmpty else { throw .invalid(violations) }
    let output: ExtractionOutput
    do {
      output = try ExtractionOutput(json: json)
    } catch {
      throw .unreadable("\(error)")
    }
    return revalidate(output)
  }

  /// Re-validates a decoded output: marks corrected cells manual, re-runs the checks, rebuilds
  /// the review list.
  public func revalidate(_ output: ExtractionOutput) -> Result {
    var report = output.report
    let parser = ValueParser()
    var manual: [String] = []
    for key in report.cellKeys {
      guard var reading = report.cells[key] else { continue }
      let read = parser.parse(reading.text).number
      let changed = read?.decimal != report.values[key]?.decimal
      switch reading.origin {
      case .manual:
        break  // marked by a person (now or in an earlier run): stays manual
      case .text, .ocr:
        guard changed else { continue }
        reading.origin = .manual
      case .repaired:
        continue
      }
      reading.confidence = 1
      report.cells[key] = reading
      manual.append(key.path)
    }
    let checks = ReportChecker().checks(for: report)
    let manualSet = Set(manual)
    // What the reading of the page doubted (a row that matched no key, a merged cell …) still
    // stands unless a person has since set the value; what follows from the values (checks,
    // blanks, confidence) is rebuilt, and a repair stands while the cell is still repaired.
    let kept = output.review.filter { item in
      if manualSet.contains(item.cell) { return false }
      if item.code == .repaired {
        return report.cells.contains { $0.key.path == item.cell && $0.value.origin == .repaired }
      }
      return item.code.isFromReading
    }
    let review = ReviewBuilder().review(for: report, checks: checks, findings: [], extra: kept)
    return Result(
      output: ExtractionOutput(
        source: output.source, report: report, checks: checks, review: review,
        warnings: output.warnings),
      manualCells: manual)
  }
}
