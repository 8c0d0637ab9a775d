import DocumentModel
import Foundation
import MarkupLayout
import ReportMapping
import ReportSchema
import ReportValidation

extension ReportExtractor {
  /// Extracts the report from an HTML page or a Word document: the markup's tables and
  /// paragraphs, laid out as one page, go through the same mapping, cross-checks and review as a
  /// PDF's.
  ///
  /// Nothing is OCR'd or repaired: markup text is exact. Each value's cell names its table, row
  /// and column (`MarkupPosition`) instead of a page and box.
  func extractMarkup(_ kind: SourceKind, data: Data, url: URL) throws(ExtractionError)
    -> ExtractionOutput
  {
    let document = try MarkupInput.document(kind, data: data, url: url)
    let page = MarkupLayouter().page(of: document)
    var findings = document.notices.map { Finding(check: "input.\(kind.rawValue)", message: $0) }
    let report: AnnualReport
    do {
      report = try ReportMapper().report(
        from: page.tables, layouts: [page.layout], findings: &findings)
    } catch {
      throw ExtractionError(
        kind: .reportNotFound,
        message:
          "\(url.lastPathComponent) is not an annual information-disclosure report: \(error)")
    }
    let checks = ReportChecker().checks(for: report)
    let review = Self.merged(
      [], ReviewBuilder().review(for: report, checks: checks, findings: findings))
    var source = SourceInfo(
      file: url.lastPathComponent, sha256: FileHash.sha256Hex(data), pages: 1,
      producer: document.producer, textPages: [MarkupLayouter.pageNumber], ocrPages: [])
    source.kind = kind
    // The layout's one page is made up: warnings do not name it.
    let warnings = findings.map { finding in
      var unpaged = finding
      unpaged.page = nil
      return unpaged.line
    }
    return ExtractionOutput(
      source: source, report: report, checks: checks, review: review, warnings: warnings)
  }
}
