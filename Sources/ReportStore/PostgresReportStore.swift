import Logging
import PostgresNIO

/// The shared report database on a PostgreSQL server, written through postgres-nio.
///
/// Holds a small connection pool whose `run()` loop lives in a task owned by the store; `close()`
/// ends it. The same store is the shared work queue (`WorkQueue`) of `--queue`.
public final class PostgresReportStore: ReportStore {
  /// Cells per multi-row INSERT; 500 rows × 15 parameters stays far below PostgreSQL's 65,535.
  static let cellsPerInsert = 500

  let client: PostgresClient
  let logger: Logger
  private let runner: Task<Void, Never>

  /// Starts a connection pool for `address` (no TLS, password optional); call `migrate()` first.
  public init(address: PostgresAddress) {
    var configuration = PostgresClient.Configuration(
      host: address.host, port: address.port, username: address.user,
      password: address.password, database: address.database, tls: .disable)
    configuration.options.maximumConnections = 4
    var logger = Logger(label: "govreport.postgres")
    logger.logLevel = .critical
    let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
    self.client = client
    self.logger = logger
    runner = Task { await client.run() }
  }

  deinit { runner.cancel() }

  public func migrate() async throws {
    try await client.withTransaction(logger: logger) { connection in
      // Two workers starting together must not both create the tables.
      try await connection.query("SELECT pg_advisory_xact_lock(5250411)", logger: logger)
      try await connection.query(
        PostgresQuery(unsafeSQL: SchemaMigrations.bookkeeping), logger: logger)
      var applied: Set<Int> = []
      let rows = try await connection.query("SELECT version FROM schema_migrations", logger: logger)
      for try await version in rows.decode(Int.self) { applied.insert(version) }
      for migration in SchemaMigrations.all(.postgres) where !applied.contains(migration.version) {
        for statement in migration.statements {
          try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
        try await connection.query(
          "INSERT INTO schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))",
          logger: logger)
      }
    }
  }

  public func save(_ reports: [StoredReport]) async throws {
    try await client.withTransaction(logger: logger) { connection in
      for report in reports { try await Self.save(report, on: connection, logger: logger) }
    }
  }

  /// Writes `report` on a connection that is inside a transaction.
  static func save(_ report: StoredReport, on connection: PostgresConnection, logger: Logger)
    async throws
  {
    for table in ["cells", "sections", "checks"] {
      try await connection.query(
        "DELETE FROM \(unescaped: table) WHERE report_id = \(report.id)", logger: logger)
    }
    try await connection.query("DELETE FROM reports WHERE id = \(report.id)", logger: logger)
    try await connection.query(
      """
      INSERT INTO reports (id, file, title, agency, year, format, pages, status, reason,
        exit_code, seconds, checks_failed, cells_in_review, output, file_sha256, report_index,
        report_count, first_page, last_page)
      VALUES (\(report.id), \(report.file), \(report.title), \(report.agency), \(report.year),
        \(report.format), \(report.pages), \(report.status.rawValue), \(report.reason),
        \(report.exitCode), \(report.seconds), \(report.checksFailed), \(report.cellsInReview),
        \(report.output), \(report.fileSHA256), \(report.place?.index), \(report.place?.count),
        \(report.place?.firstPage), \(report.place?.lastPage))
      """, logger: logger)
    var start = 0
    while start < report.cells.count {
      let chunk = report.cells[start..<min(start + cellsPerInsert, report.cells.count)]
      start += chunk.count
      var binds = PostgresBindings(capacity: chunk.count * 15)
      var tuples: [String] = []
      for cell in chunk {
        let n = binds.count
        tuples.append(
          "($\(n + 1), $\(n + 2), $\(n + 3), $\(n + 4), $\(n + 5), $\(n + 6)::numeric, $\(n + 7), "
            + "$\(n + 8), $\(n + 9), $\(n + 10), $\(n + 11), $\(n + 12), $\(n + 13), $\(n + 14), "
            + "$\(n + 15))")
        binds.append(report.id)
        binds.append(cell.table)
        binds.append(cell.row)
        binds.append(cell.column)
        binds.append(cell.value)
        binds.append(cell.value)
        binds.append(cell.raw)
        binds.append(cell.page)
        binds.append(cell.bbox)
        binds.append(cell.origin)
        binds.append(cell.confidence)
        binds.append(cell.inReview)
        binds.append(cell.sourceTable)
        binds.append(cell.sourceRow)
        binds.append(cell.sourceColumn)
      }
      let sql =
        "INSERT INTO cells (report_id, table_name, row_key, column_key, value, number, raw, page, "
        + "bbox, origin, confidence, in_review, source_table, source_row, source_column) VALUES "
        + tuples.joined(separator: ", ")
      try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
    }
    for (ordinal, section) in report.sections.enumerated() {
      try await connection.query(
        """
        INSERT INTO sections (report_id, ordinal, number, title, page, text)
        VALUES (\(report.id), \(ordinal), \(section.number), \(section.title), \(section.page),
          \(section.text))
        """, logger: logger)
    }
    for (ordinal, check) in report.checks.enumerated() {
      try await connection.query(
        """
        INSERT INTO checks (report_id, ordinal, rule, scope, ok, expected, found)
        VALUES (\(report.id), \(ordinal), \(check.rule), \(check.scope), \(check.ok),
          \(check.expected), \(check.found))
        """, logger: logger)
    }
  }

  public func reportSummaries() async throws -> [ReportSummary] {
    let rows = try await client.query(
      """
      SELECT r.id, r.file, r.agency, r.year, r.status, r.reason,
        (SELECT COUNT(*) FROM cells c WHERE c.report_id = r.id) AS cell_count
      FROM reports r ORDER BY r.file, r.id
      """, logger: logger)
    var summaries: [ReportSummary] = []
    for try await (id, file, agency, year, status, reason, count) in rows.decode(
      (String, String, String?, Int?, String, String?, Int).self)
    {
      summaries.append(
        ReportSummary(
          id: id, file: file, agency: agency, year: year,
          status: ReportStatus(rawValue: status) ?? .failed, reason: reason, cellCount: count))
    }
    return summaries
  }

  public func exportedCells() async throws -> [ExportedCell] {
    try await cells(where: "TRUE")
  }

  public func carryOverCells() async throws -> [ExportedCell] {
    try await cells(
      where: """
        c.table_name = 'applications' AND c.row_key IN ('carried_over', 'carried_forward')
        AND r.agency IS NOT NULL AND r.year IS NOT NULL
        """)
  }

  private func cells(where condition: String) async throws -> [ExportedCell] {
    let rows = try await client.query(
      PostgresQuery(
        unsafeSQL: """
          SELECT r.id, r.file, r.agency, r.year, c.table_name, c.row_key, c.column_key, c.value,
            c.raw, c.page, c.bbox, c.origin, c.confidence, c.in_review
          FROM cells c JOIN reports r ON r.id = c.report_id
          WHERE \(condition)
          ORDER BY r.file, r.id, c.table_name, c.row_key, c.column_key
          """), logger: logger)
    var cells: [ExportedCell] = []
    for try await row in rows {
      let columns = row.makeRandomAccess()
      func text(_ index: Int) throws -> String? {
        try columns[index].decode(String?.self, context: .default)
      }
      cells.append(
        ExportedCell(
          reportID: try text(0) ?? "", file: try text(1) ?? "", agency: try text(2),
          year: try columns[3].decode(Int?.self, context: .default),
          cell: StoredCell(
            table: try text(4) ?? "", row: try text(5) ?? "", column: try text(6) ?? "",
            value: try text(7), raw: try text(8),
            page: try columns[9].decode(Int?.self, context: .default), bbox: try text(10),
            origin: try text(11),
            confidence: try columns[12].decode(Double?.self, context: .default),
            inReview: try columns[13].decode(Bool.self, context: .default))))
    }
    return cells
  }

  public func rowCounts() async throws -> StoreRowCounts {
    let rows = try await client.query(
      """
      SELECT (SELECT COUNT(*) FROM reports), (SELECT COUNT(*) FROM cells),
        (SELECT COUNT(*) FROM sections), (SELECT COUNT(*) FROM checks)
      """, logger: logger)
    for try await (reports, cells, sections, checks) in rows.decode((Int, Int, Int, Int).self) {
      return StoreRowCounts(reports: reports, cells: cells, sections: sections, checks: checks)
    }
    return StoreRowCounts(reports: 0, cells: 0, sections: 0, checks: 0)
  }

  public func close() async throws {
    runner.cancel()
  }
}
