import DocumentModel

/// Merges collinear pieces of one axis's rulings: pieces of a line broken by scanning, split by
/// the staircase of a slightly skewed line, or drawn twice.
struct RulingMerger {
  let settings: RulingSettings

  /// The merged rulings, sorted by position then start.
  ///
  /// Two rulings merge when their positions differ by at most `mergeDistance` and the gap
  /// between their extents is at most `mergeGap`; the merged position is the length-weighted
  /// mean, so a long line is not pulled by a short fragment.
  ///
  /// - Complexity: O(n log n + n·k), k being the rulings near one position (a handful).
  func merged(_ rulings: [Ruling]) -> [Ruling] {
    var pending = rulings.sorted(by: Self.precedes)
    var changed = true
    // Merging can bring a ruling within reach of another, so repeat until stable (2–3 passes).
    while changed {
      changed = false
      var result: [Ruling] = []
      result.reserveCapacity(pending.count)
      for ruling in pending {
        if let index = result.lastIndex(where: { canMerge($0, ruling) }) {
          result[index] = union(result[index], ruling)
          changed = true
        } else {
          result.append(ruling)
        }
      }
      pending = result.sorted(by: Self.precedes)
    }
    return pending
  }

  private func canMerge(_ a: Ruling, _ b: Ruling) -> Bool {
    abs(a.position - b.position) <= settings.mergeDistance
      && max(a.start, b.start) - min(a.end, b.end) <= settings.mergeGap
  }

  private func union(_ a: Ruling, _ b: Ruling) -> Ruling {
    // Weight by length (+ a little so zero-length pieces still count).
    let weightA = a.length + 0.01
    let weightB = b.length + 0.01
    let position = (a.position * weightA + b.position * weightB) / (weightA + weightB)
    return Ruling(
      axis: a.axis, position: position, start: min(a.start, b.start), end: max(a.end, b.end))
  }

  private static func precedes(_ a: Ruling, _ b: Ruling) -> Bool {
    a.position != b.position ? a.position < b.position : a.start < b.start
  }
}
