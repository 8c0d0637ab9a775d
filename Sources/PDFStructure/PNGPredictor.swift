/// Undoes the PNG predictors of FlateDecode's `/DecodeParms` (PDF 32000-1 §7.4.4.4,
/// `/Predictor` 10–15): nearly every cross-reference stream is written with `/Predictor 12`
/// (PNG Up) so that its offset columns compress well.
enum PNGPredictor {
  /// The widest row accepted, in bytes: a cross-reference stream's rows are under 20 bytes.
  static let maximumRowLength = 1 << 20

  /// Undoes each row's predictor.
  ///
  /// Each row is one filter byte (0 None, 1 Sub, 2 Up, 3 Average, 4 Paeth) and the row's
  /// predicted bytes; a partial last row is dropped.
  /// - Parameters:
  ///   - data: the inflated rows.
  ///   - columns: samples per row (`/Columns`, default 1).
  ///   - colors: components per sample (`/Colors`, default 1).
  ///   - bitsPerComponent: `/BitsPerComponent` (1, 2, 4, 8 or 16; default 8).
  /// - Returns: the rows without their filter bytes, or nil for parameters out of range or an
  ///   unknown row filter.
  static func undo(_ data: [UInt8], columns: Int, colors: Int, bitsPerComponent: Int) -> [UInt8]? {
    guard columns >= 1, columns <= maximumRowLength, colors >= 1, colors <= 32,
      [1, 2, 4, 8, 16].contains(bitsPerComponent)
    else { return nil }
    let bitsPerPixel = colors * bitsPerComponent
    let pixelLength = max(1, (bitsPerPixel + 7) / 8)
    let rowLength = (columns * bitsPerPixel + 7) / 8
    guard rowLength <= maximumRowLength else { return nil }
    let rows = data.count / (rowLength + 1)
    var output = [UInt8](repeating: 0, count: rows * rowLength)
    var ok = true
    output.withUnsafeMutableBufferPointer { out in
      data.withUnsafeBufferPointer { input in
        for row in 0..<rows {
          let source = row * (rowLength + 1)
          let target = row * rowLength
          let filter = input[source]
          for column in 0..<rowLength {
            let raw = input[source + 1 + column]
            let left = column >= pixelLength ? out[target + column - pixelLength] : 0
            let up = row > 0 ? out[target - rowLength + column] : 0
            let upLeft =
              row > 0 && column >= pixelLength
              ? out[target - rowLength + column - pixelLength] : 0
            let predicted: UInt8
            switch filter {
            case 0: predicted = 0
            case 1: predicted = left
            case 2: predicted = up
            case 3: predicted = UInt8((Int(left) + Int(up)) / 2)
            case 4: predicted = paeth(left, up, upLeft)
            default:
              ok = false
              return
            }
            out[target + column] = raw &+ predicted
          }
        }
      }
    }
    return ok ? output : nil
  }

  /// PNG's Paeth predictor: whichever of left, up and up-left is closest to left + up − upLeft.
  private static func paeth(_ left: UInt8, _ up: UInt8, _ upLeft: UInt8) -> UInt8 {
    let estimate = Int(left) + Int(up) - Int(upLeft)
    let toLeft = abs(estimate - Int(left))
    let toUp = abs(estimate - Int(up))
    let toUpLeft = abs(estimate - Int(upLeft))
    if toLeft <= toUp && toLeft <= toUpLeft { return left }
    return toUp <= toUpLeft ? up : upLeft
  }
}
