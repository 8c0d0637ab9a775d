/// The versioned schema, applied in order; each version's statements run in one transaction and
/// the version is then recorded in `schema_migrations`.
///
/// Append new versions; never edit an applied one. The SQL is shared by SQLite and PostgreSQL
/// except where `Dialect` says otherwise.
public enum SchemaMigrations {
  /// The SQL flavor a statement is written for.
  public enum Dialect: Sendable {
    case sqlite, postgres
  }

  /// One schema version.
  public struct Migration: Sendable {
    public var version: Int
    public var name: String
    public var statements: [String]
  }

  /// Creates the bookkeeping table itself; idempotent.
  public static let bookkeeping = """
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL
    )
    """

  /// Every version for `dialect`, oldest first.
  public static func all(_ dialect: Dialect) -> [Migration] {
    let timestamp = dialect == .postgres ? "TIMESTAMPTZ" : "TEXT"
    return [
      Migration(
        version: 1, name: "reports, cells, sections, checks",
        statements: [
          """
          CREATE TABLE reports (
            id TEXT PRIMARY KEY,
            file TEXT NOT NULL,
            title TEXT,
            agency TEXT,
            year INTEGER,
            format TEXT,
            pages INTEGER,
            status TEXT NOT NULL,
            reason TEXT,
            exit_code INTEGER,
            seconds DOUBLE PRECISION,
            checks_failed INTEGER NOT NULL DEFAULT 0,
            cells_in_review INTEGER NOT NULL DEFAULT 0,
            output TEXT
          )
          """,
          "CREATE INDEX reports_agency_year ON reports (agency, year)",
          """
          CREATE TABLE cells (
            report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            column_key TEXT NOT NULL,
            value TEXT,
            number NUMERIC,
            raw TEXT,
            page INTEGER,
            bbox TEXT,
            origin TEXT,
            confidence DOUBLE PRECISION,
            in_review BOOLEAN NOT NULL,
            PRIMARY KEY (report_id, table_name, row_key, column_key)
          )
          """,
          """
          CREATE TABLE sections (
            report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            number TEXT NOT NULL,
            title TEXT NOT NULL,
            page INTEGER,
            text TEXT NOT NULL,
            PRIMARY KEY (report_id, ordinal)
          )
          """,
          """
          CREATE TABLE checks (
            report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            rule TEXT NOT NULL,
            scope TEXT NOT NULL,
            ok BOOLEAN NOT NULL,
            expected TEXT,
            found TEXT,
            PRIMARY KEY (report_id, ordinal)
          )
          """,
        ]),
      Migration(
        version: 2, name: "claims (shared work queue)",
        statements: [
          """
          CREATE TABLE claims (
            report_id TEXT PRIMARY KEY,
            file TEXT NOT NULL,
            state TEXT NOT NULL,
            worker TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            claimed_at \(timestamp),
            expires_at \(timestamp)
          )
          """,
          "CREATE INDEX claims_state ON claims (state, expires_at)",
        ]),
      Migration(
        version: 3, name: "compilations (several reports per file), markup cell positions",
        statements: [
          // A compilation's reports are `<sha256>-<n>`; every row names its file's content.
          "ALTER TABLE reports ADD COLUMN file_sha256 TEXT",
          "ALTER TABLE reports ADD COLUMN report_index INTEGER",
          "ALTER TABLE reports ADD COLUMN report_count INTEGER",
          "ALTER TABLE reports ADD COLUMN first_page INTEGER",
          "ALTER TABLE reports ADD COLUMN last_page INTEGER",
          "UPDATE reports SET file_sha256 = id WHERE file_sha256 IS NULL",
          "CREATE INDEX reports_file_sha256 ON reports (file_sha256)",
          // An HTML or Word file's cells are placed by table, row and column, not page and box.
          "ALTER TABLE cells ADD COLUMN source_table INTEGER",
          "ALTER TABLE cells ADD COLUMN source_row INTEGER",
          "ALTER TABLE cells ADD COLUMN source_column INTEGER",
        ]),
    ]
  }
}
