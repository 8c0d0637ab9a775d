import Foundation
import ReportSchema
import ReportTestSupport
import Testing

/// `govreport settings` and `extract --settings`: tunables reach the stages from a JSON file.
@Suite struct SettingsTests {
  let folder: URL

  init() throws {
    folder = try CommandRunner.temporaryFolder()
  }

  @Test func printedSettingsNameTheStagesTunables() throws {
    let result = try CommandRunner.run(["settings"])
    #expect(result.status == 0)
    let json = try JSONParser.parse(result.stdout)
    for stage in ["layout", "tables", "mapping", "rulings", "vectorRulings", "scanCleaning"] {
      #expect(json[stage] != nil, "no \(stage)")
    }
    #expect(json["recognition"]?["minimumOrientationConfidence"] != nil)
  }

  @Test func aSettingReachesTheMappingStage() throws {
    let sample = try #require(Samples.textLayer.first { !$0.hasDefects })
    let plain = try CommandRunner.run(["extract", sample.pdf.path])
    #expect(plain.status == 0, "\(plain.stderr)")
    // No printed label reaches a similarity above 1: every row goes unmapped, so the run
    // must differ from the default one (cells not found, in review).
    let file = folder.appendingPathComponent("strict.json")
    try Data(#"{"mapping": {"rowThreshold": 1.5}}"#.utf8).write(to: file)
    let strict = try CommandRunner.run(["extract", sample.pdf.path, "--settings", file.path])
    #expect(strict.status != 0)
    #expect(strict.stdout != plain.stdout)
  }

  @Test func anUnknownOrMistypedSettingIsAUsageError() throws {
    let sample = try #require(Samples.textLayer.first)
    for (name, text) in [
      ("unknown.json", #"{"mapping": {"rowTreshold": 0.5}}"#),
      ("mistyped.json", #"{"tables": {"edgeTolerance": "wide"}}"#), ("broken.json", "{"),
    ] {
      let file = folder.appendingPathComponent(name)
      try Data(text.utf8).write(to: file)
      let result = try CommandRunner.run(["extract", sample.pdf.path, "--settings", file.path])
      #expect(result.status == 64, "\(name): \(result.stderr)")
      #expect(result.stderr.contains("--settings"), "\(name)")
      #expect(result.stdout.isEmpty)
    }
  }
}
