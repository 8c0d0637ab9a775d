import DocumentModel

/// Runs a content stream's path and colour operators and collects the axis-aligned lines it
/// paints in ink (PDF 32000-1 §8.4–8.6), following form XObjects.
///
/// Text, images, shadings and clipping are not drawn; images are only measured, so the caller
/// can tell a page whose table borders may be part of a picture.
struct ContentInterpreter {
  var settings: VectorSettings
  /// Applied while painting: the ink luminance and the thickest line.
  var cleanup: RulingCleanupSettings
  private(set) var lines: [Ruling] = []
  /// The area painted by images, in squared output units.
  private(set) var imageArea = 0.0
  /// How many fills in ink paint something other than lines: glyphs drawn as outlines, the
  /// shapes of a drawing, cell shading.
  private(set) var filledShapes = 0
  private var operatorCount = 0

  init(settings: VectorSettings, cleanup: RulingCleanupSettings) {
    self.settings = settings
    self.cleanup = cleanup
  }

  enum Failure: Error { case operatorBudgetExceeded }

  /// Interprets `content` with `transform` as the initial CTM.
  mutating func run(
    _ content: [UInt8], transform: TransformMatrix, resources: any XObjectResolver, depth: Int = 0
  ) throws(Failure) {
    var lexer = ContentLexer(content)
    var state = GraphicsState()
    state.transform = transform
    var stack: [GraphicsState] = []
    var operands: [ContentToken] = []
    var path: [[(x: Double, y: Double)]] = []
    var closed: [Bool] = []

    // The last `count` operands as numbers, in a buffer reused for every operator.
    var values: [Double] = []
    values.reserveCapacity(8)
    func numbers(_ count: Int) -> Bool {
      values.removeAll(keepingCapacity: true)
      guard operands.count >= count else { return false }
      for token in operands[(operands.count - count)...] {
        guard case .number(let value) = token else { return false }
        values.append(value)
      }
      return true
    }
    // All operands as a colour; none when one is a pattern name (treated as ink).
    func colourOperands() -> [Double] {
      values.removeAll(keepingCapacity: true)
      for token in operands {
        guard case .number(let value) = token else { return [] }
        values.append(value)
      }
      return values
    }

    while let token = lexer.next() {
      guard case .operatorName(let op) = token else {
        operands.append(token)
        if operands.count > 64 { operands.removeFirst(operands.count - 64) }
        continue
      }
      operatorCount += 1
      if operatorCount > settings.operatorBudget { throw .operatorBudgetExceeded }
      defer { operands.removeAll(keepingCapacity: true) }
      switch op {
      case .save:
        if stack.count < 256 { stack.append(state) }
      case .restore:
        if let saved = stack.popLast() { state = saved }
      case .concatenate:
        if numbers(6) {
          let m = values
          state.transform = TransformMatrix(m[0], m[1], m[2], m[3], m[4], m[5]).then(
            state.transform)
        }
      case .lineWidth:
        if numbers(1) { state.lineWidth = abs(values[0]) }
      case .fillGray: if numbers(1) { state.fillLuminance = values[0] }
      case .strokeGray: if numbers(1) { state.strokeLuminance = values[0] }
      case .fillRGB: if numbers(3) { state.fillLuminance = GraphicsState.luminance(values) }
      case .strokeRGB: if numbers(3) { state.strokeLuminance = GraphicsState.luminance(values) }
      case .fillCMYK: if numbers(4) { state.fillLuminance = GraphicsState.luminance(values) }
      case .strokeCMYK: if numbers(4) { state.strokeLuminance = GraphicsState.luminance(values) }
      case .fillSpace: state.fillLuminance = 0
      case .strokeSpace: state.strokeLuminance = 0
      case .fillColour, .fillColourN:
        state.fillLuminance = GraphicsState.luminance(colourOperands())
      case .strokeColour, .strokeColourN:
        state.strokeLuminance = GraphicsState.luminance(colourOperands())
      case .moveTo:
        if numbers(2) {
          path.append([state.transform.apply(values[0], values[1])])
          closed.append(false)
        }
      case .lineTo:
        if numbers(2), !path.isEmpty {
          path[path.count - 1].append(state.transform.apply(values[0], values[1]))
        }
      case .curveTo, .curveV, .curveY:
        // A curve's end point keeps the subpath going; the curve itself is never a ruling, so
        // it breaks straightness by starting a fresh subpath there.
        let count = op == .curveTo ? 6 : 4
        if numbers(count) {
          path.append([state.transform.apply(values[count - 2], values[count - 1])])
          closed.append(false)
        }
      case .rectangle:
        if numbers(4) {
          let t = state.transform
          let (x, y, width, height) = (values[0], values[1], values[2], values[3])
          path.append([
            t.apply(x, y), t.apply(x + width, y), t.apply(x + width, y + height),
            t.apply(x, y + height),
          ])
          closed.append(true)
        }
      case .closePath:
        if !closed.isEmpty { closed[closed.count - 1] = true }
      case .stroke, .closeStroke, .fill, .fillOld, .fillEvenOdd, .fillStroke, .fillStrokeEvenOdd,
        .closeFillStroke, .closeFillStrokeEvenOdd, .endPath:
        if op == .closeStroke || op == .closeFillStroke || op == .closeFillStrokeEvenOdd,
          !closed.isEmpty
        {
          closed[closed.count - 1] = true
        }
        let strokes =
          op == .stroke || op == .closeStroke || op == .fillStroke || op == .fillStrokeEvenOdd
          || op == .closeFillStroke || op == .closeFillStrokeEvenOdd
        let fills = op != .stroke && op != .closeStroke && op != .endPath
        if fills && state.fillLuminance <= cleanup.inkLuminance {
          var allLines = true
          for subpath in path {
            if !addFilled(subpath) { allLines = false }
          }
          if !allLines && !path.isEmpty { filledShapes += 1 }
        }
        if strokes && state.strokeLuminance <= cleanup.inkLuminance {
          let width = state.lineWidth * state.transform.scale
          for (subpath, isClosed) in zip(path, closed) {
            addStroked(subpath, closed: isClosed, width: width)
          }
        }
        path.removeAll(keepingCapacity: true)
        closed.removeAll(keepingCapacity: true)
      case .paintXObject:
        guard case .name(let range)? = operands.last else { break }
        switch resources.xobject(named: lexer.name(range)) {
        case .form(let content, let matrix, let formResources):
          guard depth < settings.maximumFormDepth else { break }
          try run(
            content, transform: matrix.then(state.transform), resources: formResources,
            depth: depth + 1)
        case .image:
          imageArea += state.transform.scale * state.transform.scale
        case .missing:
          break
        }
      default:
        break
      }
    }
  }

  /// A filled subpath is a line when its bounding box is thin and axis-aligned.
  ///
  /// - Returns: Whether it was one.
  @discardableResult
  private mutating func addFilled(_ points: [(x: Double, y: Double)]) -> Bool {
    guard points.count >= 2 else { return false }
    let xs = points.map(\.x), ys = points.map(\.y)
    guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else {
      return false
    }
    let width = maxX - minX, height = maxY - minY
    if height <= cleanup.maximumThickness && width > height {
      lines.append(Ruling(axis: .horizontal, position: (minY + maxY) / 2, start: minX, end: maxX))
      return true
    } else if width <= cleanup.maximumThickness && height > width {
      lines.append(Ruling(axis: .vertical, position: (minX + maxX) / 2, start: minY, end: maxY))
      return true
    }
    return false
  }

  /// Each straight, axis-aligned edge of a stroked subpath is a line as thick as the pen.
  private mutating func addStroked(_ points: [(x: Double, y: Double)], closed: Bool, width: Double)
  {
    guard width <= cleanup.maximumThickness, points.count >= 2 else { return }
    var edges = Array(zip(points, points.dropFirst()))
    if closed, let first = points.first, let last = points.last { edges.append((last, first)) }
    let tolerance = settings.axisTolerance
    for (from, to) in edges {
      let dx = abs(to.x - from.x), dy = abs(to.y - from.y)
      if dy <= tolerance && dx > dy {
        lines.append(
          Ruling(
            axis: .horizontal, position: (from.y + to.y) / 2, start: min(from.x, to.x),
            end: max(from.x, to.x)))
      } else if dx <= tolerance && dy > dx {
        lines.append(
          Ruling(
            axis: .vertical, position: (from.x + to.x) / 2, start: min(from.y, to.y),
            end: max(from.y, to.y)))
      }
    }
  }
}
