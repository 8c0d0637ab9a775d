import DocumentModel
import Testing

@Test func turningMovesEveryPixelByAQuarter() {
  // 3 × 2: row 0 is 1 2 3, row 1 is 4 5 6.
  let image = PageImage(width: 3, height: 2, channels: 1, dpi: 72, pixels: [1, 2, 3, 4, 5, 6])
  let left = image.turnedCounterClockwise(by: 90)
  #expect(left.width == 2 && left.height == 3)
  #expect(left.pixels == [3, 6, 2, 5, 1, 4])
  let half = image.turnedCounterClockwise(by: 180)
  #expect(half.width == 3 && half.height == 2)
  #expect(half.pixels == [6, 5, 4, 3, 2, 1])
  let right = image.turnedCounterClockwise(by: 270)
  #expect(right.pixels == [4, 1, 5, 2, 6, 3])
  #expect(image.turnedCounterClockwise(by: 0) == image)
  #expect(left.turnedCounterClockwise(by: 270) == image)
}

@Test func turningKeepsColourPixelsTogether() {
  let image = PageImage(width: 2, height: 1, channels: 3, dpi: 72, pixels: [1, 2, 3, 4, 5, 6])
  let turned = image.turnedCounterClockwise(by: 90)
  #expect(turned.width == 1 && turned.height == 2)
  #expect(turned.pixels == [4, 5, 6, 1, 2, 3])
}
