import DocumentModel
import Foundation
import Testing

@testable import TextRecognition

/// Prints the page OCR's timings and accuracy on page 3 of hongze-2023, for the record.
///
/// Run in release: `OCR_BENCHMARK=1 OMP_THREAD_LIMIT=1 swift test -c release -Xswiftc -enable-testing
///  --filter OCRBenchmark`. Knobs: `OCR_PAGE_LANG`, `OCR_PAGE_PSM=6|11`,
/// `OCR_PAGE_VARS=name=value,…`, `OCR_DUMP=1` (print the words).
@Suite(
  .serialized,
  .enabled(if: ProcessInfo.processInfo.environment["OCR_BENCHMARK"] == "1", "set OCR_BENCHMARK=1"))
struct OCRBenchmark {
  @Test func measure() throws {
    let page = try #require(HongzeFixture.page)
    let wall = ContinuousClock()
    var start = wall.now
    let environment = ProcessInfo.processInfo.environment
    var variables: [String: String] = [:]
    for pair in (environment["OCR_PAGE_VARS"] ?? "").split(separator: ",") {
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      if parts.count == 2 { variables[parts[0]] = parts[1] }
    }
    let engine = try OCREngine(
      language: environment["OCR_PAGE_LANG"] ?? "chi_sim", variables: variables,
      pageSegmentation: environment["OCR_PAGE_PSM"] == "6"
        ? .singleBlock : environment["OCR_PAGE_PSM"] == "11" ? .sparseText : .automatic)
    print("init chi_sim: \(wall.now - start)")
    start = wall.now
    let cpuStart = clock_t(clock())
    let words = try engine.words(in: page)
    print(
      "page OCR 300 dpi: \(wall.now - start) wall, "
        + "\(Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)) s CPU, \(words.count) words")
    if environment["OCR_DUMP"] == "1" {
      for word in words {
        print(String(format: "%6.1f %6.1f ", word.box.minX, word.box.minY), word.text)
      }
    }
    let truth = HongzeFixture.numericWords
    let pageExact = truth.filter { t in
      words.contains { $0.text == t.text && $0.box.contains(x: t.box.midX, y: t.box.midY) }
    }.count
    print("page OCR numeric words exact: \(pageExact)/\(truth.count)")
  }
}
