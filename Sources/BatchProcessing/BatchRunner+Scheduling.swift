import Foundation
import ReportStore

/// How jobs reach the worker slots and results reach the database.
///
/// Two kinds of child task run in one task group: extractions (a slot's worker on one file) and
/// commits (JSON files, database rows and manifest lines), one commit at a time. A slot is given
/// its next file as soon as its worker answers, so no worker waits for a database commit (an
/// fsync, milliseconds); the files that finish during one commit go together in the next, so the
/// commits keep up however fast the workers are.
extension BatchRunner {
  /// A job its worker has finished with, and the slot, free for the next job.
  struct Extraction: Sendable {
    var job: Job
    var outcome: WorkerOutcome
    /// Where the worker was asked to write the JSON, under `.tmp/`.
    var temporary: String
    var slot: WorkerSlot
  }

  /// What a child task of the batch ends with.
  enum Event: Sendable {
    case extracted(Extraction)
    case committed([StoredReport])
  }

  func runLocal(
    _ jobs: [Job], manifest: Manifest, summary: inout BatchSummary,
    progress: inout ProgressReporter
  ) async throws {
    var slots = newSlots()
    var pending = jobs.makeIterator()
    try await drive(
      slots: &slots, nextJob: { pending.next() }, manifest: manifest, summary: &summary,
      progress: &progress)
    await retire(slots)
  }

  func runQueued(
    _ jobs: [Job], on queue: any WorkQueue, manifest: Manifest, summary: inout BatchSummary,
    progress: inout ProgressReporter
  ) async throws {
    let ids = jobs.map(\.sha256)
    let jobsByID = Dictionary(jobs.map { ($0.sha256, $0) }, uniquingKeysWith: { first, _ in first })
    try await queue.enqueue(jobs.map { QueueItem(id: $0.sha256, file: $0.path) })
    if settings.force { try await queue.reset(ids) }
    let processedBefore = summary.processed
    var slots = newSlots()
    let claim = { () async throws -> Job? in
      guard
        let id = try await queue.claim(
          among: ids, worker: settings.workerName, lease: settings.claimLease)
      else { return nil }
      return jobsByID[id]
    }
    while true {
      try await drive(
        slots: &slots, nextJob: claim, manifest: manifest, summary: &summary,
        progress: &progress)
      if try await queue.unfinished(among: ids) == 0 { break }
      // Others hold the rest; wait for them to finish or for their claims to expire.
      try await Task.sleep(for: .seconds(1))
    }
    await retire(slots)
    summary.doneElsewhere += jobs.count - (summary.processed - processedBefore)
  }

  /// Runs jobs from `nextJob` on the idle `slots` until it has none left and every result is
  /// committed; the slots are idle again on return.
  private func drive(
    slots: inout [WorkerSlot], nextJob: () async throws -> Job?, manifest: Manifest,
    summary: inout BatchSummary, progress: inout ProgressReporter
  ) async throws {
    try await withThrowingTaskGroup(of: Event.self) { group in
      var finished: [Extraction] = []  // waiting for the next commit, oldest first
      var committing = false
      func commitNext() {
        guard !committing, !finished.isEmpty else { return }
        let done = finished
        finished = []
        committing = true
        group.addTask {
          .committed(try await commit(done.flatMap(results(of:)), manifest: manifest))
        }
      }
      while !slots.isEmpty, let job = try await nextJob() {
        let slot = slots.removeLast()
        group.addTask { .extracted(await extract(job, in: slot)) }
      }
      while let event = try await group.next() {
        switch event {
        case .extracted(let done):
          if let job = try await nextJob() {
            group.addTask { .extracted(await extract(job, in: done.slot)) }
          } else {
            slots.append(done.slot)
          }
          finished.append(done)
          commitNext()
        case .committed(let reports):
          committing = false
          for report in reports { account(report, summary: &summary, progress: &progress) }
          commitNext()
        }
      }
    }
  }

  /// One idle slot per `--jobs`; each starts its worker process on its first document.
  private func newSlots() -> [WorkerSlot] {
    let folder = settings.outputDirectory + "/.tmp"
    return (0..<settings.jobs).map { _ in WorkerSlot(settings: settings, stderrFolder: folder) }
  }

  /// Ends the slots' worker processes.
  private func retire(_ slots: [WorkerSlot]) async {
    for var slot in slots { await slot.retire() }
  }

  /// Has the slot's worker extract one job (in a child task).
  private func extract(_ job: Job, in slot: WorkerSlot) async -> Extraction {
    var slot = slot
    let unique = "\(job.sha256).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString)"
    let temporary = "\(settings.outputDirectory)/.tmp/\(unique).json"
    let outcome = await slot.extract(input: job.path, output: temporary)
    return Extraction(job: job, outcome: outcome, temporary: temporary, slot: slot)
  }
}
