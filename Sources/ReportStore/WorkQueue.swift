/// A queue of files shared by several batch processes, possibly on several machines.
///
/// Each file (by content id) is claimed by one worker at a time; a claim expires after a lease so
/// the files of a worker that died are taken again by another.
public protocol WorkQueue: Sendable {
  /// Adds files not yet known to the queue as `pending`; known ones keep their state.
  func enqueue(_ items: [QueueItem]) async throws
  /// Claims one pending (or expired) file among `ids` for `worker` until `lease` seconds from now.
  ///
  /// - Returns: The claimed id, or nil when none of `ids` is available right now.
  func claim(among ids: [String], worker: String, lease: Int) async throws -> String?
  /// Saves the report and marks its claim done, in one transaction.
  func complete(_ report: StoredReport, worker: String) async throws
  /// How many of `ids` are not done yet (pending, or claimed by anyone).
  func unfinished(among ids: [String]) async throws -> Int
  /// Puts `ids` back to `pending` (for `--force`).
  func reset(_ ids: [String]) async throws
  /// Every claim row, for summaries and tests.
  func claims() async throws -> [ClaimRecord]
}

/// A file offered to the queue.
public struct QueueItem: Sendable, Hashable {
  public var id: String
  public var file: String

  public init(id: String, file: String) {
    self.id = id
    self.file = file
  }
}

/// One `claims` row.
public struct ClaimRecord: Sendable, Hashable {
  public var id: String
  public var file: String
  /// `pending`, `claimed` or `done`.
  public var state: String
  /// The worker that claimed it last.
  public var worker: String?
  /// How many times it was claimed.
  public var attempts: Int

  public init(id: String, file: String, state: String, worker: String?, attempts: Int) {
    self.id = id
    self.file = file
    self.state = state
    self.worker = worker
    self.attempts = attempts
  }
}
