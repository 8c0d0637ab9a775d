import DocumentModel
import Foundation
import Testing

@testable import TextRecognition

/// Prints timings and accuracy on page 3 of hongze-2023, for the record.
///
/// Run in release: `OCR_BENCHMARK=1 OMP_THREAD_LIMIT=1 swift test -c release -Xswiftc -enable-testing
///  --filter OCRBenchmark`. Knobs: `OCR_ERASE=1` (erase rulings before page OCR),
/// `OCR_PAGE_LANG`, `OCR_PAGE_PSM=6|11`, `OCR_PAGE_VARS=name=value,…`, `OCR_DUMP=1` (print lines).
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
    let reader = try DigitReader()
    print("init eng digits: \(wall.now - start)")
    start = wall.now
    let cpuStart = clock_t(clock())
    let erasing = environment["OCR_ERASE"] == "1"
    let words = try engine.words(in: page, erasingRulings: erasing)
    print(
      "page OCR 300 dpi: \(wall.now - start) wall, "
        + "\(Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)) s CPU, \(words.count) words")
    let truth = HongzeFixture.numericWords
    if environment["OCR_DUMP"] == "1" {
      for line in try engine.lines(in: page, erasingRulings: erasing) {
        print(String(format: "%6.1f %6.1f ", line.box.minX, line.box.minY), line.words.map(\.text))
      }
    }
    let pageExact = truth.filter { t in
      words.contains { $0.text == t.text && $0.box.contains(x: t.box.midX, y: t.box.midY) }
    }.count
    print("page OCR numeric words exact: \(pageExact)/\(truth.count)")
    let cells = truth.compactMap { word in CellFinder.cell(around: word.box, in: page) }
    var cellMisses: [String] = []
    let cellStart = wall.now
    for (word, cell) in zip(truth, truth.map { CellFinder.cell(around: $0.box, in: page) }) {
      guard let cell else { continue }
      let reading = reader.readNumber(in: page, box: cell)
      if reading?.text != word.text { cellMisses.append("\(word.text)→\(reading?.text ?? "nil")") }
    }
    print(
      "digits in ruled cells: \(cells.count - cellMisses.count)/\(cells.count) exact "
        + "(\(truth.count - cells.count) words without a closed cell), "
        + "\((wall.now - cellStart) / max(1, cells.count)) wall per cell, misses \(cellMisses)")
    let variants = [
      ("clean", page, 0.0), ("clean", page, 3.0),
      ("scan-like", ScanSimulation.degrade(page), 3.0),
      ("scan-heavy", ScanSimulation.degrade(page, noise: 70), 3.0),
    ]
    for (name, image, margin) in variants {
      start = wall.now
      let cellCPUStart = clock()
      var misses: [String] = []
      var minimumConfidence = 1.0
      for word in truth {
        let reading = reader.readNumber(in: image, box: word.box.expanded(by: margin))
        minimumConfidence = min(minimumConfidence, reading?.confidence ?? 0)
        if reading?.text != word.text {
          misses.append("\(word.text)→\(reading?.text ?? "nil")")
          if let directory = environment["OCR_MISSES"] {
            let cell = PixelRect(covering: word.box.expanded(by: margin), in: image)
            let ink = InkFinder(settings: reader.settings).inkBounds(
              in: image, region: cell.inset(by: 4))
            print("miss \(misses.count) cell \(cell) ink \(String(describing: ink))")
            var bytes = Array("P5 \(cell.width) \(cell.height) 255\n".utf8)
            for y in cell.y..<cell.maxY {
              bytes += image.pixels[(y * image.width + cell.x)..<(y * image.width + cell.maxX)]
            }
            _ = FileManager.default.createFile(
              atPath: "\(directory)/\(name)-\(misses.count).pgm", contents: Data(bytes))
          }
        }
      }
      let elapsed = wall.now - start
      let cpu = Double(clock() - cellCPUStart) / Double(CLOCKS_PER_SEC) / Double(truth.count)
      print(
        "digits \(name) margin \(margin) pt: \(truth.count - misses.count)/\(truth.count) exact, "
          + "\(elapsed / truth.count) wall, \(cpu) s CPU per cell, min confidence \(minimumConfidence), misses \(misses)"
      )
    }
  }
}
