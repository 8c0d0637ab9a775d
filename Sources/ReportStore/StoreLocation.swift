/// Where a report database lives, parsed from `--db`.
///
/// `sqlite:PATH` (or a bare path ending in `.sqlite`/`.db`) names an SQLite file;
/// `postgres://user[:password]@host[:port]/database` (or `postgresql://`) a PostgreSQL server.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
  case sqlite(path: String)
  case postgres(PostgresAddress)

  /// Parses a `--db` value.
  ///
  /// - Throws: `StoreError.badLocation` for anything else.
  public init(parsing text: String) throws {
    if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
      self = .postgres(try PostgresAddress(url: text))
    } else if text.hasPrefix("sqlite:") {
      var path = String(text.dropFirst("sqlite:".count))
      if path.hasPrefix("//") { path.removeFirst(2) }  // sqlite:///abs → /abs
      guard !path.isEmpty else { throw StoreError.badLocation(text) }
      self = .sqlite(path: path)
    } else if text.hasSuffix(".sqlite") || text.hasSuffix(".db") {
      self = .sqlite(path: text)
    } else {
      throw StoreError.badLocation(text)
    }
  }

  public var description: String {
    switch self {
    case .sqlite(let path): "sqlite:\(path)"
    case .postgres(let address): address.description
    }
  }

  /// Opens (and migrates) the store.
  public func open() async throws -> any ReportStore {
    let store: any ReportStore
    switch self {
    case .sqlite(let path): store = try SQLiteReportStore(path: path)
    case .postgres(let address): store = PostgresReportStore(address: address)
    }
    do {
      try await store.migrate()
    } catch {
      try? await store.close()
      throw error
    }
    return store
  }
}

/// The parts of a `postgres://` URL.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
  public var user: String
  public var password: String?
  public var host: String
  public var port: Int
  public var database: String

  /// Parses `postgres://user[:password]@host[:port]/database`.
  public init(url: String) throws {
    guard let schemeEnd = url.range(of: "://") else { throw StoreError.badLocation(url) }
    var rest = Substring(url[schemeEnd.upperBound...])
    if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
    var userPart: Substring = "postgres"
    if let at = rest.lastIndex(of: "@") {
      userPart = rest[..<at]
      rest = rest[rest.index(after: at)...]
    }
    let credentials = userPart.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    user = String(credentials[0])
    password = credentials.count > 1 ? String(credentials[1]) : nil
    let hostAndDB = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    let hostPort = hostAndDB[0]
    database = hostAndDB.count > 1 && !hostAndDB[1].isEmpty ? String(hostAndDB[1]) : user
    if let colon = hostPort.lastIndex(of: ":"), !hostPort.hasSuffix("]") {
      host = String(hostPort[..<colon])
      guard let port = Int(hostPort[hostPort.index(after: colon)...]) else {
        throw StoreError.badLocation(url)
      }
      self.port = port
    } else {
      host = String(hostPort)
      port = 5432
    }
    if host.isEmpty { host = "127.0.0.1" }
    guard !user.isEmpty else { throw StoreError.badLocation(url) }
  }

  /// The URL without the password.
  public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}

/// A failure of the report database that is not the driver's own error.
public enum StoreError: Error, CustomStringConvertible, Sendable {
  case badLocation(String)
  case closed

  public var description: String {
    switch self {
    case .badLocation(let text):
      "cannot use '\(text)' as a database: give sqlite:PATH or postgres://user@host:port/db"
    case .closed: "the report database is closed"
    }
  }
}
