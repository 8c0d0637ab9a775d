import DocumentModel

/// Runs a content stream's path and colour operators and collects the axis-aligned lines it
/// paints in ink (PDF 32000-1 §8.4–8.6), following form XObjects.
///
/// Text, images, shadings and clipping are not drawn; images are only measured, so the caller
/// can tell a page whose table borders may be part of a picture.
struct ContentInterpreter {
  var settings: VectorSettings
  private(set) var lines: [PaintedLine] = []
  /// The area painted by images, in squared output units.
  private(set) var imageArea = 0.0
  private var operatorCount = 0

  init(settings: VectorSettings) { self.settings = settings }

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

    func numbers(_ count: Int) -> [Double]? {
      guard operands.count >= count else { return nil }
      var values: [Double] = []
      for token in operands.suffix(count) {
        guard case .number(let value) = token else { return nil }
        values.append(value)
      }
      return values
    }
    func colourOperands() -> [Double] {
      var values: [Double] = []
      for token in operands {
        switch token {
        case .number(let value): values.append(value)
        default: return []  // a pattern name: treated as ink
        }
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
      case "q":
        if stack.count < 256 { stack.append(state) }
      case "Q":
        if let saved = stack.popLast() { state = saved }
      case "cm":
        if let m = numbers(6) {
          state.transform = TransformMatrix(m[0], m[1], m[2], m[3], m[4], m[5]).then(state.transform)
        }
      case "w":
        if let w = numbers(1) { state.lineWidth = abs(w[0]) }
      case "g": if let v = numbers(1) { state.fillLuminance = v[0] }
      case "G": if let v = numbers(1) { state.strokeLuminance = v[0] }
      case "rg": if let v = numbers(3) { state.fillLuminance = GraphicsState.luminance(v) }
      case "RG": if let v = numbers(3) { state.strokeLuminance = GraphicsState.luminance(v) }
      case "k": if let v = numbers(4) { state.fillLuminance = GraphicsState.luminance(v) }
      case "K": if let v = numbers(4) { state.strokeLuminance = GraphicsState.luminance(v) }
      case "cs": state.fillLuminance = 0
      case "CS": state.strokeLuminance = 0
      case "sc", "scn": state.fillLuminance = GraphicsState.luminance(colourOperands())
      case "SC", "SCN": state.strokeLuminance = GraphicsState.luminance(colourOperands())
      case "m":
        if let p = numbers(2) {
          path.append([state.transform.apply(p[0], p[1])])
          closed.append(false)
        }
      case "l":
        if let p = numbers(2), !path.isEmpty { path[path.count - 1].append(state.transform.apply(p[0], p[1])) }
      case "c", "v", "y":
        // A curve's end point keeps the subpath going; the curve itself is never a ruling, so
        // it breaks straightness by starting a fresh subpath there.
        let count = op == "c" ? 6 : 4
        if let p = numbers(count) {
          path.append([state.transform.apply(p[count - 2], p[count - 1])])
          closed.append(false)
        }
      case "re":
        if let r = numbers(4) {
          let t = state.transform
          path.append([
            t.apply(r[0], r[1]), t.apply(r[0] + r[2], r[1]), t.apply(r[0] + r[2], r[1] + r[3]),
            t.apply(r[0], r[1] + r[3]),
          ])
          closed.append(true)
        }
      case "h":
        if !closed.isEmpty { closed[closed.count - 1] = true }
      case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n":
        if op == "s" || op == "b" || op == "b*", !closed.isEmpty { closed[closed.count - 1] = true }
        let strokes = ["S", "s", "B", "B*", "b", "b*"].contains(op)
        let fills = ["f", "F", "f*", "B", "B*", "b", "b*"].contains(op)
        if fills && state.fillLuminance <= settings.inkLuminance {
          for subpath in path { addFilled(subpath) }
        }
        if strokes && state.strokeLuminance <= settings.inkLuminance {
          let width = state.lineWidth * state.transform.scale
          for (subpath, isClosed) in zip(path, closed) { addStroked(subpath, closed: isClosed, width: width) }
        }
        path.removeAll(keepingCapacity: true)
        closed.removeAll(keepingCapacity: true)
      case "Do":
        guard case .name(let name)? = operands.last else { break }
        switch resources.xobject(named: name) {
        case .form(let content, let matrix, let formResources):
          guard depth < settings.maximumFormDepth else { break }
          try run(content, transform: matrix.then(state.transform), resources: formResources, depth: depth + 1)
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
  private mutating func addFilled(_ points: [(x: Double, y: Double)]) {
    guard points.count >= 2 else { return }
    let xs = points.map(\.x), ys = points.map(\.y)
    guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else {
      return
    }
    let width = maxX - minX, height = maxY - minY
    if height <= settings.maximumThickness && width > height {
      lines.append(
        PaintedLine(axis: .horizontal, position: (minY + maxY) / 2, start: minX, end: maxX, thickness: height))
    } else if width <= settings.maximumThickness && height > width {
      lines.append(
        PaintedLine(axis: .vertical, position: (minX + maxX) / 2, start: minY, end: maxY, thickness: width))
    }
  }

  /// Each straight, axis-aligned edge of a stroked subpath is a line as thick as the pen.
  private mutating func addStroked(_ points: [(x: Double, y: Double)], closed: Bool, width: Double) {
    guard width <= settings.maximumThickness, points.count >= 2 else { return }
    var edges = Array(zip(points, points.dropFirst()))
    if closed, let first = points.first, let last = points.last { edges.append((last, first)) }
    let tolerance = settings.axisTolerance
    for (from, to) in edges {
      let dx = abs(to.x - from.x), dy = abs(to.y - from.y)
      if dy <= tolerance && dx > dy {
        lines.append(
          PaintedLine(
            axis: .horizontal, position: (from.y + to.y) / 2, start: min(from.x, to.x),
            end: max(from.x, to.x), thickness: width))
      } else if dx <= tolerance && dy > dx {
        lines.append(
          PaintedLine(
            axis: .vertical, position: (from.x + to.x) / 2, start: min(from.y, to.y),
            end: max(from.y, to.y), thickness: width))
      }
    }
  }
}
