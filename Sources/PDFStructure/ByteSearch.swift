/// Finding byte patterns in a file: `startxref` from the end, `endstream` after a stream whose
/// `/Length` is wrong, every `obj` when the cross-reference table must be rebuilt.
enum ByteSearch {
  /// The first offset at or after `start` (and before `end`) where `pattern` begins, or nil.
  ///
  /// - Complexity: O(n·m); the patterns are keywords of a few bytes.
  static func first(_ pattern: [UInt8], in bytes: [UInt8], from start: Int, to end: Int? = nil)
    -> Int?
  {
    let limit = min(end ?? bytes.count, bytes.count)
    guard let head = pattern.first, start >= 0, limit - pattern.count >= start else { return nil }
    return bytes.withUnsafeBufferPointer { buffer -> Int? in
      var index = start
      let last = limit - pattern.count
      while index <= last {
        if buffer[index] == head && matches(pattern, buffer, at: index) { return index }
        index += 1
      }
      return nil
    }
  }

  /// The last offset before `end` where `pattern` begins, or nil.
  static func last(_ pattern: [UInt8], in bytes: [UInt8], before end: Int) -> Int? {
    guard let head = pattern.first else { return nil }
    return bytes.withUnsafeBufferPointer { buffer -> Int? in
      var index = min(end, buffer.count) - pattern.count
      while index >= 0 {
        if buffer[index] == head && matches(pattern, buffer, at: index) { return index }
        index -= 1
      }
      return nil
    }
  }

  /// Every offset where `pattern` begins, in order.
  static func all(_ pattern: [UInt8], in bytes: [UInt8]) -> [Int] {
    var found: [Int] = []
    var start = 0
    while let index = first(pattern, in: bytes, from: start) {
      found.append(index)
      start = index + pattern.count
    }
    return found
  }

  @inline(__always) private static func matches(
    _ pattern: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> Bool {
    guard index >= 0, index + pattern.count <= buffer.count else { return false }
    for offset in 1..<pattern.count where buffer[index + offset] != pattern[offset] {
      return false
    }
    return true
  }
}
