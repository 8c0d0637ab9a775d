import DocumentModel
import Testing

@testable import ScanReading

/// `OCRWorkers` shares indices out among threads, each with its own session: the outputs come
/// back in index order, do not depend on the thread that read them, and a failure stops the rest.
@Suite(.serialized) struct OCRWorkersTests {
  struct Failed: Error, Equatable {
    var index: Int
  }

  @Test func numbersReadOnTwoThreadsAreTheNumbersReadOnOne() throws {
    let (image, numbers) = try #require(
      NumberReadingTests.fixture, "needs Samples/t01-* and poppler-utils")
    let inks = numbers.prefix(24).compactMap { word in
      InkCluster().box(in: image, cell: word.box.expanded(by: 3))
    }
    try #require(inks.count >= 20)
    let workers = try OCRWorkers(threads: 2, settings: OCRSettings())
    let parallel = workers.map(inks.count) { session, index -> Result<String?, Never> in
      .success(session.number(in: image, ink: inks[index])?.text)
    }.get()
    let session = try OCRSession(settings: OCRSettings())
    #expect(parallel == inks.map { session.number(in: image, ink: $0)?.text })
  }

  @Test func theFailureAtTheLowestIndexIsReturned() throws {
    let workers = try OCRWorkers(threads: 2, settings: OCRSettings())
    let result = workers.map(40) { _, index -> Result<Int, Failed> in
      index == 5 || index == 9 ? .failure(Failed(index: index)) : .success(index)
    }
    #expect(throws: Failed(index: 5)) { try result.get() }
    let all = workers.map(40) { _, index -> Result<Int, Failed> in .success(index * 2) }
    #expect(try all.get() == (0..<40).map { $0 * 2 })
  }
}
