import DocumentModel

extension ExtractionOutput {
  /// Why a JSON value is not a readable extraction output: the JSON path and the problem.
  public struct DecodingFailure: Error, CustomStringConvertible, Sendable {
    /// Where the problem is, as `$.applications.rows.new.total`.
    public var path: String
    public var message: String

    public init(path: String, message: String) {
      self.path = path
      self.message = message
    }

    public var description: String { "\(path): \(message)" }
  }

  /// Reads an output back from its JSON (`json()` is the inverse, byte for byte after formatting).
  ///
  /// Used by `govreport validate` after a person has corrected values by hand. Check results
  /// come back without their `cells` (the JSON does not list them) and with `ok` recomputed from
  /// `expected` and `found`; re-run the checks to get both.
  ///
  /// - Throws: `DecodingFailure` for a missing or mistyped member, an unknown cell path, or a
  ///   number that is not a plain decimal literal.
  public init(json: JSONValue) throws {
    let root = try Self.object(json, "$")
    let version = try Self.int(root["schema_version"], "$.schema_version")
    guard version == Self.schemaVersion else {
      throw DecodingFailure(
        path: "$.schema_version", message: "version \(version) is not \(Self.schemaVersion)")
    }
    let source = try Self.source(root["source"])
    var report = try Self.reportHeader(root)
    try Self.readValues(root, into: &report)
    let cellsByPath = Dictionary(
      report.cellKeys.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    for (path, value) in try Self.object(root["cells"], "$.cells") {
      guard let key = cellsByPath[path] else {
        throw DecodingFailure(
          path: "$.cells.\(path)", message: "not a cell of this report's format")
      }
      report.cells[key] = try Self.reading(value, "$.cells.\(path)")
    }
    let checks = try Self.array(root["checks"], "$.checks").enumerated().map { index, item in
      let at = "$.checks[\(index)]"
      let members = try Self.object(item, at)
      guard let rule = CheckResult.Rule(rawValue: try Self.string(members["rule"], at + ".rule"))
      else {
        throw DecodingFailure(path: at + ".rule", message: "unknown rule")
      }
      return CheckResult(
        rule: rule, scope: try Self.string(members["scope"], at + ".scope"),
        expected: try Self.number(members["expected"], at + ".expected"),
        found: try Self.number(members["found"], at + ".found"), cells: [])
    }
    let review = try Self.array(root["review"], "$.review").enumerated().map { index, item in
      let at = "$.review[\(index)]"
      let members = try Self.object(item, at)
      // Outputs written before review items had a code still decode; their items are kept.
      let code = try Self.optionalString(members["code"], at + ".code")
      guard let reviewCode = code.map({ ReviewCode(rawValue: $0) }) ?? .other else {
        throw DecodingFailure(path: at + ".code", message: "unknown review code")
      }
      return ReviewItem(
        cell: try Self.string(members["cell"], at + ".cell"), code: reviewCode,
        reason: try Self.string(members["reason"], at + ".reason"))
    }
    let warnings = try Self.array(root["warnings"], "$.warnings").enumerated().map {
      try Self.string($1, "$.warnings[\($0)]")
    }
    self.init(source: source, report: report, checks: checks, review: review, warnings: warnings)
  }

  private static func source(_ value: JSONValue?) throws -> SourceInfo {
    let at = "$.source"
    let members = try object(value, at)
    var source = SourceInfo(
      file: try string(members["file"], at + ".file"),
      sha256: try string(members["sha256"], at + ".sha256"),
      pages: try int(members["pages"], at + ".pages"),
      producer: try optionalString(members["producer"], at + ".producer"),
      textPages: try array(members["text_pages"], at + ".text_pages").map {
        try int($0, at + ".text_pages")
      },
      ocrPages: try array(members["ocr_pages"], at + ".ocr_pages").map {
        try int($0, at + ".ocr_pages")
      })
    if let kind = members["kind"] {
      guard let known = SourceKind(rawValue: try string(kind, at + ".kind")) else {
        throw DecodingFailure(path: at + ".kind", message: "unknown kind of source")
      }
      source.kind = known
    }
    if let turned = members["turned_pages"] {
      for (index, item) in try array(turned, at + ".turned_pages").enumerated() {
        let path = at + ".turned_pages[\(index)]"
        let turn = try object(item, path)
        source.turnedPages[try int(turn["page"], path + ".page")] = try int(
          turn["degrees"], path + ".degrees")
      }
    }
    if let reads = members["page_reads"] {
      source.pageReads = try array(reads, at + ".page_reads").enumerated().map { index, item in
        try pageReading(item, at + ".page_reads[\(index)]")
      }
    }
    if let position = members["report"] {
      let path = at + ".report"
      let fields = try object(position, path)
      let pages = try array(fields["pages"], path + ".pages").map { try int($0, path + ".pages") }
      guard pages.count == 2 else {
        throw DecodingFailure(path: path + ".pages", message: "not [first, last]")
      }
      source.report = ReportPosition(
        index: try int(fields["index"], path + ".index"),
        count: try int(fields["count"], path + ".count"), firstPage: pages[0], lastPage: pages[1])
    }
    return source
  }

  /// One entry of `source.page_reads`.
  private static func pageReading(_ value: JSONValue, _ path: String) throws -> PageReading {
    let fields = try object(value, path)
    guard let method = PageReading.Method(rawValue: try string(fields["read"], path + ".read"))
    else { throw DecodingFailure(path: path + ".read", message: "unknown way of reading a page") }
    var reason: PageReading.Reason? = nil
    if let name = try optionalString(fields["reason"], path + ".reason") {
      guard let known = PageReading.Reason(rawValue: name) else {
        throw DecodingFailure(path: path + ".reason", message: "unknown reason for OCR")
      }
      reason = known
    }
    return PageReading(
      page: try int(fields["page"], path + ".page"), method: method, reason: reason,
      turn: try int(fields["turned"], path + ".turned"))
  }

  /// Title, agency, year, format, sections, row order and notes: everything but the values.
  private static func reportHeader(_ root: [String: JSONValue]) throws -> AnnualReport {
    let header = try object(root["report"], "$.report")
    guard let format = ReportFormat(rawValue: try string(header["format"], "$.report.format"))
    else {
      throw DecodingFailure(path: "$.report.format", message: "not \"2021\" or \"2019\"")
    }
    let sections = try array(root["sections"], "$.sections").enumerated().map { index, item in
      let at = "$.sections[\(index)]"
      let members = try object(item, at)
      return ReportSection(
        number: try string(members["number"], at + ".number"),
        title: try string(members["title"], at + ".title"),
        page: try int(members["page"], at + ".page"),
        text: try string(members["text"], at + ".text"))
    }
    let applications = try object(root["applications"], "$.applications")
    let rowOrder = try array(applications["row_order"], "$.applications.row_order").map {
      try string($0, "$.applications.row_order")
    }
    let notes =
      try root["notes"].map { try array($0, "$.notes").map { try string($0, "$.notes") } } ?? []
    return AnnualReport(
      title: try optionalString(header["title"], "$.report.title"),
      agency: try optionalString(header["agency"], "$.report.agency"),
      year: try header["year"].flatMap { $0 == .null ? nil : try int($0, "$.report.year") },
      format: format, sections: sections, applicationRowOrder: rowOrder, notes: notes)
  }

  /// The values of the three tables, and the procurement unit.
  private static func readValues(_ root: [String: JSONValue], into report: inout AnnualReport)
    throws
  {
    let proactive = try object(root["proactive"], "$.proactive")
    for row in CanonicalSchema.proactiveRows(report.format) {
      let at = "$.proactive.\(row.key)"
      if row.columns.isEmpty {
        let key = CellKey(.proactive, row: row.key, column: nil)
        report.values[key] = try optionalNumber(proactive[row.key], at)
        continue
      }
      let columns = try object(proactive[row.key], at)
      for column in row.columns {
        let key = CellKey(.proactive, row: row.key, column: column)
        report.values[key] = try optionalNumber(columns[column], at + ".\(column)")
        if row.key == "procurement" && column == "total_amount" {
          report.units[key] = try optionalString(
            columns["total_amount_unit"], at + ".total_amount_unit")
        }
      }
    }
    let rows = try object(
      object(root["applications"], "$.applications")["rows"], "$.applications.rows")
    for row in report.applicationRowOrder {
      let at = "$.applications.rows.\(row)"
      let columns = try object(rows[row], at)
      for column in CanonicalSchema.applicationColumns {
        report.values[CellKey(.applications, row: row, column: column.key)] = try optionalNumber(
          columns[column.key], at + ".\(column.key)")
      }
    }
    let groups = try object(root["review_litigation"], "$.review_litigation")
    for group in CanonicalSchema.reviewGroups {
      let at = "$.review_litigation.\(group.key)"
      let columns = try object(groups[group.key], at)
      for column in CanonicalSchema.reviewColumns {
        report.values[CellKey(.reviewLitigation, row: group.key, column: column.key)] =
          try optionalNumber(columns[column.key], at + ".\(column.key)")
      }
    }
  }

  private static func reading(_ value: JSONValue, _ at: String) throws -> CellReading {
    let members = try object(value, at)
    guard let origin = TextOrigin(rawValue: try string(members["origin"], at + ".origin")) else {
      throw DecodingFailure(path: at + ".origin", message: "unknown origin")
    }
    let text = try string(members["text"], at + ".text")
    let confidence = try double(members["confidence"], at + ".confidence")
    if members["table"] != nil {
      // A markup cell: its table, row and column stand for the page and box it does not have.
      let position = MarkupPosition(
        table: try int(members["table"], at + ".table"), row: try int(members["row"], at + ".row"),
        column: try int(members["column"], at + ".column"))
      return CellReading(
        page: 1, box: Box(minX: 0, minY: 0, maxX: 0, maxY: 0), text: text,
        confidence: confidence, origin: origin, position: position)
    }
    let bbox = try array(members["bbox"], at + ".bbox").map { try double($0, at + ".bbox") }
    guard bbox.count == 4 else {
      throw DecodingFailure(path: at + ".bbox", message: "not 4 numbers")
    }
    return CellReading(
      page: try int(members["page"], at + ".page"),
      box: Box(minX: bbox[0], minY: bbox[1], maxX: bbox[2], maxY: bbox[3]), text: text,
      confidence: confidence, origin: origin)
  }

  // MARK: - Typed access with paths in the errors

  private static func object(_ value: JSONValue?, _ at: String) throws -> [String: JSONValue] {
    guard let members = value?.objectValue else { throw mistyped(value, "an object", at) }
    return members
  }

  private static func array(_ value: JSONValue?, _ at: String) throws -> [JSONValue] {
    guard let elements = value?.arrayValue else { throw mistyped(value, "an array", at) }
    return elements
  }

  private static func string(_ value: JSONValue?, _ at: String) throws -> String {
    guard let text = value?.stringValue else { throw mistyped(value, "a string", at) }
    return text
  }

  private static func optionalString(_ value: JSONValue?, _ at: String) throws -> String? {
    if value == nil || value == .null { return nil }
    return try string(value, at)
  }

  private static func int(_ value: JSONValue?, _ at: String) throws -> Int {
    guard let literal = value?.numberLiteral, let number = Int(literal) else {
      throw mistyped(value, "an integer", at)
    }
    return number
  }

  private static func double(_ value: JSONValue?, _ at: String) throws -> Double {
    guard let literal = value?.numberLiteral, let number = Double(literal) else {
      throw mistyped(value, "a number", at)
    }
    return number
  }

  private static func number(_ value: JSONValue?, _ at: String) throws -> ReportNumber {
    guard let literal = value?.numberLiteral else { throw mistyped(value, "a number", at) }
    guard let number = ReportNumber(literal: literal) else {
      throw DecodingFailure(path: at, message: "\(literal) is not a plain decimal number")
    }
    return number
  }

  private static func optionalNumber(_ value: JSONValue?, _ at: String) throws -> ReportNumber? {
    if value == nil || value == .null { return nil }
    return try number(value, at)
  }

  private static func mistyped(_ value: JSONValue?, _ expected: String, _ at: String)
    -> DecodingFailure
  {
    DecodingFailure(
      path: at, message: value == nil ? "missing (expected \(expected))" : "expected \(expected)")
  }
}
