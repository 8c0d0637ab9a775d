import Foundation
import Testing

/// Tesseract's OpenMP runs one thread, and our own threads change no byte of the output.
///
/// OpenMP must be limited without the user setting anything: unlimited, s02 took 10.8 s of system
/// time (OMP_THREAD_LIMIT=4) against 0.4 s limited. Our threads (`--threads`) read pages in
/// parallel instead. One test, so that the scan is read once per thread count: OCR is the slow
/// part of the suite.
@Test func ocrRunsSingleThreadedAndItsOutputDoesNotDependOnThreads() throws {
  let folder = CommandRunner.repositoryRoot.appendingPathComponent("Samples")
  let scans = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasPrefix("s") && $0.hasSuffix(".pdf") }.sorted()
  let scan = folder.appendingPathComponent(try #require(scans.first, "no scan in Samples/")).path
  var before = rusage()
  getrusage(RUSAGE_CHILDREN.rawValue, &before)
  let serial = try CommandRunner.run(
    ["extract", scan, "--threads", "1"], removing: ["OMP_THREAD_LIMIT"])
  var after = rusage()
  getrusage(RUSAGE_CHILDREN.rawValue, &after)
  #expect([0, 6, 7].contains(serial.status), "\(serial.stderr)")
  #expect(serial.stdout.contains("\"ocr_pages\""))
  // Measured on one thread: two threads of our own add system time of their own (page buffers
  // mapped and unmapped on two cores; docs/performance.md).
  let system =
    Double(after.ru_stime.tv_sec - before.ru_stime.tv_sec)
    + Double(after.ru_stime.tv_usec - before.ru_stime.tv_usec) / 1e6
  #expect(system < 3, "system time \(system) s: OpenMP ran several threads")
  let parallel = try CommandRunner.run(
    ["extract", scan, "--threads", "2"], removing: ["OMP_THREAD_LIMIT"])
  #expect(parallel.status == serial.status)
  #expect(parallel.stdout == serial.stdout, "--threads 1 and 2 wrote different JSON")
  #expect(parallel.stderr == serial.stderr)
}
