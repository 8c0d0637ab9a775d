/// A monotone alignment of two sequences by a similarity score (dynamic programming).
///
/// Used to pair printed rows with canonical rows and printed header columns with canonical
/// columns: order is kept, items on either side may stay unpaired, and a pair counts only by
/// how much its score exceeds the threshold, so one misread label cannot pull its neighbours
/// out of place.
enum SequenceAligner {
  /// One pair of the alignment.
  struct Pair: Hashable, Sendable {
    var left: Int
    var right: Int
    var score: Double
  }

  /// One alignment: the pairs in increasing order, and the total gain `Σ (score − threshold)`.
  struct Alignment: Sendable {
    var pairs: [Pair]
    var gain: Double
  }

  /// Aligns `leftCount` items with `rightCount` items, maximizing the summed gain.
  ///
  /// Pairs scoring at or below `threshold` are never made.
  /// - Complexity: O(n·m) calls of `score`.
  static func align(
    leftCount: Int, rightCount: Int, threshold: Double, score: (Int, Int) -> Double
  ) -> Alignment {
    let n = leftCount
    let m = rightCount
    guard n > 0, m > 0 else { return Alignment(pairs: [], gain: 0) }
    var scores = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
    for i in 0..<n { for j in 0..<m { scores[i][j] = score(i, j) } }
    // best[i][j]: the best gain aligning the first i left items with the first j right items.
    var best = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
    for i in 1...n {
      for j in 1...m {
        var value = max(best[i - 1][j], best[i][j - 1])
        let gain = scores[i - 1][j - 1] - threshold
        if gain > 0 { value = max(value, best[i - 1][j - 1] + gain) }
        best[i][j] = value
      }
    }
    var pairs: [Pair] = []
    var i = n
    var j = m
    while i > 0 && j > 0 {
      let gain = scores[i - 1][j - 1] - threshold
      if gain > 0 && abs(best[i][j] - (best[i - 1][j - 1] + gain)) < 1e-9 {
        pairs.append(Pair(left: i - 1, right: j - 1, score: scores[i - 1][j - 1]))
        i -= 1
        j -= 1
      } else if abs(best[i][j] - best[i - 1][j]) < 1e-9 {
        i -= 1
      } else {
        j -= 1
      }
    }
    return Alignment(pairs: pairs.reversed(), gain: best[n][m])
  }
}
