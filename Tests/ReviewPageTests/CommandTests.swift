import Foundation
import ReportSchema
import ReportTestSupport
import Testing

/// `govreport inspect` and `govreport validate` as a user runs them: files written, exit codes.
@Suite struct CommandTests {
  /// The built `govreport` beside the test bundle, or in `.build/debug`.
  static var executable: URL {
    var folder = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("govreport")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return Repository.root.appendingPathComponent(".build/debug/govreport")
  }

  /// Runs govreport; returns its exit status and stderr.
  static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(["OMP_THREAD_LIMIT": "1"]) {
      $1
    }
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func inspectThenCorrectThenValidate() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let inspected = try Self.run(["inspect", Fixtures.defectSample.path, "--out", folder.path])
    #expect(inspected.status == 6, "\(inspected.stderr)")
    let json = folder.appendingPathComponent("t08-template-2023-defect-sum27.json")
    for name in ["index.html", "page-2.png", "page-3.png", "page-4.png"] {
      #expect(
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
    }
    #expect(try Self.run(["validate", json.path]).status == 6)

    var value = try JSONParser.parse(try String(contentsOf: json, encoding: .utf8))
    for (column, number) in try ValidateTests.corrections(in: value) {
      value = value.setting(["applications", "rows", "new", column], to: .number(number))
    }
    try Data(value.formatted().utf8).write(to: json)
    let validated = try Self.run(["validate", json.path])
    #expect(validated.status == 0, "\(validated.stderr)")
    let rewritten = try JSONParser.parse(try String(contentsOf: json, encoding: .utf8))
    #expect(rewritten["checks"]?.arrayValue?.allSatisfy { $0["ok"] == .bool(true) } == true)
    #expect(rewritten["review"]?.arrayValue?.isEmpty == true)
    #expect(
      rewritten["cells"]?["applications.rows.new.natural_person"]?["origin"] == .string("manual"))
  }

  @Test func validateExitsSevenWhileCellsAreListedForReview() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var output = try Fixtures.output(Fixtures.cleanSample)
    output.review = [
      ReviewItem(
        cell: "applications.rows.new.total", code: .rowUnmapped, reason: "a row matched no key")
    ]
    let json = folder.appendingPathComponent("doubt.json")
    try Data(output.json().formatted().utf8).write(to: json)
    let result = try Self.run(["validate", json.path])
    #expect(result.status == 7, "\(result.stderr)")
    let rewritten = try JSONParser.parse(try String(contentsOf: json, encoding: .utf8))
    #expect(rewritten["review"]?.arrayValue?.first?["code"] == .string("row-unmapped"))
  }

  @Test func validateRefusesBrokenJSONWithCode2AndLeavesItAlone() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = folder.appendingPathComponent("broken.json")
    try Data(#"{"schema_version": 1, "source": 3}"#.utf8).write(to: broken)
    let result = try Self.run(["validate", broken.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("$.source"))
    #expect(
      try String(contentsOf: broken, encoding: .utf8) == #"{"schema_version": 1, "source": 3}"#)
  }
}
