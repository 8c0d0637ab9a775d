import Foundation
import GRDB

/// The embedded report database: one SQLite file, written through GRDB.
///
/// The default of `govreport batch` (`DIR/govreport.sqlite`), in WAL mode. Writes are serialized
/// by GRDB's queue; another process holding the file makes writers wait up to `busyTimeout`.
public final class SQLiteReportStore: ReportStore {
  /// How long a write waits for another process's lock, in seconds.
  ///
  /// 30 s covers a resumed batch starting while a killed one's last transaction rolls back.
  public static let busyTimeout: TimeInterval = 30

  private let queue: DatabaseQueue

  /// Opens or creates the file (and its folder); call `migrate()` before use.
  public init(path: String) throws {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var configuration = Configuration()
    configuration.busyMode = .timeout(Self.busyTimeout)
    configuration.foreignKeysEnabled = true
    // Write-ahead log: a commit is one fsync of the log, where the rollback journal took three
    // (journal, database, journal removal): ~6 against ~22 ms a commit on the project's 2-core
    // VM (docs/performance.md, "Report database"). synchronous stays FULL, so a committed report
    // survives a power loss too, before its manifest line is written.
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA journal_mode = WAL")
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
    queue = try DatabaseQueue(path: path, configuration: configuration)
  }

  public func migrate() async throws {
    try await queue.write { db in
      try db.execute(sql: SchemaMigrations.bookkeeping)
      let applied = Set(try Int.fetchAll(db, sql: "SELECT version FROM schema_migrations"))
      for migration in SchemaMigrations.all(.sqlite) where !applied.contains(migration.version) {
        for statement in migration.statements { try db.execute(sql: statement) }
        try db.execute(
          sql: "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
          arguments: [migration.version, migration.name])
      }
    }
  }

  public func save(_ reports: [StoredReport]) async throws {
    try await queue.write { db in
      for report in reports { try Self.save(report, in: db) }
    }
  }

  /// Writes `report` inside the current transaction.
  ///
  /// Every statement is compiled once per connection (`cachedStatement`): compiling one per row
  /// of `sections` and `checks` was a visible share of the batch's own CPU time.
  private static func save(_ report: StoredReport, in db: Database) throws {
    for table in ["cells", "sections", "checks"] {
      try db.cachedStatement(sql: "DELETE FROM \(table) WHERE report_id = ?")
        .execute(arguments: [report.id])
    }
    try db.cachedStatement(sql: "DELETE FROM reports WHERE id = ?").execute(arguments: [report.id])
    try db.cachedStatement(
      sql: """
        INSERT INTO reports (id, file, title, agency, year, format, pages, status, reason,
          exit_code, seconds, checks_failed, cells_in_review, output, file_sha256, report_index,
          report_count, first_page, last_page)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        report.id, report.file, report.title, report.agency, report.year, report.format,
        report.pages, report.status.rawValue, report.reason, report.exitCode, report.seconds,
        report.checksFailed, report.cellsInReview, report.output, report.fileSHA256,
        report.place?.index, report.place?.count, report.place?.firstPage, report.place?.lastPage,
      ])
    let insertCell = try db.cachedStatement(
      sql: """
        INSERT INTO cells (report_id, table_name, row_key, column_key, value, number, raw, page,
          bbox, origin, confidence, in_review, source_table, source_row, source_column)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for cell in report.cells {
      try insertCell.execute(arguments: [
        report.id, cell.table, cell.row, cell.column, cell.value, cell.value, cell.raw,
        cell.page, cell.bbox, cell.origin, cell.confidence, cell.inReview, cell.sourceTable,
        cell.sourceRow, cell.sourceColumn,
      ])
    }
    let insertSection = try db.cachedStatement(
      sql: """
        INSERT INTO sections (report_id, ordinal, number, title, page, text)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, section) in report.sections.enumerated() {
      try insertSection.execute(arguments: [
        report.id, ordinal, section.number, section.title, section.page, section.text,
      ])
    }
    let insertCheck = try db.cachedStatement(
      sql: """
        INSERT INTO checks (report_id, ordinal, rule, scope, ok, expected, found)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, check) in report.checks.enumerated() {
      try insertCheck.execute(arguments: [
        report.id, ordinal, check.rule, check.scope, check.ok, check.expected, check.found,
      ])
    }
  }

  public func reportSummaries() async throws -> [ReportSummary] {
    try await queue.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT r.id, r.file, r.agency, r.year, r.status, r.reason,
            (SELECT COUNT(*) FROM cells c WHERE c.report_id = r.id) AS cell_count
          FROM reports r ORDER BY r.file, r.id
          """
      ).map { row in
        ReportSummary(
          id: row["id"], file: row["file"], agency: row["agency"], year: row["year"],
          status: ReportStatus(rawValue: row["status"]) ?? .failed, reason: row["reason"],
          cellCount: row["cell_count"])
      }
    }
  }

  public func exportedCells() async throws -> [ExportedCell] {
    try await cells(where: "1 = 1")
  }

  public func carryOverCells() async throws -> [ExportedCell] {
    try await cells(
      where: """
        c.table_name = 'applications' AND c.row_key IN ('carried_over', 'carried_forward')
        AND r.agency IS NOT NULL AND r.year IS NOT NULL
        """)
  }

  private func cells(where condition: String) async throws -> [ExportedCell] {
    try await queue.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT r.id, r.file, r.agency, r.year, c.table_name, c.row_key, c.column_key, c.value,
            c.raw, c.page, c.bbox, c.origin, c.confidence, c.in_review
          FROM cells c JOIN reports r ON r.id = c.report_id
          WHERE \(condition)
          ORDER BY r.file, r.id, c.table_name, c.row_key, c.column_key
          """
      ).map { row in
        ExportedCell(
          reportID: row["id"], file: row["file"], agency: row["agency"], year: row["year"],
          cell: StoredCell(
            table: row["table_name"], row: row["row_key"], column: row["column_key"],
            value: row["value"], raw: row["raw"], page: row["page"], bbox: row["bbox"],
            origin: row["origin"], confidence: row["confidence"], inReview: row["in_review"]))
      }
    }
  }

  public func rowCounts() async throws -> StoreRowCounts {
    try await queue.read { db in
      func count(_ table: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
      }
      return StoreRowCounts(
        reports: try count("reports"), cells: try count("cells"), sections: try count("sections"),
        checks: try count("checks"))
    }
  }

  public func close() async throws {
    try queue.close()
  }
}
