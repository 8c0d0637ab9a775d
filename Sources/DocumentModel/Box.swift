/// An axis-aligned rectangle in PDF points, origin at the page's top-left corner, y growing down.
///
/// Every stage uses this one convention; a binding that works in pixels converts at its boundary
/// (points = pixels × 72 / dpi).
public struct Box: Hashable, Sendable, Codable {
  public var minX: Double
  public var minY: Double
  public var maxX: Double
  public var maxY: Double

  public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
    self.minX = minX
    self.minY = minY
    self.maxX = maxX
    self.maxY = maxY
  }

  public var width: Double { maxX - minX }
  public var height: Double { maxY - minY }
  public var midX: Double { (minX + maxX) / 2 }
  public var midY: Double { (minY + maxY) / 2 }

  /// The smallest box containing both boxes.
  public func union(_ other: Box) -> Box {
    Box(
      minX: min(minX, other.minX), minY: min(minY, other.minY),
      maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
  }

  /// Whether the point lies inside or on the edge of the box.
  public func contains(x: Double, y: Double) -> Bool {
    x >= minX && x <= maxX && y >= minY && y <= maxY
  }

  /// The overlap of the two boxes' vertical extents, in points (0 when disjoint).
  public func verticalOverlap(with other: Box) -> Double {
    max(0, min(maxY, other.maxY) - max(minY, other.minY))
  }

  /// The overlap of the two boxes' horizontal extents, in points (0 when disjoint).
  public func horizontalOverlap(with other: Box) -> Double {
    max(0, min(maxX, other.maxX) - max(minX, other.minX))
  }

  /// The box grown by `amount` points on every side (shrunk for a negative amount).
  public func expanded(by amount: Double) -> Box {
    Box(minX: minX - amount, minY: minY - amount, maxX: maxX + amount, maxY: maxY + amount)
  }

  /// The union of all boxes, or nil for an empty sequence.
  public static func union<S: Sequence>(of boxes: S) -> Box? where S.Element == Box {
    // A plain loop: the generic `reduce` over optionals would be instantiated at run time, on
    // every process's first word.
    var result: Box? = nil
    for box in boxes { result = result?.union(box) ?? box }
    return result
  }
}
