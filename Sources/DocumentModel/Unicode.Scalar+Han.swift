extension Unicode.Scalar {
  /// Whether the scalar is a Chinese character: a CJK ideograph or radical (Unicode script Han).
  ///
  /// The one definition of "CJK character" for every stage. Radicals and compatibility
  /// ideographs are included because some PDF fonts map common characters to them (`⼈` U+2F08
  /// for `人`; NFKC folds them back); planes 2–3 (extensions B–H) hold rare characters of place
  /// names. The Yijing hexagrams (U+4DC0…U+4DFF), between extension A and the unified block, are
  /// symbols, not characters.
  ///
  /// - Complexity: O(1); inlinable, so hot per-glyph loops pay no call.
  @inlinable public var isHan: Bool {
    switch value {
    case 0x2E80...0x2FDF: true  // CJK radicals supplement, Kangxi radicals
    case 0x3400...0x4DBF: true  // extension A
    case 0x4E00...0x9FFF: true  // unified ideographs
    case 0xF900...0xFAFF: true  // compatibility ideographs
    case 0x20000...0x3FFFF: true  // extensions B–H, compatibility supplement
    default: false
    }
  }
}
