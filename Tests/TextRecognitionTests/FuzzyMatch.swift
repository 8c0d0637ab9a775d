extension String {
  /// Whether some substring of `self` equals `needle` with at most `edits` characters
  /// substituted, inserted or deleted (Sellers' approximate substring matching).
  func containsApproximately(_ needle: String, edits: Int = 1) -> Bool {
    let pattern = Array(needle)
    guard !pattern.isEmpty else { return true }
    // column[i]: the fewest edits matching pattern[..<i] against a substring ending here.
    var column = Array(0...pattern.count)
    if column[pattern.count] <= edits { return true }
    for character in self {
      var previousDiagonal = column[0]
      column[0] = 0
      for i in 1...pattern.count {
        let saved = column[i]
        let substitution = previousDiagonal + (pattern[i - 1] == character ? 0 : 1)
        column[i] = Swift.min(substitution, column[i] + 1, column[i - 1] + 1)
        previousDiagonal = saved
      }
      if column[pattern.count] <= edits { return true }
    }
    return false
  }
}
