import DocumentModel

/// The printed value inside a table cell, told apart from specks and ruling remnants.
///
/// A scan carries dust specks and, after deskewing, fragments of the cell's own rulings inside
/// its box; the digits engine read them as `.`, `-` or `|` next to the number (`0.`, `0-`, `|0`
/// on `s01`, 150 dpi: 19 cells). The value is the largest ink component clear of the cell's edge
/// and every component close to it on its line; specks far from it, thin ruling fragments along
/// the edge and strokes reaching in from outside the cell are left out.
struct InkCluster {
  /// Margin dropped on every side of the cell before looking for ink, in points.
  var inset = 1.0
  /// A component touching the edge of the inset cell no thicker than this, in points, is a
  /// ruling fragment (rulings print 0.5–1 pt; digit strokes span ≥ 3 pt one way or the other).
  var rulingThickness = 1.5
  /// Components within this fraction of the main component's height of the cluster join it
  /// (digit gaps and a decimal point are ≤ 0.3 of the digit height).
  var joinDistance = 0.6
  /// Ink lower than this, in points, is not a digit of a printed value (a speck, a dot).
  ///
  /// 七号 (5.25 pt), the smallest Chinese type size, prints digits about 3.8 pt tall.
  var minimumDigitHeight = 3.0
  /// A thin stroke along the cell's edge taller than this, in points, is a piece of its border,
  /// not a `1` set against it.
  ///
  /// Table values are set at most in 小二 (18 pt), whose digits are about 13 pt tall; a vertical
  /// border bowed by the scan leaves a sliver inside the cell that reaches neither corner (a
  /// blank two-row cell read `1` on stress 9709:7, its sliver 100 pt long).
  var maximumDigitHeight = 14.0
  /// A pixel column beside a value inked on at least this share of the value's height is the
  /// cell's border, where a value set flush against it ends.
  ///
  /// A vertical border prints solid across the whole row; a digit's outermost stroke covers at
  /// most the middle half of its height (the side of a `0`), a `1`'s stem all of it, which ends
  /// the value where the stem ends as before.
  var borderShare = 0.9
  /// A pixel column beside a value inked on at least this share of the rows above and below
  /// the value is the cell's border.
  ///
  /// No digit reaches into those rows, so any ink there is border or noise; but a border left
  /// tilted by a residual skew moves a column every few dozen rows, and at 0.9 the first
  /// columns of a 5 px bilevel border beside a fused `0` (stress 9773:46) counted as the digit.
  var borderShareBesideValue = 0.5

  /// The box (points) around the value's ink, or nil when the cell has no ink.
  func box(in image: PageImage, cell: Box) -> Box? {
    value(in: image, cell: cell)?.box
  }

  /// The value's ink in a cell, and whether it is only a stroke against the cell's border.
  struct Value: Equatable {
    /// The ink's box, in points.
    var box: Box
    /// Whether the cell held no ink but a thin digit-tall stroke along its left or right edge.
    ///
    /// That is a `1` set flush against its border, or a bump on the border: either way it
    /// needs a person.
    var againstBorder: Bool
  }

  /// The value's ink in the cell (`box(in:cell:)`), or a lone stroke against the border; nil
  /// when the cell has neither.
  func value(in image: PageImage, cell: Box) -> Value? {
    let scale = image.dpi / 72
    let x0 = max(0, Int(((cell.minX + inset) * scale).rounded(.up)))
    let x1 = min(image.width, Int(((cell.maxX - inset) * scale).rounded(.down)))
    let y0 = max(0, Int(((cell.minY + inset) * scale).rounded(.up)))
    let y1 = min(image.height, Int(((cell.maxY - inset) * scale).rounded(.down)))
    guard x1 > x0, y1 > y0 else { return nil }
    let width = x1 - x0
    let height = y1 - y0
    var ink = [Bool](repeating: false, count: width * height)
    image.pixels.withUnsafeBufferPointer { pixels in
      for y in 0..<height {
        let offset = (y + y0) * image.width
        for x in 0..<width {
          ink[y * width + x] = pixels[(offset + x + x0) * image.channels] < 128
        }
      }
    }
    var components = Self.components(ink, width: width, height: height)
    let thin = rulingThickness * scale
    func touches(_ part: Component) -> Bool {
      part.minX == 0 || part.minY == 0 || part.maxX == width - 1 || part.maxY == height - 1
    }
    let digitHeight = minimumDigitHeight * scale
    // A `1` right-aligned against its border, 1.4 pt wide, is as thin as a ruling fragment
    // (stress 9709:10: two `1`s read blank, silently). A fragment of the cell's own vertical
    // ruling left inside by a residual skew starts at a corner, or is longer than a digit; a
    // digit stroke floats along the edge, reaching neither the top nor the bottom.
    let tallestDigit = maximumDigitHeight * scale
    func isBorderStroke(_ part: Component) -> Bool {
      let tall = Double(part.maxY - part.minY + 1)
      return (part.minX == 0 || part.maxX == width - 1) && part.minY > 0 && part.maxY < height - 1
        && tall >= digitHeight && tall <= tallestDigit
    }
    var strokes: [Component] = []
    components.removeAll { part in
      guard touches(part),
        Double(min(part.maxX - part.minX + 1, part.maxY - part.minY + 1)) <= thin
      else { return false }
      if isBorderStroke(part) { strokes.append(part) }
      return true
    }
    if components.isEmpty, let stroke = strokes.max(by: { $0.count < $1.count }) {
      return Value(box: box(of: stroke, x0: x0, y0: y0, scale: scale), againstBorder: true)
    }
    // Ink that reaches the cell's edge may have come in from outside (a seal's ring, a bold
    // ruling's remnant): it was the largest component of a cell whose `0` it then hid from the
    // digits engine (stress 9704:4). So when ink as tall as a digit lies clear of the edge, the
    // value starts from it, and ink at the edge joins only within the value's line (the first
    // digit of a number as wide as its cell, `3300000` on `s07`). Specks clear of the edge do
    // not count: a value set flush against its border touches the edge itself (9705:21).
    let inside = components.filter {
      !touches($0) && Double($0.maxY - $0.minY + 1) >= digitHeight
    }
    guard let main = (inside.isEmpty ? components : inside).max(by: { $0.count < $1.count })
    else { return nil }
    var cluster = main
    let reach = joinDistance * Double(main.maxY - main.minY + 1)
    var remaining = components.filter { $0 != main }
    func onTheLine(_ part: Component) -> Bool {
      !touches(part) || inside.isEmpty
        || (part.minY >= cluster.minY - Int(reach) && part.maxY <= cluster.maxY + Int(reach))
    }
    var grew = true
    while grew {
      grew = false
      remaining.removeAll { part in
        guard cluster.distance(to: part) <= reach, onTheLine(part) else { return false }
        cluster = cluster.union(part)
        grew = true
        return true
      }
    }
    // The side of a value's glyph set flush against its border lies along the edge, as thin
    // as a ruling fragment, and was dropped as one: the `0`s of stress 9772:102 (240 dpi
    // bilevel, threshold 139), broken at top and bottom, kept only their `(`, which the digits
    // engine read as nothing (22 cells) or `1`. A stroke along the edge on the value's line,
    // within its reach, is part of it.
    for stroke in strokes
    where cluster.distance(to: stroke) <= reach && stroke.minY >= cluster.minY - Int(reach)
      && stroke.maxY <= cluster.maxY + Int(reach)
    {
      cluster = cluster.union(stroke)
    }
    var found = box(of: cluster, x0: x0, y0: y0, scale: scale)
    // A value set flush against its border runs into the inset margin: `0` cut there reads as
    // `C`, which the digits engine cannot read (stress 9754:90, a browser's right-aligned values
    // without padding: 33 cells). Its ink is followed out to the border: the first column
    // inked along the value's whole height, or along the rows above and below it, where no
    // digit is. A bilevel scan fuses a `0`'s side into a border tilted by a residual skew, and
    // the border's first columns, inked on only part of the value's rows, were taken for the
    // digit's: the `0` read as nothing (9773:46, 200 dpi, threshold 166: 8 cells).
    let rows = (y0 + cluster.minY)...(y0 + cluster.maxY)
    let tall = rows.count
    let beside =
      Array(max(y0, rows.lowerBound - tall)..<rows.lowerBound)
      + Array((rows.upperBound + 1)..<min(y0 + height, rows.upperBound + 1 + tall))
    let limit = Int((rulingThickness * scale).rounded()) + Int((inset * scale).rounded())
    if cluster.maxX == width - 1 {
      let x = lastBeforeBorder(
        in: image, from: x0 + cluster.maxX, step: 1, rows: rows, beside: beside, limit: limit)
      found.maxX = Double(x + 1) / scale
    }
    if cluster.minX == 0 {
      let x = lastBeforeBorder(
        in: image, from: x0, step: -1, rows: rows, beside: beside, limit: limit)
      found.minX = Double(x) / scale
    }
    return Value(box: found, againstBorder: false)
  }

  /// The last pixel column from `start` stepping by `step`, at most `limit` columns, before the
  /// cell's border or a column with no ink in the value's `rows`.
  ///
  /// The border is a column inked on `borderShare` of `rows` or on `borderShareBesideValue` of
  /// the rows `beside` the value (above and below it).
  private func lastBeforeBorder(
    in image: PageImage, from start: Int, step: Int, rows: ClosedRange<Int>, beside: [Int],
    limit: Int
  ) -> Int {
    func isInk(_ x: Int, _ y: Int) -> Bool {
      image.pixels[(y * image.width + x) * image.channels] < 128
    }
    var last = start
    var x = start + step
    while abs(x - start) <= limit, x >= 0, x < image.width {
      let inked = rows.filter { isInk(x, $0) }.count
      let inkedBeside = beside.filter { isInk(x, $0) }.count
      guard inked > 0, Double(inked) < borderShare * Double(rows.count),
        beside.isEmpty || Double(inkedBeside) < borderShareBesideValue * Double(beside.count)
      else { break }
      last = x
      x += step
    }
    return last
  }

  /// A component's box in points, from its pixels in the inset cell at (`x0`, `y0`).
  private func box(of part: Component, x0: Int, y0: Int, scale: Double) -> Box {
    Box(
      minX: Double(x0 + part.minX) / scale, minY: Double(y0 + part.minY) / scale,
      maxX: Double(x0 + part.maxX + 1) / scale, maxY: Double(y0 + part.maxY + 1) / scale)
  }

  /// A connected set of ink pixels: its bounding box and size.
  struct Component: Equatable {
    var minX: Int
    var minY: Int
    var maxX: Int
    var maxY: Int
    var count: Int

    /// The gap between the two bounding boxes in pixels (0 when they overlap), the larger axis.
    func distance(to other: Component) -> Double {
      let dx = max(0, max(other.minX - maxX, minX - other.maxX))
      let dy = max(0, max(other.minY - maxY, minY - other.maxY))
      return Double(max(dx, dy))
    }

    func union(_ other: Component) -> Component {
      Component(
        minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX),
        maxY: max(maxY, other.maxY), count: count + other.count)
    }
  }

  /// The 8-connected components of `ink`.
  static func components(_ ink: [Bool], width: Int, height: Int) -> [Component] {
    var seen = [Bool](repeating: false, count: ink.count)
    var result: [Component] = []
    var stack: [Int] = []
    for start in ink.indices where ink[start] && !seen[start] {
      seen[start] = true
      stack.append(start)
      var part = Component(
        minX: start % width, minY: start / width, maxX: start % width, maxY: start / width, count: 0
      )
      while let index = stack.popLast() {
        let x = index % width
        let y = index / width
        part.count += 1
        part.minX = min(part.minX, x)
        part.maxX = max(part.maxX, x)
        part.minY = min(part.minY, y)
        part.maxY = max(part.maxY, y)
        for dy in -1...1 {
          for dx in -1...1 {
            let nx = x + dx
            let ny = y + dy
            guard nx >= 0, nx < width, ny >= 0, ny < height else { continue }
            let next = ny * width + nx
            if ink[next] && !seen[next] {
              seen[next] = true
              stack.append(next)
            }
          }
        }
      }
      result.append(part)
    }
    return result
  }
}
