import DocumentModel
import Foundation
import ReportSchema
import ReportStore
import Testing

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
  let path: String

  init(_ name: String = #function) throws {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    path = NSTemporaryDirectory() + "govreport-batch-\(safe)-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func file(_ name: String) -> String { path + "/" + name }

  func write(_ text: String, to name: String) throws {
    let target = file(name)
    try FileManager.default.createDirectory(
      atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: target))
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// A stand-in for `govreport worker`: a shell loop that reads `INPUT<tab>OUTPUT` lines and obeys
/// directives in each input file, answering `STATUS<tab>MESSAGE` as the real worker does.
///
/// `%SLEEP s` sleeps first; `%STUB json=PATH` copies PATH to the output (status 6 when PATH ends
/// in `.fail.json`, 7 for `.review.json`); `%STUB hang` hangs the worker, `%STUB crash` kills it
/// with SIGSEGV, `%STUB oom` makes it grow a string to 1 GiB (awk replaces the worker, as a
/// memory-hungry library would take it over), and `%STUB exit=N` answers N. Anything else is
/// answered 2, as an unreadable input would be. Every request is logged as `PID INPUT` in
/// `served.log` beside the script, so tests can tell which process served which file.
enum StubWorker {
  static let script = """
    #!/bin/sh
    [ "$1" = worker ] || { echo "stub: run me as: $0 worker" >&2; exit 64; }
    log="$(dirname "$0")/served.log"
    tab=$(printf '\\t')
    while IFS="$tab" read -r in out; do
      echo "$$ $in" >>"$log"
      s=$(grep -a -m1 '^%SLEEP ' "$in" 2>/dev/null | cut -c8-)
      [ -n "$s" ] && sleep "$s"
      d=$(grep -a -m1 '^%STUB ' "$in" 2>/dev/null | cut -c7-)
      case "$d" in
        hang) exec sleep 600 ;;
        crash) echo "stub: crashing" >&2; kill -SEGV $$ ;;
        oom) exec awk 'BEGIN { s = "x"; while (length(s) < 1073741824) s = s s }' ;;
        exit=*) echo "stub: exiting ${d#exit=}" >&2; echo "${d#exit=}${tab}stub: exiting ${d#exit=}" ;;
        json=*) f="${d#json=}"
          if cp "$f" "$out"; then
            case "$f" in *.fail.json) c=6 ;; *.review.json) c=7 ;; *) c=0 ;; esac
            echo "$c$tab"
          else
            echo "5${tab}stub: cannot copy $f"
          fi ;;
        *) echo "stub: not a PDF" >&2; echo "2${tab}stub: not a PDF" ;;
      esac
    done
    """

  /// The `served.log` lines, as (process id, input path) in order.
  static func served(in folder: TemporaryFolder) -> [(pid: Int, input: String)] {
    let text = (try? String(contentsOfFile: folder.file("served.log"), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line in
      guard let space = line.firstIndex(of: " "), let pid = Int(line[..<space]) else { return nil }
      return (pid, String(line[line.index(after: space)...]))
    }
  }

  /// Writes the script into `folder` and returns its path.
  ///
  /// Written through a close-on-exec descriptor: a command another test starts meanwhile would
  /// otherwise inherit it open for writing, and every start of the stub would fail with "Text
  /// file busy" for as long as that command runs.
  static func install(in folder: TemporaryFolder) throws -> String {
    let path = folder.file("stub-worker.sh")
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    let bytes = Array(script.utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    guard written == bytes.count else { throw POSIXError(.EIO) }
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    return path
  }
}

/// Output JSON of the §7 shape, built with `ExtractionOutput`, for the stub to copy.
enum FixtureReport {
  /// A complete 2021-format report: every canonical cell has a value and a reading.
  static func json(
    agency: String, year: Int, carriedOver: Int = 3, carriedForward: Int = 2,
    failingCheck: Bool = false, needsReview: Bool = false
  ) -> String {
    var report = AnnualReport(
      title: "\(agency)\(year)年政府信息公开工作年度报告", agency: agency, year: year, format: .v2021)
    for (index, key) in report.cellKeys.enumerated() {
      var value = ReportNumber(index % 7)
      if key.table == .applications && key.row == "carried_over" {
        value = ReportNumber(carriedOver)
      }
      if key.table == .applications && key.row == "carried_forward" {
        value = ReportNumber(carriedForward)
      }
      if key.table == .proactive && key.row == "fees_10k_yuan" {
        value = ReportNumber(literal: "7730.28") ?? value
      }
      report.values[key] = value
      report.cells[key] = CellReading(
        page: 2, box: Box(minX: 10, minY: 20, maxX: 30.5, maxY: 40), text: value.literal,
        confidence: 1, origin: .text)
    }
    report.sections = [
      ReportSection(number: "一", title: "总体情况", page: 1, text: "本年度, \"引号\", 逗号"),
      ReportSection(number: "二", title: "主动公开政府信息情况", page: 2, text: ""),
    ]
    let check = CheckResult(
      rule: .balance, scope: "total", expected: ReportNumber(5),
      found: ReportNumber(failingCheck ? 6 : 5), cells: [])
    let first = report.cellKeys[0]
    let output = ExtractionOutput(
      source: SourceInfo(
        file: "fixture.pdf", sha256: "0", pages: 3, producer: nil, textPages: [1, 2, 3],
        ocrPages: []),
      report: report, checks: [check],
      review: failingCheck
        ? [ReviewItem(cell: first.path, code: .checkFailed, reason: "test")]
        : needsReview ? [ReviewItem(cell: first.path, code: .lowConfidence, reason: "test")] : [],
      warnings: [])
    return output.json().formatted()
  }

  /// The number of value cells in a fixture report.
  static var cellCount: Int { AnnualReport(format: .v2021).cellKeys.count }
}

/// Input files whose bytes tell the stub worker what to do; `salt` makes their contents distinct.
enum StubInput {
  static func text(_ directive: String, salt: String, sleep: Double? = nil) -> String {
    var text = "%PDF-1.4\n%STUB \(directive)\n"
    if let sleep { text += "%SLEEP \(sleep)\n" }
    return text + "% \(salt)\n%%EOF\n"
  }
}

/// The built `govreport` executable, beside the test bundle in the build folder.
enum BuiltExecutable {
  static var govreport: String? {
    var candidates: [String] = []
    if let fromEnvironment = ProcessInfo.processInfo.environment["GOVREPORT_BIN"] {
      candidates.append(fromEnvironment)
    }
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    candidates.append(runner.appendingPathComponent("govreport").path)
    candidates.append(runner.deletingLastPathComponent().appendingPathComponent("govreport").path)
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(root.appendingPathComponent(".build/debug/govreport").path)
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs a program to the end and returns its exit status and stderr.
  ///
  /// Waits without blocking a thread of the test runner's small cooperative pool, where other
  /// tests' worker polls run.
  @discardableResult
  static func run(_ path: String, _ arguments: [String]) async throws -> (
    status: Int32, stderr: String
  ) {
    let errorsPath = NSTemporaryDirectory() + "govreport-test-stderr-\(UUID().uuidString)"
    _ = FileManager.default.createFile(atPath: errorsPath, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: errorsPath) }
    let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorsPath))
    defer { try? errors.close() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    let status: Int32 = try await withCheckedThrowingContinuation { continuation in
      process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
      do {
        try process.run()
      } catch {
        process.terminationHandler = nil
        continuation.resume(throwing: error)
      }
    }
    let text = (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? ""
    return (status, text)
  }

  /// Waits for a started process without blocking a thread.
  static func waitForExit(_ process: Process) async {
    while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
  }
}

/// A throwaway PostgreSQL database on the server named by `GOVREPORT_TEST_PG`.
enum TestPostgres {
  static var serverURL: String? {
    ProcessInfo.processInfo.environment["GOVREPORT_TEST_PG"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Runs psql (a few milliseconds) and waits for it.
  private static func runBlocking(_ path: String, _ arguments: [String]) throws -> (
    status: Int32, stderr: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// Creates a new empty database and returns its URL.
  static func freshDatabase() throws -> String {
    let server = try #require(serverURL)
    let address = try PostgresAddress(url: server)
    let name = "govreport_test_\(UUID().uuidString.prefix(12).lowercased().filter { $0 != "-" })"
    let result = try runBlocking(
      "/usr/bin/psql", [server, "-v", "ON_ERROR_STOP=1", "-qc", "CREATE DATABASE \(name)"])
    #expect(result.status == 0, "\(result.stderr)")
    return "postgres://\(address.user)@\(address.host):\(address.port)/\(name)"
  }
}
