import Foundation

/// Prints how long each stage took to stderr when `GOVREPORT_TIMING` is set, for profiling.
///
/// Nothing is measured or printed when the variable is unset.
struct StageTimer {
  static let enabled = ProcessInfo.processInfo.environment["GOVREPORT_TIMING"] != nil
  private let clock = ContinuousClock()
  private var last: ContinuousClock.Instant

  init() { last = clock.now }

  /// Prints the time since the previous mark under `stage`.
  mutating func mark(_ stage: String) {
    guard Self.enabled else { return }
    let now = clock.now
    let ms =
      Double((now - last).components.attoseconds) / 1e15 + Double((now - last).components.seconds)
      * 1000
    FileHandle.standardError.write(Data("timing: \(stage) \(String(format: "%.1f", ms)) ms\n".utf8))
    last = now
  }
}
