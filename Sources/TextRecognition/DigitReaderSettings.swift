/// Tunables of `DigitReader`; lengths are in points so they hold at any resolution.
public struct DigitReaderSettings: Sendable, Equatable {
  /// The only characters the digits engine may output.
  ///
  /// Digits plus `.` (amounts such as 7730.28 万元 in hongze-2023 p. 3) and `-` (some reports
  /// print a dash in an empty cell).
  public var characters = "0123456789.-"
  /// How far the cell box is shrunk on every side before looking for ink, in points.
  ///
  /// Grid boxes run along the centres of the ruling lines, which are 2–4 px thick at 300 dpi
  /// (`shared/spec/c-libraries.md` §4); 1 pt (4 px at 300 dpi) clears half of that with margin.
  public var rulingInset = 1.0
  /// Gray values below this count as ink (0 = black, 255 = white).
  ///
  /// 160 is the binarization threshold that found every ruling line in the planning prototype.
  public var inkThreshold: UInt8 = 160
  /// Ink components narrower and lower than this, in points, are specks, not glyphs.
  ///
  /// A printed decimal point at 10.5 pt is about 1 pt across; scan noise is smaller.
  public var speckSize = 0.5
  /// A component touching the crop's edge and spanning this fraction of the crop's width or
  /// height is a piece of a ruling line, not a digit.
  public var rulingSpan = 0.8
  /// A ruling fragment is at most this thick, in points (4 px lines at 300 dpi ≈ 1 pt; scans
  /// are thicker).
  public var rulingThickness = 1.5
  /// The scale of the second attempt when the first one reads nothing.
  ///
  /// Large isolated digits sometimes come back empty under a whitelist; at half size they read
  /// (planning prototype: 224/224 cells with the retry).
  public var retryScale = 0.5

  public init() {}
}
