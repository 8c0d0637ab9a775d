/// A run of words sharing a baseline, left to right.
public struct TextLine: Hashable, Sendable, Codable {
  /// The words, left to right.
  public var words: [Word]
  /// The union of the words' boxes.
  public var box: Box

  public init(words: [Word]) {
    self.words = words
    self.box = Box.union(of: words.map(\.box)) ?? Box(minX: 0, minY: 0, maxX: 0, maxY: 0)
  }

  /// The line's text: CJK and digits joined without spaces, Latin words separated by one space.
  public var text: String { TextJoiner.join(words.map(\.text)) }
}
