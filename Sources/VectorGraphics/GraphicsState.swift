/// The part of the PDF graphics state that decides whether a painted path is a ruling.
struct GraphicsState {
  var transform = TransformMatrix.identity
  var lineWidth = 1.0
  /// Luminance (0 black … 1 white) of the stroking and non-stroking colours.
  var strokeLuminance = 0.0
  var fillLuminance = 0.0

  /// The luminance of a colour given by `count` operands in the usual spaces: 1 gray, 3 RGB, 4
  /// CMYK.
  ///
  /// Anything else (a pattern, a separation tint) counts as black, as ink.
  static func luminance(_ operands: [Double]) -> Double {
    switch operands.count {
    case 1:
      return operands[0]
    case 3:
      return 0.299 * operands[0] + 0.587 * operands[1] + 0.114 * operands[2]
    case 4:
      let (c, m, y, k) = (operands[0], operands[1], operands[2], operands[3])
      let red = (1 - min(1, c + k)), green = (1 - min(1, m + k)), blue = (1 - min(1, y + k))
      return 0.299 * red + 0.587 * green + 0.114 * blue
    default:
      return 0
    }
  }
}
