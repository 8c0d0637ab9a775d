import DocumentModel

/// Reads a page's table rulings from its vector drawing instead of a render.
///
/// The lines a content stream strokes or fills thinly in ink are joined where collinear pieces
/// touch, then kept by the same rules as the raster detector: long lines, and shorter ones only
/// when both ends meet a long perpendicular line. Reading the drawing is much cheaper than
/// rendering the page (docs/performance.md), and gives exact positions.
public struct VectorRulingReader: Sendable {
  public var settings: VectorSettings

  public init(settings: VectorSettings = VectorSettings()) {
    self.settings = settings
  }

  /// What a page's drawing gives.
  public struct Result: Sendable, Equatable {
    /// Horizontal rulings by position then start, then vertical ones.
    public var rulings: [Ruling]
    /// The area covered by images, in squared points: borders inside a picture are not seen,
    /// so a caller may prefer a render where this is large.
    public var imageArea: Double
  }

  /// The rulings of a page.
  ///
  /// - Parameters:
  ///   - content: The page's decoded content streams, concatenated.
  ///   - transform: Maps PDF user space to the output coordinates (points, origin top-left).
  ///   - resources: Resolves the page's XObject names.
  /// - Returns: nil when the content is too large to interpret within `settings.operatorBudget`.
  public func read(
    _ content: [UInt8], transform: TransformMatrix, resources: any XObjectResolver
  ) -> Result? {
    var interpreter = ContentInterpreter(settings: settings)
    do {
      try interpreter.run(content, transform: transform, resources: resources)
    } catch {
      return nil
    }
    let horizontal = joined(interpreter.lines.filter { $0.axis == .horizontal })
    let vertical = joined(interpreter.lines.filter { $0.axis == .vertical })
    let longHorizontal = horizontal.filter { $0.length >= settings.minimumLength }
    let longVertical = vertical.filter { $0.length >= settings.minimumLength }
    let rulings =
      (longHorizontal + horizontal.filter { isConnectedShort($0, across: longVertical) })
      .map(\.ruling).sorted { ($0.position, $0.start) < ($1.position, $1.start) }
      + (longVertical + vertical.filter { isConnectedShort($0, across: longHorizontal) })
      .map(\.ruling).sorted { ($0.position, $0.start) < ($1.position, $1.start) }
    return Result(rulings: rulings, imageArea: interpreter.imageArea)
  }

  /// A line shorter than the minimum whose two ends each meet a long perpendicular line.
  private func isConnectedShort(_ line: PaintedLine, across others: [PaintedLine]) -> Bool {
    guard line.length < settings.minimumLength, line.length >= settings.connectedMinimumLength
    else { return false }
    let tolerance = settings.connectionTolerance
    func meets(_ end: Double) -> Bool {
      others.contains {
        abs($0.position - end) <= tolerance + $0.thickness / 2
          && line.position >= $0.start - tolerance && line.position <= $0.end + tolerance
      }
    }
    return meets(line.start) && meets(line.end)
  }

  /// Collinear pieces joined: sorted by position, grouped within the snap tolerance, then
  /// chained along the axis while gaps stay within `joinGap`.
  private func joined(_ lines: [PaintedLine]) -> [PaintedLine] {
    var groups: [[PaintedLine]] = []
    for line in lines.sorted(by: { $0.position < $1.position }) {
      if let last = groups.last?.last, line.position - last.position <= settings.snapTolerance {
        groups[groups.count - 1].append(line)
      } else {
        groups.append([line])
      }
    }
    var result: [PaintedLine] = []
    for group in groups {
      var current: PaintedLine? = nil
      var weight = 0.0
      var weightedPosition = 0.0
      for line in group.sorted(by: { $0.start < $1.start }) {
        let lineWeight = max(line.length, 0.01)
        if var open = current, line.start <= open.end + settings.joinGap {
          open.end = max(open.end, line.end)
          open.thickness = max(open.thickness, line.thickness)
          weight += lineWeight
          weightedPosition += line.position * lineWeight
          open.position = weightedPosition / weight
          current = open
        } else {
          if let open = current { result.append(open) }
          current = line
          weight = lineWeight
          weightedPosition = line.position * lineWeight
        }
      }
      if let open = current { result.append(open) }
    }
    return result
  }
}
