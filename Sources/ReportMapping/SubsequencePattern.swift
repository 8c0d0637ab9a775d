/// A sequence of at most 64 scalars, prepared to measure its longest common subsequence with
/// any text a machine word at a time (Hyyrö 2004, after Allison and Dix 1986).
///
/// The mapper scores every printed label against every canonical one, and the cell-by-cell DP
/// table was the largest single function of a text-layer report's profile; the canonical labels
/// are prepared once (docs/performance.md, "Label similarity a word at a time").
struct SubsequencePattern: Sendable {
  /// The pattern's length in scalars.
  let count: Int
  /// The pattern's distinct scalars in ascending order, for binary search.
  private let scalars: [UInt32]
  /// For each of `scalars`, the positions where the pattern has it, as bits.
  private let masks: [UInt64]

  /// The pattern prepared; nil when it is longer than 64 scalars.
  init?(_ pattern: [UInt32]) {
    guard pattern.count <= 64 else { return nil }
    count = pattern.count
    var entries = pattern.enumerated().map { (scalar: $0.element, bit: UInt64(1) << $0.offset) }
    entries.sort { $0.scalar < $1.scalar }
    var scalars: [UInt32] = []
    var masks: [UInt64] = []
    scalars.reserveCapacity(entries.count)
    masks.reserveCapacity(entries.count)
    for entry in entries {
      if scalars.last == entry.scalar {
        masks[masks.count - 1] |= entry.bit
      } else {
        scalars.append(entry.scalar)
        masks.append(entry.bit)
      }
    }
    self.scalars = scalars
    self.masks = masks
  }

  /// The length of the longest common subsequence of the pattern and `text`.
  ///
  /// `row` is a row of the LCS DP table as bits: bit i is 0 where the row steps up at pattern
  /// position i, so the LCS is the number of zero bits among the pattern's `count`.
  ///
  /// - Complexity: O(n·log m) for a text of n scalars.
  func commonLength(with text: [UInt32]) -> Int {
    var row = UInt64.max
    for scalar in text {
      guard let matches = positions(of: scalar) else { continue }
      let kept = row & matches
      row = (row &+ kept) | (row & ~matches)
    }
    let used = count == 64 ? UInt64.max : (UInt64(1) << count) - 1
    return count - (row & used).nonzeroBitCount
  }

  /// The positions of `scalar` in the pattern as bits; nil when it does not occur.
  private func positions(of scalar: UInt32) -> UInt64? {
    var low = 0
    var high = scalars.count
    while low < high {
      let middle = (low + high) / 2
      if scalars[middle] < scalar { low = middle + 1 } else { high = middle }
    }
    return low < scalars.count && scalars[low] == scalar ? masks[low] : nil
  }
}
