import DocumentModel

/// Cleans the rulings a detector found: snaps near-collinear ones, joins broken segments and drops
/// fragments too short to be cell borders.
///
/// A raster detector reports a vector border up to ±1 pt off and broken where glyph ink or a seal
/// crosses it; table reconstruction wants one straight segment per border.
public struct RulingMerger: Sendable {
  public var settings: LayoutSettings

  public init(settings: LayoutSettings = LayoutSettings()) {
    self.settings = settings
  }

  /// The cleaned rulings: horizontal ones first (by position, then start), then vertical ones.
  ///
  /// Rulings of one axis whose positions chain within `settings.rulingSnapTolerance` form a
  /// group; inside a group, segments that overlap or leave a gap of at most
  /// `settings.rulingJoinGap` join, and each joined segment takes the length-weighted mean position
  /// of its parts. Segments shorter than `settings.minimumRulingLength` are then dropped.
  ///
  /// - Parameter rulings: Rulings in any order.
  /// - Returns: The merged rulings.
  /// - Complexity: O(n log n) for n rulings.
  public func merged(_ rulings: [Ruling]) -> [Ruling] {
    merged(rulings.filter { $0.axis == .horizontal }, axis: .horizontal)
      + merged(rulings.filter { $0.axis == .vertical }, axis: .vertical)
  }

  private func merged(_ rulings: [Ruling], axis: Ruling.Axis) -> [Ruling] {
    var result: [Ruling] = []
    for group in positionGroups(rulings) {
      result += joined(group, axis: axis)
    }
    return
      result
      .filter { $0.length >= settings.minimumRulingLength }
      .sorted { ($0.position, $0.start) < ($1.position, $1.start) }
  }

  /// Splits rulings sorted by position into groups whose neighbours lie within the snap tolerance.
  private func positionGroups(_ rulings: [Ruling]) -> [[Ruling]] {
    var groups: [[Ruling]] = []
    for ruling in rulings.sorted(by: { $0.position < $1.position }) {
      if let last = groups.last?.last,
        ruling.position - last.position <= settings.rulingSnapTolerance
      {
        groups[groups.count - 1].append(ruling)
      } else {
        groups.append([ruling])
      }
    }
    return groups
  }

  /// Joins overlapping or nearly touching segments of one position group.
  private func joined(_ group: [Ruling], axis: Ruling.Axis) -> [Ruling] {
    var result: [Ruling] = []
    var parts: [Ruling] = []
    func emit() {
      guard let first = parts.first else { return }
      let start = first.start
      let end = parts.map(\.end).max() ?? first.end
      let weight = parts.reduce(0) { $0 + max($1.length, 0.01) }
      let position = parts.reduce(0) { $0 + $1.position * max($1.length, 0.01) } / weight
      result.append(Ruling(axis: axis, position: position, start: start, end: end))
      parts.removeAll()
    }
    var reach = -Double.infinity
    for segment in group.sorted(by: { $0.start < $1.start }) {
      if !parts.isEmpty && segment.start > reach + settings.rulingJoinGap { emit() }
      parts.append(segment)
      reach = max(parts.count == 1 ? segment.end : reach, segment.end)
    }
    emit()
    return result
  }
}
