/// Splits a page's rulings into connected groups, one per ruled table.
///
/// Two tables on one page (table 二 above table 三) share no ruling: the heading between them
/// leaves a gap. A horizontal and a vertical ruling connect where they cross or touch; two
/// collinear segments connect where they overlap or nearly touch (a border broken by a detector).
package enum RulingGroups {
  /// The connected groups, each with at least one ruling, ordered by their top edge.
  ///
  /// - Parameters:
  ///   - rulings: The page's rulings.
  ///   - tolerance: How far apart, in points, two rulings may be and still touch.
  /// - Returns: The groups; a ruling touching no other is a group of its own.
  /// - Complexity: O(n²) for n rulings (~100 on a table page).
  package static func groups(of rulings: [Ruling], tolerance: Double) -> [[Ruling]] {
    var sets = DisjointSets(count: rulings.count)
    for i in rulings.indices {
      for j in rulings.indices where j > i && touch(rulings[i], rulings[j], tolerance: tolerance) {
        sets.join(i, j)
      }
    }
    var members: [Int: [Ruling]] = [:]
    for index in rulings.indices { members[sets.root(index), default: []].append(rulings[index]) }
    return members.values.sorted { top(of: $0) < top(of: $1) }
  }

  /// Whether two rulings cross, touch or continue each other.
  package static func touch(_ a: Ruling, _ b: Ruling, tolerance: Double) -> Bool {
    if a.axis == b.axis {
      return abs(a.position - b.position) <= tolerance && a.start <= b.end + tolerance
        && b.start <= a.end + tolerance
    }
    return a.position >= b.start - tolerance && a.position <= b.end + tolerance
      && b.position >= a.start - tolerance && b.position <= a.end + tolerance
  }

  private static func top(of group: [Ruling]) -> Double {
    group.map { $0.axis == .horizontal ? $0.position : $0.start }.min() ?? 0
  }
}
