import ReportSchema
import Testing

/// The format's word pairs witness which way up an OCR'd page reads (PageReader+Scan).
struct ReportVocabularyTests {
  @Test func aReportSentenceHoldsManyOfTheFormatsPairs() {
    // A prose line of section 三 as a report prints it.
    let line = "本年新收政府信息公开申请数量为12件，其中予以公开8件，不予公开2件。"
    #expect(ReportVocabulary.hits(in: line) >= 10)
  }

  @Test func theSameCharactersReversedHoldAlmostNone() {
    // What upside-down OCR gives at best: the right characters in the wrong order.
    let line = String("本年新收政府信息公开申请数量为12件，其中予以公开8件，不予公开2件。".reversed())
    #expect(ReportVocabulary.hits(in: line) <= 1)
  }

  @Test func pairsAreCountedWithinHanRunsOnly() {
    #expect(ReportVocabulary.hits(in: "公 开") == 0)
    #expect(ReportVocabulary.hits(in: "公开") == 1)
    #expect(
      ReportVocabulary.hits(in: "公开公开") == 2 + (ReportVocabulary.pairs.contains("开公") ? 1 : 0))
  }
}
