/// Scalar-level fast paths of `LabelText`, exact for "simple" text.
///
/// Foundation's NFKC folding and `Character` iteration (grapheme breaking) are slow on Linux, and
/// the mapper normalizes and compares thousands of labels per report (docs/performance.md, "Scalar
/// fast paths"). Report labels are almost always CJK ideographs, ASCII and a few punctuation marks.
/// For text made only of the scalars `isSimple(_:)` accepts, every scalar is its own `Character`,
/// NFKC maps each scalar on its own (the full-width forms to ASCII, U+3000 to a space, the rest to
/// itself), nothing composes or decomposes canonically, so working on scalars gives exactly what
/// the `Character`-level definitions give. Any other text takes the definition
/// (`normalizedByCharacters(_:)`; `ScalarText` falls back to `String` the same way).
/// `ScalarPathTests` checks every accepted scalar and compares both paths on random labels.
extension LabelText {
  /// Whether a scalar is one the fast paths handle exactly.
  ///
  /// Accepted: ASCII tab…form feed and space…tilde (not CR, which joins a following LF into one
  /// `Character`); general punctuation U+2010, U+2012…U+2016,
  /// U+2018…U+2023, U+2027 (dashes, quotes, daggers, bullets); U+3000…U+3029 (ideographic space,
  /// 、。, brackets 〈〉《》「」『』【】〔〕, 〇, Hangzhou numerals); CJK ideographs U+3400…U+4DBF,
  /// U+4E00…U+9FFF; full-width forms U+FF01…U+FF5E. None of these is a combining mark, a
  /// grapheme extender, a Hangul jamo, or has a canonical decomposition; their compatibility
  /// mappings are one scalar each.
  @inline(__always)
  static func isSimple(_ value: UInt32) -> Bool {
    switch value {
    case 0x09...0x0C, 0x20...0x7E: true
    case 0x2010, 0x2012...0x2016, 0x2018...0x2023, 0x2027: true
    case 0x3000...0x3029: true
    case 0x3400...0x4DBF, 0x4E00...0x9FFF: true
    case 0xFF01...0xFF5E: true
    default: false
    }
  }

  /// The scalar values of `text` when every one is simple (`isSimple(_:)`), else nil.
  static func simpleScalars(_ text: String) -> [UInt32]? {
    var result: [UInt32] = []
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      guard isSimple(scalar.value) else { return nil }
      result.append(scalar.value)
    }
    return result
  }

  /// The NFKC form of one simple scalar: full-width forms to ASCII, U+3000 to a space.
  @inline(__always)
  static func compatibilityFolded(simple value: UInt32) -> UInt32 {
    switch value {
    case 0xFF01...0xFF5E: value - 0xFEE0
    case 0x3000: 0x20
    default: value
    }
  }

  /// Whether a simple scalar is whitespace (`Character.isWhitespace`).
  @inline(__always)
  static func isWhitespace(simple value: UInt32) -> Bool {
    value == 0x20 || (0x09...0x0C).contains(value) || value == 0x3000
  }

  /// Whether a scalar is an ASCII digit (`Character.isASCII && Character.isNumber`).
  @inline(__always)
  static func isASCIIDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) }

  /// A string of scalar values (each a valid scalar).
  static func string<S: Sequence>(_ values: S) -> String where S.Element == UInt32 {
    // Encoded to UTF-8 bytes, then one String: appending to a UnicodeScalarView scalar by
    // scalar is slow, and mapping builds many of these strings (docs/performance.md).
    var bytes: [UInt8] = []
    bytes.reserveCapacity(values.underestimatedCount * 3)
    for value in values {
      if let scalar = Unicode.Scalar(value) { UTF8.encode(scalar) { bytes.append($0) } }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `normalized(_:)` of simple scalars.
  static func normalized(simple scalars: [UInt32]) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(scalars.count)
    for raw in scalars {
      if isWhitespace(simple: raw) { continue }
      let value = compatibilityFolded(simple: raw)
      switch value {
      // “ ” " ' ‘ ’ 「 」 『 』 `
      case 0x201C, 0x201D, 0x22, 0x27, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F, 0x60:
        continue
      // 〔 [ 【
      case 0x3014, 0x5B, 0x3010:
        result.append(0x28)
      // 〕 ] 】
      case 0x3015, 0x5D, 0x3011:
        result.append(0x29)
      // 、 , : 。
      case 0x3001, 0x2C, 0x3A, 0x3002:
        if !result.isEmpty, result.count <= 2, result.allSatisfy(isASCIIDigit) {
          result.append(0x2E)
        } else {
          result.append(value)
        }
      default:
        result.append(value)
      }
    }
    return result
  }

  /// Whether `needle` occurs in `haystack` as consecutive scalars (empty needle: true).
  static func contains(_ haystack: ArraySlice<UInt32>, _ needle: ArraySlice<UInt32>) -> Bool {
    firstOffset(of: needle, in: haystack) != nil
  }

  /// The offset (from the slice's start) of the first occurrence of `needle` in `haystack`.
  static func firstOffset(of needle: ArraySlice<UInt32>, in haystack: ArraySlice<UInt32>) -> Int? {
    let n = needle.count
    let h = haystack.count
    guard n <= h else { return nil }
    if n == 0 { return 0 }
    let base = haystack.startIndex
    let needleBase = needle.startIndex
    for start in 0...(h - n) {
      var k = 0
      while k < n, haystack[base + start + k] == needle[needleBase + k] { k += 1 }
      if k == n { return start }
    }
    return nil
  }
}
