import CLeptonica
import DocumentModel

/// Finds the ruling lines of tables in a page image with leptonica morphology.
///
/// Steps: threshold to 1 bpp; per axis, close breaks shorter than `bridgedGap`, open with a brick
/// `minimumLength` long and 1 px thick (only long straight runs survive), take connected
/// components as segments and drop those too thick to be lines; a second opening with a brick
/// `connectedMinimumLength` long gives the short pieces that may be borders. `RulingCleaner` then
/// merges collinear pieces and keeps the short ones that meet long rulings at both ends.
/// Works on vector renders at 100–300 dpi and on deskewed 300 dpi scans.
///
/// The DWA morphology calls give the same output as `pixOpenBrick`/`pixCloseBrick` (24 + 15
/// rulings on hongze-2023 p. 3 either way) for much less CPU (docs/performance.md); leptonica
/// decomposes bricks longer than its precompiled 63 px itself.
public struct RulingDetector: Sendable {
  public var settings: RulingSettings
  /// What makes ink a ruling: shared with the page-drawing reader, so both give the same grid.
  public var cleanup: RulingCleanupSettings

  public init(
    settings: RulingSettings = RulingSettings(),
    cleanup: RulingCleanupSettings = RulingCleanupSettings()
  ) {
    self.settings = settings
    self.cleanup = cleanup
  }

  /// The ruling lines in the image, in points, origin top-left.
  ///
  /// - Parameter image: A gray or RGB page image; its `dpi` converts pixels to points.
  /// - Returns: Horizontal rulings sorted by y then x, followed by vertical rulings sorted by x
  ///   then y; empty when leptonica cannot process the image.
  /// - Complexity: Linear in the pixel count (a few full-image morphology passes).
  public func rulings(in image: PageImage) -> [Ruling] {
    rulings(in: [image])
  }

  /// The ruling lines found in several images of one page (a scan binarized two ways), cleaned
  /// together once: a ruling broken in one image and whole in the other comes out whole.
  ///
  /// - Parameter images: Images of the same page, each with its own `dpi`.
  /// - Returns: As `rulings(in:)` for one image.
  public func rulings(in images: [PageImage]) -> [Ruling] {
    found(in: images).rulings
  }

  /// What the detector found on one page.
  public struct Found: Sendable {
    /// The cleaned rulings, as `rulings(in:)` returns them.
    public var rulings: [Ruling]
    /// The dashed borders among the raw lines, before cleaning, each as its dashes' band: the
    /// dashes a page's OCR should not see (`PageImage.whitened(alongs:)`).
    public var dashed: [Ruling]
  }

  /// The rulings of several images of one page, as `rulings(in:)`, and the dashed borders
  /// among them.
  ///
  /// - Parameter images: Images of the same page, each with its own `dpi`.
  /// - Returns: The cleaned rulings and the raw dashed lines.
  public func found(in images: [PageImage]) -> Found {
    var lines: [Ruling] = []
    var dashed: [Ruling] = []
    var strokes: [Ruling] = []
    for image in images {
      let darkness = Int32((cleanup.inkLuminance * 255).rounded())
      guard let gray = LeptonicaImage.gray(image),
        let binary = LeptonicaImage(taking: pixThresholdToBinary(gray.pix, darkness))
      else { continue }
      let pixelsPerPoint = image.dpi / 72
      var imageLines: [Ruling] = []
      var imageStrokes: [Ruling] = []
      for axis in [Ruling.Axis.horizontal, .vertical] {
        guard let bridged = bridged(binary, axis: axis, pixelsPerPoint: pixelsPerPoint) else {
          continue
        }
        imageLines += segments(
          in: bridged, axis: axis, length: cleanup.minimumLength, pixelsPerPoint: pixelsPerPoint)
        // Short pieces come from a second, shorter opening; the cleaner never merges them with
        // each other, so aligned glyph strokes cannot add up to a long ruling.
        imageStrokes += segments(
          in: bridged, axis: axis, length: cleanup.connectedMinimumLength,
          pixelsPerPoint: pixelsPerPoint)
      }
      if image.dpi >= settings.dashMinimumDPI {
        dashed += dashedLines(in: binary, pixelsPerPoint: pixelsPerPoint)
      }
      lines += imageLines
      strokes += freeStanding(imageStrokes, crossers: imageLines + dashed, in: image)
    }
    return Found(
      rulings: RulingCleaner(settings: cleanup).cleaned(lines + dashed, strokes: strokes),
      dashed: dashed)
  }

  /// The short pieces that stand free of glyphs (`GlyphStrokeFilter`).
  ///
  /// Only images of at least `dashMinimumDPI` are judged: scans, cleaned at 300 dpi. A text
  /// page rendered for its rulings at 72 dpi breaks its glyphs into strokes a pixel or two wide
  /// that no longer show what grows out of them, and keeps its strokes as they are.
  private func freeStanding(_ strokes: [Ruling], crossers: [Ruling], in image: PageImage)
    -> [Ruling]
  {
    guard image.dpi >= settings.dashMinimumDPI else { return strokes }
    let filter = GlyphStrokeFilter(
      settings: settings.strokes, darkness: UInt8((cleanup.inkLuminance * 255).rounded()),
      maximumThickness: cleanup.maximumThickness)
    return strokes.filter { stroke in
      // Only a piece short enough to need both its ends met is judged; a longer one stands
      // on its length.
      stroke.length >= cleanup.minimumLength
        || filter.standsFree(
          stroke, crossers: crossers.filter { $0.axis != stroke.axis }, in: image)
    }
  }

  /// The borders drawn dashed, from the thin ink components in line (`DashChain`).
  ///
  /// A dash is a whole ink component, thin across the axis and at least `dashMinimumLength`
  /// along it, taken by its box: a dash deskewed from a tilted bilevel scan is a staircase whose
  /// straight steps are shorter than the dash (9741:28, 300 dpi, 1.8°: 3.6 pt dashes in two or
  /// three steps), which an opening along the axis erases. Where a dash crosses a border of the
  /// other axis, the crossing is one component too thick to be a dash; each axis is opened with
  /// a brick `dashMinimumLength` long to keep that component's stroke along the axis, a dash
  /// that is no whole component.
  private func dashedLines(in binary: LeptonicaImage, pixelsPerPoint: Double) -> [Ruling] {
    let length = max(2, Int((settings.dashMinimumLength * pixelsPerPoint).rounded()))
    let thickness = settings.dashMaximumThickness * pixelsPerPoint
    var rulings: [Ruling] = []
    let whole = Self.boxes(in: binary)
    for axis in [Ruling.Axis.horizontal, .vertical] {
      let isHorizontal = axis == .horizontal
      func dash(_ box: PixelRect, isWhole: Bool) -> DashChain.Dash? {
        let (along, across, start, offset) =
          isHorizontal
          ? (Double(box.width), Double(box.height), Double(box.x), Double(box.y))
          : (Double(box.height), Double(box.width), Double(box.y), Double(box.x))
        guard across <= thickness, along >= Double(length),
          along >= settings.dashMinimumAspect * across
        else { return nil }
        return DashChain.Dash(
          line: Ruling(
            axis: axis, position: (offset + across / 2) / pixelsPerPoint,
            start: start / pixelsPerPoint, end: (start + along) / pixelsPerPoint),
          isWhole: isWhole)
      }
      var dashes: [DashChain.Dash] = []
      var dashBoxes: [PixelRect] = []
      for box in whole {
        guard let found = dash(box, isWhole: true) else { continue }
        dashes.append(found)
        dashBoxes.append(box)
      }
      if let opened = LeptonicaImage(
        taking: isHorizontal
          ? pixOpenBrickDwa(nil, binary.pix, Int32(length), 1)
          : pixOpenBrickDwa(nil, binary.pix, 1, Int32(length)))
      {
        // A piece of a dash already taken whole is no second dash (a staircase dash opens to
        // one of its steps, which would halve the chain's share of whole dashes).
        dashes += Self.boxes(in: opened)
          .filter { piece in !dashBoxes.contains { Self.encloses($0, piece) } }
          .compactMap { dash($0, isWhole: false) }
      }
      rulings += DashChain.rulings(from: dashes, settings: settings.dashes)
    }
    return rulings
  }

  /// Whether `inner` lies within `outer`, give or take a pixel on every side.
  private static func encloses(_ outer: PixelRect, _ inner: PixelRect) -> Bool {
    inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.maxX <= outer.maxX + 1
      && inner.maxY <= outer.maxY + 1
  }

  /// The bounding boxes of the image's 8-connected ink components, in pixels.
  private static func boxes(in image: LeptonicaImage) -> Set<PixelRect> {
    var owned = pixConnCompBB(image.pix, 8)
    defer { boxaDestroy(&owned) }
    guard let boxes = owned else { return [] }
    var result: Set<PixelRect> = []
    for index in 0..<Int(boxaGetCount(boxes)) {
      var x: Int32 = 0
      var y: Int32 = 0
      var width: Int32 = 0
      var height: Int32 = 0
      guard boxaGetBoxGeometry(boxes, Int32(index), &x, &y, &width, &height) == 0 else { continue }
      result.insert(PixelRect(x: Int(x), y: Int(y), width: Int(width), height: Int(height)))
    }
    return result
  }

  /// The binary image with gaps along `axis` up to `bridgedGap` closed and widened across it by
  /// `sidewaysTolerance`, ready for the openings of `segments(in:axis:length:pixelsPerPoint:)`.
  private func bridged(_ binary: LeptonicaImage, axis: Ruling.Axis, pixelsPerPoint: Double)
    -> LeptonicaImage?
  {
    let gap = max(1, Int((settings.bridgedGap * pixelsPerPoint).rounded()))
    let isHorizontal = axis == .horizontal
    // A 1-wide brick is the identity, so closing is skipped at low dpi.
    let bridged =
      gap > 1
      ? LeptonicaImage(
        taking: isHorizontal
          ? pixCloseBrickDwa(nil, binary.pix, Int32(gap), 1)
          : pixCloseBrickDwa(nil, binary.pix, 1, Int32(gap)))
      : binary
    let side = 2 * Int((settings.sidewaysTolerance * pixelsPerPoint).rounded()) + 1
    guard side > 1 else { return bridged }
    return bridged.flatMap {
      LeptonicaImage(
        taking: isHorizontal
          ? pixDilateBrickDwa(nil, $0.pix, 1, Int32(side))
          : pixDilateBrickDwa(nil, $0.pix, Int32(side), 1))
    }
  }

  /// The raw line segments along one axis of a `bridged(_:axis:pixelsPerPoint:)` image, in
  /// points, before cleaning.
  private func segments(
    in widened: LeptonicaImage, axis: Ruling.Axis, length minimum: Double, pixelsPerPoint: Double
  ) -> [Ruling] {
    let length = max(2, Int((minimum * pixelsPerPoint).rounded()))
    let isHorizontal = axis == .horizontal
    guard
      let opened = LeptonicaImage(
        taking: isHorizontal
          ? pixOpenBrickDwa(nil, widened.pix, Int32(length), 1)
          : pixOpenBrickDwa(nil, widened.pix, 1, Int32(length)))
    else { return [] }
    var owned = pixConnCompBB(opened.pix, 8)
    defer { boxaDestroy(&owned) }
    guard let boxes = owned else { return [] }

    let pointsPerPixel = 1 / pixelsPerPoint
    let thickness = cleanup.maximumThickness * pixelsPerPoint
    // Small-angle tangent: within 0.01% below 2°.
    let slope = settings.maximumSkew * .pi / 180
    let count = Int(boxaGetCount(boxes))
    var segments: [Ruling] = []
    segments.reserveCapacity(count)
    for index in 0..<count {
      var x: Int32 = 0
      var y: Int32 = 0
      var width: Int32 = 0
      var height: Int32 = 0
      guard boxaGetBoxGeometry(boxes, Int32(index), &x, &y, &width, &height) == 0 else { continue }
      let (along, across, start, offset) =
        isHorizontal
        ? (Double(width), Double(height), Double(x), Double(y))
        : (Double(height), Double(width), Double(y), Double(x))
      guard along >= Double(length), across <= thickness + along * slope else { continue }
      segments.append(
        Ruling(
          axis: axis, position: (offset + across / 2) * pointsPerPixel,
          start: start * pointsPerPixel, end: (start + along) * pointsPerPixel))
    }
    return segments
  }
}
