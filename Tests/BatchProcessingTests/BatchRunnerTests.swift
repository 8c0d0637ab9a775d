import BatchProcessing
import Foundation
import ReportSchema
import ReportStore
import Testing

/// A mixed corpus: good reports, a failing check, unreadable inputs, a crash, a hang, a memory
/// hog and duplicates under other names.
struct MixedCorpus {
  let folder: TemporaryFolder
  let inputs: String
  let worker: String
  /// Files expected to end `ok`, `checks_failed`, `failed`; duplicates.
  var good: [String] = []
  var checksFailed: [String] = []
  var bad: [String: String] = [:]  // file → expected reason fragment
  var duplicates: [String] = []

  init(folder: TemporaryFolder, goodCount: Int = 4) throws {
    self.folder = folder
    inputs = folder.file("inputs")
    worker = try StubWorker.install(in: folder)
    for index in 0..<goodCount {
      let fixture = folder.file("fixtures/good\(index).json")
      try folder.write(
        FixtureReport.json(agency: "甲区人民政府", year: 2020 + index), to: "fixtures/good\(index).json")
      let name = "inputs/sub\(index % 2)/report\(index).PDF"
      try folder.write(StubInput.text("json=\(fixture)", salt: "good\(index)"), to: name)
      good.append(folder.file(name))
    }
    let failing = folder.file("fixtures/bad.fail.json")
    try folder.write(
      FixtureReport.json(agency: "乙县", year: 2023, failingCheck: true), to: "fixtures/bad.fail.json"
    )
    try folder.write(StubInput.text("json=\(failing)", salt: "fail"), to: "inputs/checks.pdf")
    checksFailed.append(folder.file("inputs/checks.pdf"))
    try folder.write("", to: "inputs/empty.pdf")
    bad[folder.file("inputs/empty.pdf")] = "input unreadable"
    try folder.write(StubInput.text("crash", salt: "c"), to: "inputs/crash.pdf")
    bad[folder.file("inputs/crash.pdf")] = "signal 11"
    try folder.write(StubInput.text("hang", salt: "h"), to: "inputs/hang.pdf")
    bad[folder.file("inputs/hang.pdf")] = "timeout"
    try folder.write(StubInput.text("oom", salt: "o"), to: "inputs/oom.pdf")
    bad[folder.file("inputs/oom.pdf")] = "out of memory"
    try folder.write(StubInput.text("exit=4", salt: "n"), to: "inputs/notreport.pdf")
    bad[folder.file("inputs/notreport.pdf")] = "not a report"
    try folder.write("not a pdf at all", to: "inputs/notes.txt")  // not *.pdf: not collected
    // The same bytes as report0 under two other names.
    let original = try Data(contentsOf: URL(fileURLWithPath: good[0]))
    for name in ["inputs/copy-a.pdf", "inputs/zz/copy-b.pdf"] {
      try folder.write(String(decoding: original, as: UTF8.self), to: name)
      duplicates.append(folder.file(name))
    }
  }

  var fileCount: Int { good.count + checksFailed.count + bad.count + duplicates.count }

  func settings(out: String, jobs: Int = 2) -> BatchSettings {
    var settings = BatchSettings(inputs: [inputs], outputDirectory: out, jobs: jobs, worker: worker)
    // The hang costs this; shorter was flaky beside the hostile-corpus test on 2 cores.
    settings.timeout = 6
    settings.memoryLimitMB = 256
    settings.progress = .none
    return settings
  }
}

@Test func mixedCorpusEndsWithEveryFileAccountedFor() async throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let corpus = try MixedCorpus(folder: folder)
  let out = folder.file("out")
  let store = try await StoreLocation.sqlite(path: out + "/govreport.sqlite").open()
  let summary = try await BatchRunner(settings: corpus.settings(out: out), store: store).run()

  #expect(summary.found == corpus.fileCount)
  #expect(summary.ok == corpus.good.count)
  #expect(summary.checksFailed == 1)
  #expect(summary.failed == corpus.bad.count)
  #expect(summary.duplicates == corpus.duplicates.count)

  let reports = try await store.reportSummaries()
  #expect(reports.count == corpus.good.count + 1 + corpus.bad.count)
  let goodOrCopies = Set(corpus.good + corpus.duplicates)
  for report in reports {
    if goodOrCopies.contains(report.file) {
      #expect(report.status == .ok)
      #expect(report.cellCount == FixtureReport.cellCount)
    } else if let fragment = corpus.bad[report.file] {
      #expect(report.status == .failed)
      #expect(report.cellCount == 0)
      #expect(
        report.reason?.contains(fragment) == true, "\(report.file): \(report.reason ?? "nil")")
    } else {
      #expect(corpus.checksFailed.contains(report.file))
      #expect(report.status == .checksFailed)
    }
  }
  // The manifest has one line per file. Of the three files with report0's bytes, the first by
  // path was processed and the other two point at it.
  let entries = Manifest(path: out + "/results.jsonl").entries()
  #expect(entries.count == corpus.fileCount)
  #expect(Set(entries.map(\.file)).count == corpus.fileCount)
  let sameBytes = ([corpus.good[0]] + corpus.duplicates).sorted()
  let processed = try #require(entries.first { $0.file == sameBytes[0] })
  #expect(processed.status == .ok)
  for duplicate in sameBytes.dropFirst() {
    let entry = try #require(entries.first { $0.file == duplicate })
    #expect(entry.status == .duplicate && entry.duplicateOf == sameBytes[0])
  }
  // One JSON per processed report, byte-identical to what the worker wrote.
  let outputs = try FileManager.default.contentsOfDirectory(atPath: out).filter {
    $0.hasSuffix(".json")
  }
  #expect(outputs.count == corpus.good.count + 1)
  let first = try #require(processed.output)
  #expect(
    try Data(contentsOf: URL(fileURLWithPath: out + "/" + first))
      == Data(contentsOf: URL(fileURLWithPath: folder.file("fixtures/good0.json"))))
  #expect(!FileManager.default.fileExists(atPath: out + "/.tmp"))

  // Running again skips everything; --force redoes it without duplicating rows.
  let before = try await store.rowCounts()
  let again = try await BatchRunner(settings: corpus.settings(out: out), store: store).run()
  #expect(again.processed == 0 && again.skipped == corpus.fileCount - corpus.duplicates.count)
  var forced = corpus.settings(out: out)
  forced.force = true
  let redone = try await BatchRunner(settings: forced, store: store).run()
  #expect(redone.processed == corpus.fileCount - corpus.duplicates.count)
  #expect(try await store.rowCounts() == before)
  try await store.close()
}

@Test func reportsWithCellsToReviewAreStoredAsNeedingReview() async throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let worker = try StubWorker.install(in: folder)
  try folder.write(
    FixtureReport.json(agency: "丁镇", year: 2024, needsReview: true),
    to: "fixtures/doubt.review.json")
  try folder.write(
    StubInput.text("json=\(folder.file("fixtures/doubt.review.json"))", salt: "r"),
    to: "in/doubt.pdf")
  try folder.write(FixtureReport.json(agency: "丁镇", year: 2023), to: "fixtures/clean.json")
  try folder.write(
    StubInput.text("json=\(folder.file("fixtures/clean.json"))", salt: "c"), to: "in/clean.pdf")
  var settings = BatchSettings(
    inputs: [folder.file("in")], outputDirectory: folder.file("out"), jobs: 1, worker: worker)
  settings.progress = .none
  let store = try await StoreLocation.sqlite(path: folder.file("out/db.sqlite")).open()
  let summary = try await BatchRunner(settings: settings, store: store).run()
  #expect(summary.needsReview == 1 && summary.ok == 1 && summary.failed == 0)
  #expect(summary.text.contains("1 needs_review"))
  let statuses = Dictionary(
    uniqueKeysWithValues: try await store.reportSummaries().map { ($0.file, $0.status) })
  try await store.close()
  #expect(statuses[folder.file("in/doubt.pdf")] == .needsReview)
  #expect(statuses[folder.file("in/clean.pdf")] == .ok)
  let entries = Manifest(path: folder.file("out/results.jsonl")).entries()
  let doubt = try #require(entries.first { $0.file == folder.file("in/doubt.pdf") })
  #expect(doubt.status == .needsReview && doubt.exitCode == 7 && doubt.cellsInReview == 1)
  let line = try String(contentsOfFile: folder.file("out/results.jsonl"), encoding: .utf8)
  #expect(line.contains("needs_review"))
}

@Test func carryOverMismatchesAreFoundAcrossYears() async throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let worker = try StubWorker.install(in: folder)
  // 2021 carries 2 forward; 2022 says 3 were carried over (mismatch); 2023 says 2 (matches 2022).
  let plan: [(Int, Int, Int)] = [(2021, 9, 2), (2022, 3, 2), (2023, 2, 2)]
  for (year, over, forward) in plan {
    try folder.write(
      FixtureReport.json(agency: "丙市", year: year, carriedOver: over, carriedForward: forward),
      to: "fixtures/\(year).json")
    try folder.write(
      StubInput.text("json=\(folder.file("fixtures/\(year).json"))", salt: "\(year)"),
      to: "inputs/\(year).pdf")
  }
  var settings = BatchSettings(
    inputs: [folder.file("inputs")], outputDirectory: folder.file("out"), jobs: 2, worker: worker)
  settings.progress = .none
  let store = try await StoreLocation.sqlite(path: folder.file("out/db.sqlite")).open()
  let summary = try await BatchRunner(settings: settings, store: store).run()
  try await store.close()
  let columns = CanonicalSchema.applicationColumns.count
  #expect(summary.carryOverMismatches.count == columns)
  #expect(summary.carryOverMismatches.allSatisfy { $0.year == 2022 && $0.carriedOver == "3" })
  #expect(summary.carryOverMismatches.allSatisfy { $0.carriedForwardPreviousYear == "2" })
}

@Test func listFilesAndShardsSelectInputs() async throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  for index in 0..<12 { try folder.write("%PDF \(index)", to: "in/f\(index).pdf") }
  try folder.write("f1.pdf\n\n# comment\nf2.pdf\nmissing.pdf\n", to: "in/list.txt")
  let listed = InputCollector.collect(["@" + folder.file("in/list.txt")])
  #expect(listed.files.map { ($0 as NSString).lastPathComponent } == ["f1.pdf", "f2.pdf"])
  #expect(listed.missing.count == 1)
  let all = InputCollector.collect([folder.file("in")]).files
  #expect(all.count == 12)
  let digests = try all.map { try FileDigest.sha256(ofFileAt: $0) }
  let shards = (0..<3).compactMap { ShardSpec("\($0)/3") }
  let counts = shards.map { shard in digests.filter { shard.contains(sha256: $0) }.count }
  #expect(counts.reduce(0, +) == 12)  // every file in exactly one shard
  for digest in digests { #expect(shards.filter { $0.contains(sha256: digest) }.count == 1) }
  #expect(ShardSpec("3/3") == nil && ShardSpec("x") == nil)
  try folder.write("abc", to: "abc.bin")
  #expect(
    try FileDigest.sha256(ofFileAt: folder.file("abc.bin"))
      == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  #expect(digests.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
}
