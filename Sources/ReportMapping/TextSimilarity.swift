/// Similarity measures for printed labels that may carry typos or OCR damage.
///
/// Both are built on the longest common subsequence of characters, which forgives a wrong,
/// missing or extra character at the cost of one character each (`其他法律行政止公开` against
/// `其他法律行政法规禁止公开` scores 0.86).
enum TextSimilarity {
  /// The length of the longest common subsequence of two strings' characters.
  ///
  /// - Complexity: O(n·m) time, O(m) memory.
  static func commonSubsequenceLength(_ a: String, _ b: String) -> Int {
    // Unicode scalars, not Characters: labels are NFKC-normalized, and scalar comparison is
    // much cheaper than grapheme comparison (docs/performance.md).
    commonSubsequenceLength(scalars(of: a), scalars(of: b))
  }

  /// The length of the longest common subsequence of two scalar sequences, by the O(m) row of
  /// the DP table. (A text compared with many others is better prepared once as a
  /// `SubsequencePattern`.)
  ///
  /// - Complexity: O(n·m) time, O(m) memory.
  static func commonSubsequenceLength(_ left: [UInt32], _ right: [UInt32]) -> Int {
    guard !left.isEmpty, !right.isEmpty else { return 0 }
    var row = [Int](repeating: 0, count: right.count + 1)
    for scalar in left {
      // `diagonal` is the previous row's value at j − 1, `row[j]` the previous row's at j.
      var diagonal = 0
      for j in 1...right.count {
        let above = row[j]
        row[j] = scalar == right[j - 1] ? diagonal + 1 : max(above, row[j - 1])
        diagonal = above
      }
    }
    return row[right.count]
  }

  /// The Unicode scalar values of a string.
  static func scalars(of text: String) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { result.append(scalar.value) }
    return result
  }

  /// The symmetric ratio `2·LCS / (|a| + |b|)` in `0...1`; 0 when either string is empty.
  static func ratio(_ a: String, _ b: String) -> Double {
    ratio(scalars(of: a), scalars(of: b))
  }

  /// `ratio(_:_:)` of two scalar sequences.
  static func ratio(_ a: [UInt32], _ b: [UInt32]) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    return ratio(common: commonSubsequenceLength(a, b), a.count, b.count)
  }

  /// Whether `ratio(a, b) >= threshold`, without the LCS when the lengths alone rule it out.
  ///
  /// The LCS is at most the shorter length, so the ratio is at most `2·short / (short + long)`;
  /// a number next to a label, or a short label next to a long one, is told apart by lengths.
  static func ratio(_ a: [UInt32], _ b: [UInt32], reaches threshold: Double) -> Bool {
    let short = min(a.count, b.count)
    guard ratio(common: short, a.count, b.count) >= threshold else { return false }
    return ratio(a, b) >= threshold
  }

  /// `ratio(_:_:)` from the LCS length `common` of two texts of `a` and `b` scalars.
  static func ratio(common: Int, _ a: Int, _ b: Int) -> Double {
    guard a > 0, b > 0 else { return 0 }
    let total = a + b
    return 2 * Double(common) / Double(total)
  }

  /// How much of `needle` appears, in order, inside `haystack`: `LCS / |needle|` in `0...1`.
  static func containment(of needle: String, in haystack: String) -> Double {
    containment(of: scalars(of: needle), in: scalars(of: haystack))
  }

  /// `containment(of:in:)` of two scalar sequences.
  static func containment(of needle: [UInt32], in haystack: [UInt32]) -> Double {
    guard !needle.isEmpty, !haystack.isEmpty else { return 0 }
    return containment(
      common: commonSubsequenceLength(needle, haystack), needle: needle.count,
      haystack: haystack.count)
  }

  /// `containment(of:in:)` from the LCS length `common` of a needle and a haystack of the given
  /// lengths in scalars.
  static func containment(common: Int, needle: Int, haystack: Int) -> Double {
    guard needle > 0, haystack > 0 else { return 0 }
    return Double(common) / Double(needle)
  }

  /// The Levenshtein distance between two strings, in Unicode scalars.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let left = Array(a.unicodeScalars)
    let right = Array(b.unicodeScalars)
    guard !left.isEmpty else { return right.count }
    guard !right.isEmpty else { return left.count }
    var previous = Array(0...right.count)
    var current = previous
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }
}
