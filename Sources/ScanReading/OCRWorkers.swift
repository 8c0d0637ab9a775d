import Dispatch
import Synchronization
import TextRecognition

/// The threads that read one document's scanned pages, each with its own `OCRSession`.
///
/// A Tesseract engine is not thread-safe, so every thread reads with a session of its own
/// (STYLE.md C5), which stays in the thread's slot from one stage to the next: loading an engine
/// takes 0.2–0.5 s (c-libraries.md §3). The first session is loaded when the workers are made, so
/// a missing language fails there, as it did with one thread; the others are loaded by their own
/// threads while the first already reads, and share its orientation detector.
package final class OCRWorkers: Sendable {
  /// How many threads read at once.
  package let threads: Int
  /// The engines' languages and the re-read tunables.
  package let settings: OCRSettings
  /// Thread `k`'s session is in `slots[k]`: only thread `k` takes that slot's lock, and holds it
  /// while it reads, so no other thread can reach the session.
  private let slots: [Slot]
  /// The first session's orientation detector, which the others share.
  private let orientation: OrientationDetector

  /// One thread's session, nil until the thread loads it.
  private final class Slot: Sendable {
    let session = Mutex<OCRSession?>(nil)
  }

  /// Loads the first session.
  ///
  /// - Parameters:
  ///   - threads: How many threads read at once, at least 1.
  ///   - settings: The engines' languages and the re-read tunables.
  /// - Throws: `OCRError` when the first session's engines cannot be loaded.
  package init(threads: Int, settings: OCRSettings) throws(OCRError) {
    precondition(threads >= 1, "at least one thread")
    self.threads = threads
    self.settings = settings
    slots = (0..<threads).map { _ in Slot() }
    orientation = try slots[0].session.withLock { (session) throws(OCRError) in
      let first = try OCRSession(settings: settings)
      session = first
      return first.orientationDetector
    }
  }

  /// `body` applied to every index in `0..<count`, on up to `threads` threads at once; the
  /// successes in index order, or the failure at the lowest index.
  ///
  /// Indices are handed out in increasing order, and none after a failure: every index below a
  /// failing one was already taken and finishes, so the failure returned is the one a loop over
  /// the indices would have stopped at. Each call of `body` gets its thread's session; the
  /// outputs must not depend on which thread ran them (tesseract's LSTM engines keep no state
  /// from one image to the next).
  package func map<Success: Sendable, Failure: Error>(
    _ count: Int, _ body: @Sendable (OCRSession, Int) -> Result<Success, Failure>
  ) -> Result<[Success], Failure> {
    let next = Atomic<Int>(0)
    let failed = Atomic<Bool>(false)
    let outputs = Mutex<[Result<Success, Failure>?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: min(threads, count)) { thread in
      slots[thread].session.withLock { session in
        // A thread that cannot load engines leaves its share to the threads that could; the
        // first thread's session was loaded with the workers.
        if session == nil {
          session = try? OCRSession(settings: settings, orientation: orientation)
        }
        guard let session else { return }
        while !failed.load(ordering: .relaxed) {
          let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
          guard index < count else { break }
          let output = body(session, index)
          switch output {
          case .failure: failed.store(true, ordering: .relaxed)
          case .success: break
          }
          outputs.withLock { $0[index] = output }
        }
      }
    }
    return outputs.withLock { outputs in
      var successes: [Success] = []
      successes.reserveCapacity(count)
      for output in outputs {
        switch output {
        case .success(let success): successes.append(success)
        case .failure(let failure): return .failure(failure)
        case nil: preconditionFailure("an index below every failure was not read")
        }
      }
      return .success(successes)
    }
  }
}
