import PostgresNIO

extension PostgresReportStore: WorkQueue {
  public func enqueue(_ items: [QueueItem]) async throws {
    guard !items.isEmpty else { return }
    try await client.query(
      """
      INSERT INTO claims (report_id, file, state)
      SELECT id, file, 'pending' FROM unnest(\(items.map(\.id))::text[], \(items.map(\.file))::text[])
        AS t (id, file)
      ON CONFLICT (report_id) DO NOTHING
      """, logger: logger)
  }

  public func claim(among ids: [String], worker: String, lease: Int) async throws -> String? {
    // SKIP LOCKED: a row another worker is claiming right now is passed over, not waited for.
    let rows = try await client.query(
      """
      UPDATE claims SET state = 'claimed', worker = \(worker), attempts = attempts + 1,
        claimed_at = now(), expires_at = now() + make_interval(secs => \(Double(lease)))
      WHERE report_id = (
        SELECT report_id FROM claims
        WHERE report_id = ANY(\(ids)::text[])
          AND (state = 'pending' OR (state = 'claimed' AND expires_at < now()))
        ORDER BY report_id
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
      RETURNING report_id
      """, logger: logger)
    for try await id in rows.decode(String.self) { return id }
    return nil
  }

  public func complete(_ report: StoredReport, worker: String) async throws {
    try await client.withTransaction(logger: logger) { connection in
      try await Self.save(report, on: connection, logger: logger)
      try await connection.query(
        """
        UPDATE claims SET state = 'done', worker = \(worker), expires_at = NULL
        WHERE report_id = \(report.fileSHA256)
        """, logger: logger)
    }
  }

  public func unfinished(among ids: [String]) async throws -> Int {
    let rows = try await client.query(
      "SELECT COUNT(*) FROM claims WHERE report_id = ANY(\(ids)::text[]) AND state <> 'done'",
      logger: logger)
    for try await count in rows.decode(Int.self) { return count }
    return 0
  }

  public func reset(_ ids: [String]) async throws {
    try await client.query(
      """
      UPDATE claims SET state = 'pending', worker = NULL, expires_at = NULL
      WHERE report_id = ANY(\(ids)::text[])
      """, logger: logger)
  }

  public func claims() async throws -> [ClaimRecord] {
    let rows = try await client.query(
      "SELECT report_id, file, state, worker, attempts FROM claims ORDER BY report_id",
      logger: logger)
    var records: [ClaimRecord] = []
    for try await (id, file, state, worker, attempts) in rows.decode(
      (String, String, String, String?, Int).self)
    {
      records.append(
        ClaimRecord(id: id, file: file, state: state, worker: worker, attempts: attempts))
    }
    return records
  }
}
