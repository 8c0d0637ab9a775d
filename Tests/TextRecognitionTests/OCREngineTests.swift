import DocumentModel
import Foundation
import Testing

@testable import TextRecognition

@Suite(.serialized) struct OCREngineTests {
  @Test func missingLanguageThrowsLanguageDataMissing() {
    do {
      _ = try OCREngine(language: "xxx")
      Issue.record("expected languageDataMissing")
    } catch {
      guard case .languageDataMissing(let language, let searched) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(language == "xxx")
      #expect(!searched.isEmpty)
      #expect(error.remedy?.contains("tesseract-ocr-xxx") == true)
    }
  }

  @Test func missingDataDirectoryIsReportedAsSearched() {
    let directory = "/nonexistent/tessdata"
    #expect(throws: OCRError.languageDataMissing(language: "eng", searched: directory)) {
      _ = try OCREngine(language: "eng", dataPath: directory)
    }
  }

  @Test func remedyNamesTheDebianPackages() {
    let error = OCRError.languageDataMissing(language: "chi_sim+eng", searched: "/x")
    let install = "apt-get install tesseract-ocr-chi-sim tesseract-ocr-eng"
    #expect(error.remedy?.contains(install) == true)
  }

  @Test(.enabled(if: HongzeFixture.page != nil, "needs ../shared and poppler-utils"))
  func pageOCRFindsTheTableLabelsWithBoxesInPoints() throws {
    let page = try #require(HongzeFixture.page)
    let engine = try OCREngine(language: "chi_sim")
    let words = try engine.words(in: page)
    #expect(words.count > 100)
    let text = words.map(\.text).joined()
    // Fuzzy: chi_sim "fast" misreads single characters (自然人 → 日然人 at 300 dpi).
    for label in ["自然人", "本年新收", "行政处罚", "予以公开", "政府信息公开申请"] {
      #expect(text.containsApproximately(label), "missing \(label)")
    }
    let pageBox = Box(minX: 0, minY: 0, maxX: 595, maxY: 842)
    for word in words {
      #expect(word.origin == .ocr)
      #expect((0...1).contains(word.confidence))
      #expect(pageBox.contains(x: word.box.minX, y: word.box.minY))
      #expect(pageBox.contains(x: word.box.maxX, y: word.box.maxY))
    }
    // The OCR box of 4119 must sit where the text layer puts it (pdftotext: 362,132–386,148).
    let truth = try #require(HongzeFixture.words.first { $0.text == "4119" })
    let found = try #require(words.first { $0.text == "4119" })
    #expect(abs(found.box.midX - truth.box.midX) < 3)
    #expect(abs(found.box.midY - truth.box.midY) < 3)
    #expect(abs(found.box.width - truth.box.width) < 4)
  }

  @Test(.enabled(if: HongzeFixture.page != nil, "needs ../shared and poppler-utils"))
  func readLineReadsASectionHeading() throws {
    let page = try #require(HongzeFixture.page)
    let heading = try #require(HongzeFixture.words.first { $0.text.contains("收到和处理") })
    let engine = try OCREngine(language: "chi_sim")
    let reading = try engine.readLine(in: page, box: heading.box.expanded(by: 2))
    #expect(reading.text.contains("收到和处理"), "read \(reading.text)")
    #expect(reading.confidence > 0.5)
  }

  @Test(.enabled(if: HongzeFixture.page != nil, "needs ../shared and poppler-utils"))
  func readLineAtAHeightReadsTheSameHeading() throws {
    let page = try #require(HongzeFixture.page)
    let heading = try #require(HongzeFixture.words.first { $0.text.contains("收到和处理") })
    let engine = try OCREngine(language: "chi_sim")
    for height in [36, 60, 84] {
      let reading = try engine.readLine(in: page, box: heading.box.expanded(by: 2), height: height)
      #expect(reading.text.contains("收到和处理"), "read \(reading.text) at \(height) px")
    }
    // A region outside the page is blank, scaled or not.
    let outside = Box(minX: 10_000, minY: 10_000, maxX: 10_100, maxY: 10_020)
    #expect(try engine.readLine(in: page, box: outside, height: 40) == .blank)
  }
}
