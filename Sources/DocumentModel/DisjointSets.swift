/// Disjoint sets over `0..<count` (union–find with path halving): which items a relation joins.
///
/// Used for rulings that touch (`RulingGroups`) and for elementary cells a missing border joins
/// (`LatticeGrid`).
package struct DisjointSets {
  private var parent: [Int]

  /// `count` items, each in a set of its own.
  package init(count: Int) {
    parent = Array(0..<count)
  }

  /// The representative of the set holding `item`.
  package mutating func root(_ item: Int) -> Int {
    var item = item
    while parent[item] != item {
      parent[item] = parent[parent[item]]
      item = parent[item]
    }
    return item
  }

  /// Puts the sets of `a` and `b` together.
  package mutating func join(_ a: Int, _ b: Int) {
    parent[root(a)] = root(b)
  }
}
