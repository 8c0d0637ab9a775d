/// A ruling line of a table: a horizontal or vertical segment, in points.
public struct Ruling: Hashable, Sendable, Codable {
  /// The direction the line runs in.
  public enum Axis: String, Hashable, Sendable, Codable {
    case horizontal
    case vertical
  }

  public var axis: Axis
  /// The line's y (horizontal) or x (vertical), in points.
  public var position: Double
  /// Where the line starts along its axis (x for horizontal, y for vertical), in points.
  public var start: Double
  /// Where the line ends along its axis, in points; `end >= start`.
  public var end: Double

  public init(axis: Axis, position: Double, start: Double, end: Double) {
    self.axis = axis
    self.position = position
    self.start = min(start, end)
    self.end = max(start, end)
  }

  /// The length in points.
  public var length: Double { end - start }
}
