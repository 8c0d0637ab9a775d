import Testing

@testable import PDFStructure

/// PNG row filters, worked by hand for 3 one-byte samples a row.
@Suite struct PNGPredictorTests {
  @Test func subPaethAndAverageRowsAreUndone() {
    let rows: [UInt8] = [
      1, 10, 0, 0,  // Sub: 10, 10+0, 10+0
      4, 5, 1, 1,  // Paeth: up (10) for the first, then left (15, 16) where up == up-left
      3, 1, 2, 3,  // Average: 1+(0+15)/2, 2+(8+16)/2, 3+(14+17)/2
      2, 1,  // a partial row: dropped
    ]
    #expect(
      PNGPredictor.undo(rows, columns: 3, colors: 1, bitsPerComponent: 8) == [
        10, 10, 10, 15, 16, 17, 8, 14, 18,
      ])
  }

  @Test func upAddsTheRowAboveAndWrapsAround() {
    let rows: [UInt8] = [2, 200, 1, 2, 100, 255]
    #expect(PNGPredictor.undo(rows, columns: 2, colors: 1, bitsPerComponent: 8) == [200, 1, 44, 0])
  }

  @Test func unknownFiltersAndParametersAreRefused() {
    #expect(PNGPredictor.undo([9, 0, 0, 0], columns: 3, colors: 1, bitsPerComponent: 8) == nil)
    #expect(PNGPredictor.undo([0, 0, 0, 0], columns: 3, colors: 1, bitsPerComponent: 3) == nil)
    #expect(PNGPredictor.undo([0, 0], columns: 0, colors: 1, bitsPerComponent: 8) == nil)
    #expect(PNGPredictor.undo([0, 0], columns: Int.max, colors: 4, bitsPerComponent: 16) == nil)
  }
}
