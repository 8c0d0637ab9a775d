import Foundation
import ReportTestSupport

/// Runs the built `govreport` binary and captures its exit status, stdout and stderr.
struct CommandResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

enum CommandRunner {
  /// The repository root, found from this file's path.
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The `govreport` executable beside the test bundle (SwiftPM puts products in one folder).
  static var executable: URL {
    var folder = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("govreport")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return repositoryRoot.appendingPathComponent(".build/debug/govreport")
  }

  /// Runs `govreport` with the arguments (and `input` on its stdin) and waits for it.
  static func run(
    _ arguments: [String], environment: [String: String] = [:], removing removed: [String] = [],
    input: String? = nil
  ) throws -> CommandResult {
    try run(executable, arguments, environment: environment, removing: removed, input: input)
  }

  /// Runs `govreport` as `run(_:environment:removing:input:)` does, and measures the system
  /// time of that process alone, in seconds.
  ///
  /// Through the shell's `times`, which counts the shell's own children:
  /// `getrusage(RUSAGE_CHILDREN)` counts every process the test run has reaped meanwhile, those
  /// of tests running beside this one included.
  static func runMeasuringSystemTime(_ arguments: [String], removing removed: [String] = [])
    throws -> (result: CommandResult, systemSeconds: Double?)
  {
    let script = #""$0" "$@"; status=$?; times >&2; exit $status"#
    var result = try run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", script, executable.path] + arguments,
      removing: removed)
    // `times` prints two lines: the shell's user and system time, then its children's.
    var lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
    guard lines.count >= 2 else { return (result, nil) }
    let children = lines.removeLast().split(separator: " ")
    lines.removeLast()
    result.stderr = lines.map { $0 + "\n" }.joined()
    return (result, children.count == 2 ? seconds(children[1]) : nil)
  }

  /// Seconds from `times`'s `1m2.345s` form.
  private static func seconds(_ text: Substring) -> Double? {
    guard text.hasSuffix("s"), let m = text.firstIndex(of: "m"),
      let minutes = Double(text[..<m]),
      let seconds = Double(text[text.index(after: m)...].dropLast())
    else { return nil }
    return 60 * minutes + seconds
  }

  private static func run(
    _ program: URL, _ arguments: [String], environment: [String: String] = [:],
    removing removed: [String] = [], input: String? = nil
  ) throws -> CommandResult {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    for name in removed { env[name] = nil }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    if input != nil { process.standardInput = stdin }
    try process.run()
    if let input {
      stdin.fileHandleForWriting.write(Data(input.utf8))
      try stdin.fileHandleForWriting.close()
    }
    // Read before waiting: a full pipe would block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    try TestFolders.make("govreport-cli")
  }
}
