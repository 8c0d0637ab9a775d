import DocumentModel

/// An axis-aligned line painted on the page, before joining: a stroked segment or a thin fill.
struct PaintedLine: Equatable {
  var axis: Ruling.Axis
  /// The line's centre across its axis (y for horizontal lines).
  var position: Double
  var start: Double
  var end: Double
  var thickness: Double

  var ruling: Ruling { Ruling(axis: axis, position: position, start: start, end: end) }
  var length: Double { end - start }
}
