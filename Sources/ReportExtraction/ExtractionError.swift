import Foundation
import ReportSchema

/// A failure that stops one document, with a stable kind (mapped to an exit code by the CLI) and a
/// remedy the user can act on.
public struct ExtractionError: Error, CustomStringConvertible, Sendable {
  /// What went wrong, as a category with a stable exit code.
  public enum Kind: String, Sendable, CaseIterable {
    /// Missing, unreadable, empty, not a PDF, damaged or encrypted.
    case inputUnreadable
    /// A library or its data (tessdata) is missing or failed to initialize.
    case dependencyMissing
    /// A readable PDF, but not an annual report: none of its standard tables was found.
    case reportNotFound
    /// The output file or folder cannot be written.
    case outputNotWritable
    /// The file holds several reports (a compilation) and one was asked for.
    case severalReports
  }

  public var kind: Kind
  public var message: String
  /// What the user can do next; printed under the message.
  public var remedy: String?

  public init(kind: Kind, message: String, remedy: String? = nil) {
    self.kind = kind
    self.message = message
    self.remedy = remedy
  }

  public var description: String { [message, remedy].compactMap { $0 }.joined(separator: "\n") }

  /// One report was asked for, and the file holds these.
  public static func severalReports(_ reports: [ExtractionOutput], in url: URL) -> Self {
    let list = reports.map { report in
      let pages = report.source.report.map { "pages \($0.firstPage)–\($0.lastPage)" } ?? ""
      return "  \(pages): \(report.report.title ?? "(no title)")"
    }
    return Self(
      kind: .severalReports,
      message:
        "\(url.lastPathComponent) holds \(reports.count) reports:\n"
        + list.joined(separator: "\n"),
      remedy:
        "Use `govreport extract \(url.lastPathComponent) --split FOLDER` to write each to its own file."
    )
  }

  /// A command that draws pages (`inspect`) was given an HTML or Word file, which has none.
  static func pagesNeeded(_ url: URL) -> Self {
    Self(
      kind: .inputUnreadable,
      message: "\(url.path) is an HTML or Word document: it has no pages to draw.",
      remedy:
        "Use `govreport extract`; in its JSON each value's cell names its table, row and column.")
  }
}
