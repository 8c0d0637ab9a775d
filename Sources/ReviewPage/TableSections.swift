import ReportSchema

/// The three extracted tables as HTML, each value colored by its review standing and linked to
/// its box on the page image.
struct TableSections {
  var output: ExtractionOutput
  var index: ReviewIndex
  var shownPages: Set<Int>

  var html: String { proactive + applications + reviewLitigation }

  /// Table 二: one row per canonical row, its columns as printed for the format.
  private var proactive: String {
    var html = "<h2>二 · proactive</h2>\n<table>\n"
    for row in CanonicalSchema.proactiveRows(output.report.format) {
      html += "<tr><th>\(HTMLText.escaped(row.label))<br><span class=\"key\">\(row.key)</span></th>"
      if row.columns.isEmpty {
        html += cell(CellKey(.proactive, row: row.key, column: nil), columnSpan: 3)
      } else {
        for (column, header) in zip(row.columns, row.headers) {
          html += cell(CellKey(.proactive, row: row.key, column: column), title: header)
        }
        html += String(repeating: "<td></td>", count: max(0, 3 - row.columns.count))
      }
      html += "</tr>\n"
    }
    return html + "</table>\n"
  }

  /// Table 三: rows as printed × the seven applicant columns.
  private var applications: String {
    let labels = Dictionary(
      CanonicalSchema.applicationRows(output.report.format).map { ($0.key, $0.label) },
      uniquingKeysWith: { first, _ in first })
    var html = "<h2>三 · applications</h2>\n<table>\n<tr><th>row</th>"
    html += CanonicalSchema.applicationColumns.map {
      "<th>\(HTMLText.escaped($0.label))<br><span class=\"key\">\(CellLabels.tag(for: CellKey(.applications, row: "", column: $0.key)))</span></th>"
    }.joined()
    html += "</tr>\n"
    for row in output.report.applicationRowOrder {
      let label = labels[row].map { String($0.prefix(14)) } ?? ""
      html +=
        "<tr><th title=\"\(HTMLText.escaped(labels[row] ?? row))\"><span class=\"key\">\(HTMLText.escaped(row))</span> "
        + "\(HTMLText.escaped(label))</th>"
      html += CanonicalSchema.applicationColumns.map {
        cell(CellKey(.applications, row: row, column: $0.key), title: $0.label)
      }.joined()
      html += "</tr>\n"
    }
    return html + "</table>\n"
  }

  /// Table 四: one row per group × the five result columns.
  private var reviewLitigation: String {
    var html = "<h2>四 · review_litigation</h2>\n<table>\n<tr><th>group</th>"
    html += CanonicalSchema.reviewColumns.map {
      "<th>\(HTMLText.escaped($0.label))<br><span class=\"key\">\($0.key)</span></th>"
    }.joined()
    html += "</tr>\n"
    for group in CanonicalSchema.reviewGroups {
      html +=
        "<tr><th>\(HTMLText.escaped(group.label))<br><span class=\"key\">\(group.key)</span></th>"
      html += CanonicalSchema.reviewColumns.map {
        cell(CellKey(.reviewLitigation, row: group.key, column: $0.key), title: $0.label)
      }.joined()
      html += "</tr>\n"
    }
    return html + "</table>\n"
  }

  /// One value cell: the value (blank as `—`, not found as `?`), its status class, a tooltip with
  /// the path and reasons, and a link to its box when the page is shown.
  private func cell(_ key: CellKey, title: String = "", columnSpan: Int = 1) -> String {
    let status = index.status(of: key.path)
    let reading = output.report.cells[key]
    let value = output.report.values[key]?.literal ?? (reading == nil ? "?" : "—")
    let tip = ([key.path + (title.isEmpty ? "" : " (\(title))")] + (index.reasons[key.path] ?? []))
      .joined(separator: "\n")
    let span = columnSpan > 1 ? " colspan=\"\(columnSpan)\"" : ""
    let content: String
    if let reading, shownPages.contains(reading.page) {
      content = "<a href=\"#cell-\(HTMLText.escaped(key.path))\">\(HTMLText.escaped(value))</a>"
    } else {
      content = HTMLText.escaped(value)
    }
    return
      "<td class=\"num st-\(status.rawValue)\" id=\"val-\(HTMLText.escaped(key.path))\"\(span) "
      + "title=\"\(HTMLText.escaped(tip))\">\(content)</td>"
  }
}
