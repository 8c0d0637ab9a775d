import DocumentModel

/// Finds the ruled cell around a word in a rendered page by walking outward from the word
/// until a ruling line is hit, so tests can read cells the way the pipeline does.
enum CellFinder {
  /// The cell around `word` in points, its edges on the centres of the ruling lines; nil when
  /// no line is found within `reach` points on some side.
  static func cell(around word: Box, in image: PageImage, reach: Double = 120) -> Box? {
    let scale = image.dpi / 72
    let centerX = Int(word.midX * scale)
    let centerY = Int(word.midY * scale)
    let limit = Int(reach * scale)
    let halfWidth = Int(word.width * scale / 2)
    let halfHeight = Int(word.height * scale / 2)
    func dark(_ x: Int, _ y: Int) -> Bool {
      x >= 0 && y >= 0 && x < image.width && y < image.height && image.gray(x: x, y: y) < 128
    }
    /// A vertical line at `x`: dark over the word's whole height.
    func verticalLine(_ x: Int) -> Bool {
      (centerY - halfHeight...centerY + halfHeight).allSatisfy { dark(x, $0) }
    }
    /// A horizontal line at `y`: dark over the word's whole width (at least 10 px).
    func horizontalLine(_ y: Int) -> Bool {
      let half = max(halfWidth, 5)
      return (centerX - half...centerX + half).allSatisfy { dark($0, y) }
    }
    func edge(from start: Int, step: Int, isLine: (Int) -> Bool) -> Int? {
      var position = start
      while abs(position - start) < limit {
        if isLine(position) {
          var end = position
          while isLine(end + step) { end += step }
          return (position + end) / 2
        }
        position += step
      }
      return nil
    }
    guard let left = edge(from: centerX - halfWidth, step: -1, isLine: verticalLine),
      let right = edge(from: centerX + halfWidth, step: 1, isLine: verticalLine),
      let top = edge(from: centerY - halfHeight, step: -1, isLine: horizontalLine),
      let bottom = edge(from: centerY + halfHeight, step: 1, isLine: horizontalLine)
    else { return nil }
    return Box(
      minX: Double(left) / scale, minY: Double(top) / scale, maxX: Double(right) / scale,
      maxY: Double(bottom) / scale)
  }
}
