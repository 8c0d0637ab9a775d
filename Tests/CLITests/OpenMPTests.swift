import Foundation
import Testing

/// Tesseract's OpenMP must run one thread without the user setting anything: unlimited, s02 took
/// 10.8 s of system time (OMP_THREAD_LIMIT=4) against 0.4 s limited.
@Test func ocrRunsSingleThreadedWhenTheUserSetsNoLimit() throws {
  let folder = CommandRunner.repositoryRoot.appendingPathComponent("Samples")
  let scans = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasPrefix("s") && $0.hasSuffix(".pdf") }.sorted()
  let scan = try #require(scans.first, "no scanned sample in Samples/")
  var before = rusage()
  getrusage(RUSAGE_CHILDREN.rawValue, &before)
  let result = try CommandRunner.run(
    ["extract", folder.appendingPathComponent(scan).path], removing: ["OMP_THREAD_LIMIT"])
  var after = rusage()
  getrusage(RUSAGE_CHILDREN.rawValue, &after)
  #expect([0, 6, 7].contains(result.status), "\(result.stderr)")
  #expect(result.stdout.contains("\"ocr_pages\""))
  let system =
    Double(after.ru_stime.tv_sec - before.ru_stime.tv_sec)
    + Double(after.ru_stime.tv_usec - before.ru_stime.tv_usec) / 1e6
  #expect(system < 3, "system time \(system) s: OpenMP ran several threads")
}
