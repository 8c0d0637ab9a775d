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
  let (serial, measured) = try CommandRunner.runMeasuringSystemTime(
    ["extract", scan, "--threads", "1"], removing: ["OMP_THREAD_LIMIT"])
  #expect([0, 6, 7].contains(serial.status), "\(serial.stderr)")
  #expect(serial.stdout.contains("\"ocr_pages\""))
  // Measured on one thread: two threads of our own add system time of their own (page buffers
  // mapped and unmapped on two cores; docs/performance.md). The process's own time: the whole
  // test run's children took 3.5 s once while batch tests ran beside this one.
  let system = try #require(measured, "no system time from `times`: \(serial.stderr)")
  #expect(system < 3, "system time \(system) s: OpenMP ran several threads")
  let parallel = try CommandRunner.run(
    ["extract", scan, "--threads", "2"], removing: ["OMP_THREAD_LIMIT"])
  #expect(parallel.status == serial.status)
  #expect(parallel.stdout == serial.stdout, "--threads 1 and 2 wrote different JSON")
  #expect(parallel.stderr == serial.stderr)
}
