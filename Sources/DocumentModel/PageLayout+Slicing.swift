extension PageLayout {
  /// The part of the page from `top` (inclusive) down to `bottom` (exclusive), in points.
  ///
  /// A word or line belongs to the part holding its vertical middle; a horizontal ruling to the
  /// part holding its y; a vertical ruling is clipped to the part. Two reports of a compilation
  /// that share a page (one ends, the next begins below it) each get their own part.
  public func slice(fromY top: Double, toY bottom: Double) -> PageLayout {
    func inside(_ y: Double) -> Bool { y >= top && y < bottom }
    let kept = rulings.compactMap { ruling -> Ruling? in
      switch ruling.axis {
      case .horizontal:
        return inside(ruling.position) ? ruling : nil
      case .vertical:
        let start = max(ruling.start, top)
        let end = min(ruling.end, bottom)
        guard end > start else { return nil }
        return Ruling(axis: .vertical, position: ruling.position, start: start, end: end)
      }
    }
    return PageLayout(
      pageNumber: pageNumber, width: width, height: height,
      words: words.filter { inside($0.box.midY) }, lines: lines.filter { inside($0.box.midY) },
      rulings: kept, ocrRegions: ocrRegions.filter { $0.maxY > top && $0.minY < bottom })
  }
}
