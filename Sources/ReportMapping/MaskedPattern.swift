/// The scalars of a fixed set of patterns, numbered 1… in increasing order (0: any other scalar).
///
/// Texts scored against the patterns are turned into these numbers once, so that each pattern's
/// match masks (`MaskedPattern`) are looked up by index instead of compared scalar by scalar.
struct ScalarAlphabet: Sendable {
  /// The distinct scalars, sorted; scalar `scalars[k]` has number `k + 1`.
  var scalars: [UInt32]

  init(_ texts: [[UInt32]]) {
    let sorted = texts.joined().sorted()
    scalars = []
    for scalar in sorted where scalars.last != scalar { scalars.append(scalar) }
  }

  /// How many numbers there are, 0 included.
  var size: Int { scalars.count + 1 }

  /// The number of a scalar, 0 when it occurs in no pattern.
  func number(of scalar: UInt32) -> Int {
    var low = 0
    var high = scalars.count
    while low < high {
      let middle = (low + high) / 2
      if scalars[middle] < scalar { low = middle + 1 } else { high = middle }
    }
    return low < scalars.count && scalars[low] == scalar ? low + 1 : 0
  }

  /// The numbers of a text's scalars.
  func numbers(of text: [UInt32]) -> [Int] { text.map(number(of:)) }
}

/// A pattern of at most 64 scalars prepared for the bit-parallel LCS against many texts.
struct MaskedPattern: Sendable {
  /// The pattern's length in scalars.
  var count: Int
  /// By alphabet number, the bits of the pattern positions holding that scalar (0 for 0).
  var masks: [UInt64]

  /// Prepares a pattern whose scalars are all in `alphabet`; nil when longer than 64.
  init?(_ pattern: [UInt32], alphabet: ScalarAlphabet) {
    guard pattern.count <= 64 else { return nil }
    count = pattern.count
    masks = [UInt64](repeating: 0, count: alphabet.size)
    for (position, scalar) in pattern.enumerated() {
      let number = alphabet.number(of: scalar)
      precondition(number > 0, "a pattern scalar outside the alphabet")
      masks[number] |= 1 << UInt64(position)
    }
  }

  /// The LCS length of the pattern and a text given as alphabet numbers
  /// (`TextSimilarity.bitParallelLength(pattern:text:)` with the masks looked up).
  func commonSubsequenceLength(_ text: [Int]) -> Int {
    guard count > 0 else { return 0 }
    let live: UInt64 = count == 64 ? .max : (1 << UInt64(count)) - 1
    var v = UInt64.max
    masks.withUnsafeBufferPointer { masks in
      for number in text {
        let match = masks[number]
        let u = v & match
        v = (v &+ u) | (v & ~match)
      }
    }
    return count - (v & live).nonzeroBitCount
  }
}
