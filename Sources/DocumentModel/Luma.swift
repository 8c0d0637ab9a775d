/// RGB → gray by the luma weights of ITU-R BT.601 (0.299, 0.587, 0.114) in 16-bit fixed point.
///
/// The one definition for rendering, cleaning, binarizing and reading single pixels. The weights
/// sum to 65536, so white stays 255.
public enum Luma {
  /// Fixed-point weights for red, green and blue (sum 65536).
  public static let weights: (red: UInt32, green: UInt32, blue: UInt32) = (19595, 38470, 7471)

  /// The gray value of one RGB pixel.
  @inlinable
  public static func gray(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> UInt8 {
    let sum =
      UInt32(red) * weights.red + UInt32(green) * weights.green + UInt32(blue) * weights.blue
    return UInt8(truncatingIfNeeded: sum >> 16)
  }
}
