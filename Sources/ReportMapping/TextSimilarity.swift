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
    // an order of magnitude cheaper than grapheme comparison.
    let left = Array(a.unicodeScalars)
    let right = Array(b.unicodeScalars)
    guard !left.isEmpty, !right.isEmpty else { return 0 }
    var previous = [Int](repeating: 0, count: right.count + 1)
    var current = previous
    for i in 1...left.count {
      for j in 1...right.count {
        current[j] =
          left[i - 1] == right[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }

  /// The symmetric ratio `2·LCS / (|a| + |b|)` in `0...1`; 0 when either string is empty.
  static func ratio(_ a: String, _ b: String) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    let total = a.unicodeScalars.count + b.unicodeScalars.count
    return 2 * Double(commonSubsequenceLength(a, b)) / Double(total)
  }

  /// How much of `needle` appears, in order, inside `haystack`: `LCS / |needle|` in `0...1`.
  static func containment(of needle: String, in haystack: String) -> Double {
    guard !needle.isEmpty, !haystack.isEmpty else { return 0 }
    return Double(commonSubsequenceLength(needle, haystack)) / Double(needle.unicodeScalars.count)
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
