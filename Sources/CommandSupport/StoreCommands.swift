import Foundation

/// The commands that live in `govreport-store`, the database half of the command line.
///
/// `govreport` itself links no database: GRDB, PostgresNIO and SwiftNIO add many conformance
/// records, which the Swift runtime scans on each first use of a generic type, so every
/// `govreport extract` (every batch worker too) would pay for them at start (issue #3;
/// docs/performance.md). `govreport batch …` and `govreport export …` replace the process with
/// `govreport-store batch …` or `govreport-store export …` (same arguments, same exit status),
/// which is installed in the same folder.
public enum StoreCommands {
  /// The subcommands `govreport` hands over (an array: a `Set<String>` costs a run-time
  /// conformance lookup on every start).
  public static let names = ["batch", "export"]

  public static let batchAbstract =
    "Extract many reports: one JSON each, a results.jsonl manifest and a database."
  public static let exportAbstract = "Write the long cell table of a report database as CSV."

  /// The executable's file name, beside `govreport`.
  public static let executableName = "govreport-store"

  /// The arguments to hand over for `arguments` (without the program name), or nil when they
  /// are for `govreport` itself: `batch …`, `export …`, and `help batch` / `help export`.
  public static func handover(for arguments: [String]) -> [String]? {
    guard let first = arguments.first else { return nil }
    if names.contains(first) { return arguments }
    if first == "help", arguments.count == 2, names.contains(arguments[1]) {
      return [arguments[1], "--help"]
    }
    return nil
  }

  /// Replaces this process with `govreport-store` and the arguments; returns only when that
  /// fails, with the reason.
  public static func execute(_ arguments: [String]) -> String {
    let own =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    let path = URL(fileURLWithPath: own).deletingLastPathComponent()
      .appendingPathComponent(executableName).path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      return
        "\(path) is missing: `govreport \(arguments.first ?? "")` runs it. Build every product "
        + "(`swift build -c release --static-swift-stdlib`, not only --product govreport)."
    }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    execv(path, argv)
    return "cannot run \(path): \(String(cString: strerror(errno)))"
  }
}
