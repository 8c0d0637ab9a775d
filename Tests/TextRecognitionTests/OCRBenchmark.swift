import DocumentModel
import Foundation
import Testing

@testable import TextRecognition

/// Timings and accuracy on hongze-2023 p. 3, printed for the record; run in release:
/// `OCR_BENCHMARK=1 OMP_THREAD_LIMIT=1 swift test -c release -Xswiftc -enable-testing
///  --filter OCRBenchmark`.
@Suite(
  .serialized,
  .enabled(if: ProcessInfo.processInfo.environment["OCR_BENCHMARK"] == "1", "set OCR_BENCHMARK=1"))
struct OCRBenchmark {
  @Test func measure() throws {
    let page = try #require(HongzeFixture.page)
    let clock = ContinuousClock()
    var start = clock.now
    let engine = try OCREngine(language: "chi_sim")
    print("init chi_sim: \(clock.now - start)")
    start = clock.now
    let reader = try DigitReader()
    print("init eng digits: \(clock.now - start)")
    start = clock.now
    let words = try engine.words(in: page)
    print("page OCR 300 dpi: \(clock.now - start), \(words.count) words")
    let truth = HongzeFixture.numericWords
    let pageExact = truth.filter { t in
      words.contains { $0.text == t.text && $0.box.contains(x: t.box.midX, y: t.box.midY) }
    }.count
    print("page OCR numeric words exact: \(pageExact)/\(truth.count)")
    for margin in [0.0, 3.0] {
      start = clock.now
      var misses: [String] = []
      var minimumConfidence = 1.0
      for word in truth {
        let reading = reader.readNumber(in: page, box: word.box.expanded(by: margin))
        minimumConfidence = min(minimumConfidence, reading?.confidence ?? 0)
        if reading?.text != word.text { misses.append("\(word.text)→\(reading?.text ?? "nil")") }
      }
      let elapsed = clock.now - start
      print(
        "digits margin \(margin) pt: \(truth.count - misses.count)/\(truth.count) exact, "
          + "\(elapsed / truth.count) per cell, min confidence \(minimumConfidence), misses \(misses)"
      )
    }
  }
}
