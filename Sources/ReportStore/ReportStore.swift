/// A database of extracted reports in one normalized schema (SQLite or PostgreSQL).
///
/// Tables: `reports` (one row per distinct file content, id = SHA-256), `cells` (the long format:
/// one row per table cell), `sections`, `checks`, plus `schema_migrations` and `claims` (the
/// shared work queue). Every write of one report is one transaction that first deletes what the
/// database held for that id, so saving twice leaves one copy and a crash leaves none or all.
public protocol ReportStore: Sendable {
  /// Creates or upgrades the schema; applied versions are recorded in `schema_migrations`.
  func migrate() async throws
  /// Replaces everything stored for each report's id with the report, all in one transaction.
  ///
  /// One transaction for several reports costs one commit (one fsync) instead of one each.
  func save(_ reports: [StoredReport]) async throws
  /// The `reports` rows without their cells, sections and checks, ordered by file.
  func reportSummaries() async throws -> [ReportSummary]
  /// Every cell with its report's file, agency and year, ordered by file, table, row, column.
  func exportedCells() async throws -> [ExportedCell]
  /// The `carried_over` and `carried_forward` cells of table 三 of every report with an agency
  /// and a year.
  func carryOverCells() async throws -> [ExportedCell]
  /// Counts of rows per table, for summaries and tests.
  func rowCounts() async throws -> StoreRowCounts
  /// Releases the connection; the store is unusable afterwards.
  func close() async throws
}

/// A `reports` row without its child rows, plus the number of cells it owns.
public struct ReportSummary: Sendable, Hashable {
  public var id: String
  public var file: String
  public var agency: String?
  public var year: Int?
  public var status: ReportStatus
  public var reason: String?
  public var cellCount: Int

  public init(
    id: String, file: String, agency: String?, year: Int?, status: ReportStatus, reason: String?,
    cellCount: Int
  ) {
    self.id = id
    self.file = file
    self.agency = agency
    self.year = year
    self.status = status
    self.reason = reason
    self.cellCount = cellCount
  }
}

/// One cell joined with its report's identity: a row of the CSV export.
public struct ExportedCell: Sendable, Hashable {
  public var reportID: String
  public var file: String
  public var agency: String?
  public var year: Int?
  public var cell: StoredCell

  public init(reportID: String, file: String, agency: String?, year: Int?, cell: StoredCell) {
    self.reportID = reportID
    self.file = file
    self.agency = agency
    self.year = year
    self.cell = cell
  }
}

/// Row counts of the report tables.
public struct StoreRowCounts: Sendable, Hashable {
  public var reports: Int
  public var cells: Int
  public var sections: Int
  public var checks: Int

  public init(reports: Int, cells: Int, sections: Int, checks: Int) {
    self.reports = reports
    self.cells = cells
    self.sections = sections
    self.checks = checks
  }
}

extension ReportStore {
  /// Replaces everything stored for `report.id` with `report`, in one transaction.
  public func save(_ report: StoredReport) async throws {
    try await save([report])
  }
}
