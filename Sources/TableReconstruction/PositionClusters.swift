/// One-dimensional clustering of positions, used for row and column edges.
enum PositionClusters {
  /// Clusters sorted-or-not positions whose neighbours lie within `tolerance`; returns each
  /// cluster's mean, ascending.
  ///
  /// - Complexity: O(n log n).
  static func centres(of positions: [Double], tolerance: Double) -> [Double] {
    var centres: [Double] = []
    var sum = 0.0
    var count = 0
    var last = -Double.infinity
    for position in positions.sorted() {
      if count > 0 && position - last > tolerance {
        centres.append(sum / Double(count))
        sum = 0
        count = 0
      }
      sum += position
      count += 1
      last = position
    }
    if count > 0 { centres.append(sum / Double(count)) }
    return centres
  }

  /// The index i with `edges[i] <= value < edges[i + 1]`, or nil outside `edges.first...edges.last`.
  ///
  /// - Complexity: O(log n).
  static func interval(of value: Double, in edges: [Double]) -> Int? {
    guard let first = edges.first, let last = edges.last, value >= first, value <= last else {
      return nil
    }
    var low = 0
    var high = edges.count - 1
    while high - low > 1 {
      let middle = (low + high) / 2
      if edges[middle] <= value { low = middle } else { high = middle }
    }
    return low
  }
}
