import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Progress on stderr: a redrawn bar with rate and ETA on a terminal, plain lines otherwise.
public struct ProgressReporter: Sendable {
  /// How progress is shown.
  public enum Style: String, Sendable, CaseIterable {
    /// A bar when stderr is a terminal, lines otherwise.
    case auto
    case bar
    case lines
    case none
  }

  /// Seconds between two plain progress lines; 5 s keeps a CI log short for a 200-file batch.
  static let lineInterval = 5.0
  /// Seconds between two bar redraws.
  static let barInterval = 0.2

  private let style: Style
  private let total: Int
  private let start = Date()
  private var lastShown = Date.distantPast
  private var done = 0
  private var failed = 0

  /// A reporter for `total` files.
  public init(style: Style, total: Int) {
    self.style = style == .auto ? (isatty(2) == 1 ? .bar : .lines) : style
    self.total = total
  }

  /// Records one finished file and redraws when due.
  public mutating func finished(failed isFailure: Bool) {
    done += 1
    if isFailure { failed += 1 }
    let now = Date()
    let interval = style == .bar ? Self.barInterval : Self.lineInterval
    if now.timeIntervalSince(lastShown) >= interval || done == total {
      lastShown = now
      show()
    }
  }

  /// Ends the bar's line.
  public func close() {
    if style == .bar && total > 0 { Self.write("\n") }
  }

  private func show() {
    let elapsed = max(Date().timeIntervalSince(start), 0.001)
    let rate = Double(done) / elapsed
    let remaining = rate > 0 ? Double(total - done) / rate : 0
    let figures =
      "\(done)/\(total) files, \(failed) failed, \(String(format: "%.2f", rate)) files/s, "
      + "ETA \(Self.clock(remaining))"
    switch style {
    case .bar:
      let width = 30
      let filled = total > 0 ? width * done / total : width
      let bar =
        String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
      Self.write("\r[\(bar)] \(figures)\u{1B}[K")
    case .lines, .auto:
      Self.write("progress: \(figures)\n")
    case .none:
      break
    }
  }

  static func clock(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return s >= 3600
      ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
      : String(format: "%d:%02d", s / 60, s % 60)
  }

  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
