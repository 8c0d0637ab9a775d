import DocumentModel
import ReportSchema

/// Writes the self-contained review page (`index.html`): the annotated page images next to the
/// extracted tables, the failed checks and the review list.
///
/// Everything is inline (style sheet, no scripts); the page images are referenced by relative
/// file name, so the folder can be moved or zipped as a whole. Every review item links to a
/// box over its cell on the page image (an absolutely positioned anchor whose position is the
/// cell's bbox as percentages of the page size, so it scales with the image); the box is
/// highlighted as the link's `:target`. Each table value links to its box, and each box back to
/// its table value.
public struct ReviewPageWriter: Sendable {
  public init() {}

  /// The HTML of the review page.
  ///
  /// - Parameters:
  ///   - output: the extraction output shown (values, checks, review, cells).
  ///   - pages: the pages drawn, in order; their images are `page.imageFile`.
  ///   - jsonFile: the JSON's file name beside the page, mentioned in the header, if written.
  /// - Returns: the whole document, UTF-8 text ending in a newline.
  public func html(for output: ExtractionOutput, pages: [InspectedPage], jsonFile: String? = nil)
    -> String
  {
    let index = ReviewIndex(output)
    let title = output.report.title ?? output.source.file
    var html = """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <title>\(HTMLText.escaped("Review · " + title))</title>
      <style>
      \(ReviewPageStyle.css)
      </style>
      </head>
      <body>

      """
    html += header(output, jsonFile: jsonFile)
    html += "<main>\n<section class=\"pages\">\n"
    let shownPages = Set(pages.map(\.number))
    for page in pages { html += figure(page, output: output, index: index) }
    if pages.isEmpty { html += "<p class=\"muted\">No page with a table was found.</p>\n" }
    html += "</section>\n<section class=\"side\">\n"
    html += pagesReadSection(output)
    html += checksSection(output, shownPages: shownPages)
    html += TableSections(output: output, index: index, shownPages: shownPages).html
    html += reviewSection(output, shownPages: shownPages)
    if !output.warnings.isEmpty {
      html += "<h2>Warnings (\(output.warnings.count))</h2>\n<ul>\n"
      html += output.warnings.map { "<li>\(HTMLText.escaped($0))</li>\n" }.joined()
      html += "</ul>\n"
    }
    html += "</section>\n</main>\n</body>\n</html>\n"
    return html
  }

  private func header(_ output: ExtractionOutput, jsonFile: String?) -> String {
    let report = output.report
    let failed = output.checks.filter { !$0.ok }.count
    let facts = [
      report.agency, report.year.map { "\($0) 年" }, "format \(report.format.rawValue)",
      "file \(output.source.file)", jsonFile.map { "JSON \($0)" },
      "text pages \(output.source.textPages.map(String.init).joined(separator: ","))",
      output.source.ocrPages.isEmpty
        ? nil : "OCR pages \(output.source.ocrPages.map(String.init).joined(separator: ","))",
    ].compactMap { $0 }
    let summary =
      (failed == 0
        ? "<span class=\"good\">all \(output.checks.count) checks pass</span>"
        : "<span class=\"bad\">\(failed) of \(output.checks.count) checks fail</span>")
      + " · <span class=\"\(output.review.isEmpty ? "good" : "bad")\">\(output.review.count) review item(s)</span>"
      + " · \(output.report.cells.count) cells read"
    let legend = [
      ("var(--review)", "in review"), ("var(--repaired)", "repaired"),
      ("var(--manual)", "corrected by hand"),
      ("var(--merged)", "merged cell"), ("var(--ruling)", "ruling line"),
      ("var(--grid)", "grid cell"),
    ].map { "<span class=\"swatch\" style=\"border-color:\($0.0)\"></span>\($0.1)" }.joined()
    return """
      <header>
      <h1>\(HTMLText.escaped(report.title ?? output.source.file))</h1>
      <p>\(HTMLText.escaped(facts.joined(separator: " · ")))</p>
      <p>\(summary)</p>
      <p class="muted">On the images: column tag top-left, value read bottom-right, review item number \
      bottom-left, row key left of each row; hover a cell for its full key, click it for its table value.\(legend)</p>
      </header>

      """
  }

  private func figure(_ page: InspectedPage, output: ExtractionOutput, index: ReviewIndex) -> String
  {
    let size = page.pixelSize
    var html = """
      <figure id="page-\(page.number)">
      <figcaption>Page \(page.number) · \(HTMLText.escaped(howRead(page, output: output)))</figcaption>
      <div class="page">
      <img src="\(HTMLText.escaped(page.imageFile))" width="\(size.width)" height="\(size.height)" \
      alt="page \(page.number) with the cells read">

      """
    for key in output.report.cellKeys {
      guard let reading = output.report.cells[key], reading.page == page.number else { continue }
      let box = reading.box
      let status = index.status(of: key.path)
      let value = output.report.values[key]?.literal ?? "blank"
      let tip =
        ([key.path + " = " + value, "read as '\(reading.text)' (\(reading.origin.rawValue))"]
        + (index.reasons[key.path] ?? [])).joined(separator: "\n")
      html += """
        <a class="hot st-\(status.rawValue)" id="cell-\(HTMLText.escaped(key.path))" \
        href="#val-\(HTMLText.escaped(key.path))" title="\(HTMLText.escaped(tip))" \
        style="left:\(HTMLText.percent(box.minX, of: page.width));top:\(HTMLText.percent(box.minY, of: page.height));\
        width:\(HTMLText.percent(box.width, of: page.width));height:\(HTMLText.percent(box.height, of: page.height))"></a>

        """
    }
    html += "</div>\n</figure>\n"
    return html
  }

  /// How the page was read, from `source.page_reads` (older outputs: from its origin).
  private func howRead(_ page: InspectedPage, output: ExtractionOutput) -> String {
    if let read = output.source.pageReads.first(where: { $0.page == page.number }) {
      return PageReadText.phrase(read)
    }
    return page.origin == .ocr ? "OCR" : "text layer"
  }

  /// One line per kind of reading, naming its pages; nothing for markup or older outputs.
  private func pagesReadSection(_ output: ExtractionOutput) -> String {
    guard !output.source.pageReads.isEmpty else { return "" }
    return "<h2>Pages read</h2>\n<ul class=\"reads\">\n"
      + PageReadText.lines(output.source.pageReads).map {
        "<li>\(HTMLText.escaped($0))</li>\n"
      }.joined() + "</ul>\n"
  }

  private func checksSection(_ output: ExtractionOutput, shownPages: Set<Int>) -> String {
    let failed = output.checks.filter { !$0.ok }
    var html = "<h2>Failed checks (\(failed.count) of \(output.checks.count))</h2>\n"
    guard !failed.isEmpty else {
      return html + "<p class=\"good\">Every hard cross-check passes.</p>\n"
    }
    html += "<ul class=\"checks\">\n"
    for check in failed {
      let cells = check.cells.map { key in
        link(
          key.path, label: CellLabels.tag(for: key).isEmpty ? key.row : key.path, output: output,
          shownPages: shownPages)
      }
      html +=
        "<li><code>\(HTMLText.escaped(check.rule.rawValue))</code> [\(HTMLText.escaped(check.scope))]: "
        + "expected \(check.expected), found \(check.found)"
        + (cells.isEmpty
          ? ""
          : " <details><summary>\(cells.count) cells</summary>\(cells.joined(separator: ", "))</details>")
        + "</li>\n"
    }
    return html + "</ul>\n"
  }

  private func reviewSection(_ output: ExtractionOutput, shownPages: Set<Int>) -> String {
    var html = "<h2>To review (\(output.review.count))</h2>\n"
    guard !output.review.isEmpty else { return html + "<p class=\"good\">Nothing to review.</p>\n" }
    html += "<ol class=\"review\">\n"
    for (offset, item) in output.review.enumerated() {
      let page = output.report.cells.first { $0.key.path == item.cell }?.value.page
      html +=
        "<li id=\"review-\(offset + 1)\" value=\"\(offset + 1)\">"
        + link(item.cell, label: item.cell, output: output, shownPages: shownPages)
        + (page.map { " <span class=\"muted\">p.\($0)</span>" } ?? "")
        + " — \(HTMLText.escaped(item.reason))</li>\n"
    }
    return html + "</ol>\n"
  }

  /// A link to the cell's box on its page image, or plain text when it has no place there.
  private func link(_ path: String, label: String, output: ExtractionOutput, shownPages: Set<Int>)
    -> String
  {
    let page = output.report.cells.first { $0.key.path == path }?.value.page
    guard let page, shownPages.contains(page) else {
      return
        "<span class=\"key\">\(HTMLText.escaped(label))</span> <span class=\"muted\">(no place on a page)</span>"
    }
    return
      "<a class=\"key\" href=\"#cell-\(HTMLText.escaped(path))\">\(HTMLText.escaped(label))</a>"
  }
}
