/// A static split of the inputs over `count` machines: this one takes shard `index`.
///
/// A file's shard is its SHA-256 (first 15 hex digits as an integer) modulo `count`, so the split
/// depends only on content: stable across runs, paths and machines.
public struct ShardSpec: Sendable, Hashable, CustomStringConvertible {
  public var index: Int
  public var count: Int

  /// Parses `i/n` with `0 <= i < n`.
  public init?(_ text: String) {
    let parts = text.split(separator: "/")
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count > 0,
      (0..<count).contains(index)
    else { return nil }
    self.index = index
    self.count = count
  }

  /// Whether the file with this SHA-256 belongs to this shard.
  public func contains(sha256: String) -> Bool {
    guard let value = UInt64(sha256.prefix(15), radix: 16) else { return index == 0 }
    return Int(value % UInt64(count)) == index
  }

  public var description: String { "\(index)/\(count)" }
}
