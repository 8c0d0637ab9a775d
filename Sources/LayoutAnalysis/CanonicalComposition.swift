import Foundation

/// NFC (canonical composition) of word text, without Foundation for the common case.
///
/// Foundation's `precomposedStringWithCanonicalMapping` bridges through NSString and ICU, which
/// is slow, and almost every word it sees is already NFC (docs/performance.md). A string
/// whose every scalar lies in `stableRanges` is already NFC, because each of those scalars is
/// NFC-stable on its own (NFC_Quick_Check = Yes: no canonical decomposition) and none can combine
/// with a neighbour (none is NFC_Quick_Check = Maybe, none has a non-zero combining class).
/// Everything else goes to Foundation.
enum CanonicalComposition {
  /// Ranges of scalars that are NFC on their own and never compose with a neighbour, as
  /// inclusive (lower, upper) pairs in ascending order; checked scalar by scalar against
  /// Foundation in `CanonicalCompositionTests`. (Plain `UInt32`s: an array of `ClosedRange`
  /// costs a run-time conformance lookup on first use.)
  static let stableBounds: [UInt32] = [
    0x0000, 0x007F,  // ASCII
    0x00A0, 0x00FF,  // Latin-1 (precomposed letters, signs)
    0x2002, 0x206F,  // general punctuation (U+2000, U+2001 decompose to U+2002, U+2003)
    0x2100, 0x2125, 0x2127, 0x2129, 0x212C, 0x218F,  // letterlike (Ω, K, Å decompose), numerals
    0x2460, 0x24FF,  // enclosed alphanumerics ①
    0x2500, 0x25FF,  // box drawing, geometric shapes □ ■ ○
    0x3000, 0x3029, 0x3030, 0x303F,  // CJK punctuation (U+302A–302F are combining marks)
    0x3200, 0x32FF,  // enclosed CJK
    0x3400, 0x4DBF, 0x4E00, 0x9FFF,  // CJK unified ideographs (not the compatibility block)
    0xFE30, 0xFE4F,  // CJK compatibility forms
    0xFF01, 0xFF5E, 0xFFE0, 0xFFE6,  // full-width ASCII and signs
  ]

  /// `stableBounds` as ranges, for tests and readers.
  static var stableRanges: [ClosedRange<UInt32>] {
    stride(from: 0, to: stableBounds.count, by: 2).map { stableBounds[$0]...stableBounds[$0 + 1] }
  }

  /// `text` in NFC.
  static func composed(_ text: String) -> String {
    for scalar in text.unicodeScalars where !isStable(scalar.value) {
      return text.precomposedStringWithCanonicalMapping
    }
    return text
  }

  /// Whether the scalar is in one of the `stableBounds` ranges (binary search over the pairs).
  static func isStable(_ value: UInt32) -> Bool {
    if value < 0x80 { return true }
    var low = 0
    var high = stableBounds.count / 2 - 1
    while low <= high {
      let middle = (low + high) / 2
      if value < stableBounds[2 * middle] {
        high = middle - 1
      } else if value > stableBounds[2 * middle + 1] {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}
