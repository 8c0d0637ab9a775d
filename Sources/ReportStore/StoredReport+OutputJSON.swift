import ReportSchema

extension StoredReport {
  /// Flattens one output JSON (report-format.md §7) into the long format.
  ///
  /// Every cell of the three value tables becomes one `StoredCell`, blank ones included (value
  /// nil). Where the cell was read (page, box, raw text, origin) comes from `cells`; whether it is
  /// listed for review comes from `review`. Row keys are taken from the table objects, not split
  /// from dotted paths, because row keys may contain dots.
  ///
  /// - Parameters:
  ///   - json: The parsed output of `govreport extract`.
  ///   - id: The file's SHA-256 (the parent's own digest, not the one in the JSON); for one
  ///     report of a compilation, `StoredReport.id(sha256:reportIndex:)`.
  ///   - fileSHA256: The file's SHA-256 when `id` is a compilation report's; nil otherwise.
  ///   - file: The file's path as given to the batch.
  ///   - status: `.ok` or `.checksFailed`.
  ///   - exitCode: The worker's exit code.
  ///   - seconds: Wall-clock seconds the worker ran.
  ///   - output: The JSON file's name in the output folder.
  public init(
    outputJSON json: JSONValue, id: String, fileSHA256: String? = nil, file: String,
    status: ReportStatus, exitCode: Int? = nil, seconds: Double? = nil, output: String? = nil
  ) {
    let report = json["report"]
    let reviewed = Set(json["review"]?.arrayValue?.compactMap { $0["cell"]?.stringValue } ?? [])
    let readings = json["cells"]?.objectValue ?? [:]
    var cells: [StoredCell] = []
    func add(_ table: String, _ row: String, _ column: String, _ value: JSONValue?) {
      var cell = StoredCell(table: table, row: row, column: column, value: value?.numberLiteral)
      if let reading = readings[cell.path] {
        cell.raw = reading["text"]?.stringValue
        cell.page = reading["page"]?.numberLiteral.flatMap { Int($0) }
        cell.bbox = reading["bbox"]?.arrayValue.map { box in
          "[" + box.compactMap(\.numberLiteral).joined(separator: ", ") + "]"
        }
        cell.origin = reading["origin"]?.stringValue
        cell.sourceTable = reading["table"]?.numberLiteral.flatMap { Int($0) }
        cell.sourceRow = reading["row"]?.numberLiteral.flatMap { Int($0) }
        cell.sourceColumn = reading["column"]?.numberLiteral.flatMap { Int($0) }
        cell.confidence = reading["confidence"]?.numberLiteral.flatMap { Double($0) }
      }
      cell.inReview = reviewed.contains(cell.path)
      cells.append(cell)
    }
    for (row, value) in (json["proactive"]?.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
      if let columns = value.objectValue {
        for (column, cellValue) in columns.sorted(by: { $0.key < $1.key })
        where cellValue.stringValue == nil {  // skip `total_amount_unit`, a unit, not a cell
          add("proactive", row, column, cellValue)
        }
      } else {
        add("proactive", row, "", value)
      }
    }
    let applications = json["applications"]
    let rowOrder = applications?["row_order"]?.arrayValue?.compactMap(\.stringValue) ?? []
    let rows = applications?["rows"]?.objectValue ?? [:]
    let orderedRows = rowOrder + rows.keys.sorted().filter { !rowOrder.contains($0) }
    for row in orderedRows {
      for (column, value) in (rows[row]?.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
        add("applications", row, column, value)
      }
    }
    let groups = json["review_litigation"]?.objectValue ?? [:]
    for (group, columns) in groups.sorted(by: { $0.key < $1.key }) {
      for (column, value) in (columns.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
        add("review_litigation", group, column, value)
      }
    }
    let sections = (json["sections"]?.arrayValue ?? []).map {
      StoredSection(
        number: $0["number"]?.stringValue ?? "", title: $0["title"]?.stringValue ?? "",
        page: $0["page"]?.numberLiteral.flatMap { Int($0) }, text: $0["text"]?.stringValue ?? "")
    }
    let checks = (json["checks"]?.arrayValue ?? []).map {
      StoredCheck(
        rule: $0["rule"]?.stringValue ?? "", scope: $0["scope"]?.stringValue ?? "",
        ok: $0["ok"] == .bool(true), expected: $0["expected"]?.numberLiteral,
        found: $0["found"]?.numberLiteral)
    }
    self.init(
      id: id, file: file, title: report?["title"]?.stringValue,
      agency: report?["agency"]?.stringValue,
      year: report?["year"]?.numberLiteral.flatMap { Int($0) },
      format: report?["format"]?.stringValue,
      pages: json["source"]?["pages"]?.numberLiteral.flatMap { Int($0) }, status: status,
      exitCode: exitCode, seconds: seconds, output: output, cells: cells, sections: sections,
      checks: checks)
    self.fileSHA256 = fileSHA256 ?? id
    func integer(_ value: JSONValue?) -> Int? { value?.numberLiteral.flatMap { Int($0) } }
    if let position = json["source"]?["report"], let index = integer(position["index"]),
      let count = integer(position["count"]), let pages = position["pages"]?.arrayValue,
      pages.count == 2, let first = integer(pages[0]), let last = integer(pages[1])
    {
      place = ReportPosition(index: index, count: count, firstPage: first, lastPage: last)
    }
    let failed = checks.filter { !$0.ok }
    if !failed.isEmpty {
      reason =
        "cross-checks failed: " + failed.map { "\($0.rule)[\($0.scope)]" }.joined(separator: ", ")
    }
  }
}
