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
    var lines: [Ruling] = []
    var strokes: [Ruling] = []
    for image in images {
      let darkness = Int32((cleanup.inkLuminance * 255).rounded())
      guard let gray = LeptonicaImage.gray(image),
        let binary = LeptonicaImage(taking: pixThresholdToBinary(gray.pix, darkness))
      else { continue }
      let pixelsPerPoint = image.dpi / 72
      for axis in [Ruling.Axis.horizontal, .vertical] {
        lines += segments(
          in: binary, axis: axis, length: cleanup.minimumLength, pixelsPerPoint: pixelsPerPoint)
        // Short pieces come from a second, shorter opening; the cleaner never merges them with
        // each other, so aligned glyph strokes cannot add up to a long ruling.
        strokes += segments(
          in: binary, axis: axis, length: cleanup.connectedMinimumLength,
          pixelsPerPoint: pixelsPerPoint)
      }
      if image.dpi >= settings.dashMinimumDPI {
        lines += dashedLines(in: binary, pixelsPerPoint: pixelsPerPoint)
      }
    }
    return RulingCleaner(settings: cleanup).cleaned(lines, strokes: strokes)
  }

  /// The borders drawn dashed, from the thin ink components in line (`DashChain`).
  ///
  /// Each axis is opened with a brick `dashMinimumLength` long first: where a dash crosses a
  /// border of the other axis, the crossing is one component, too thick to be a dash, but its
  /// stroke along the axis stays.
  private func dashedLines(in binary: LeptonicaImage, pixelsPerPoint: Double) -> [Ruling] {
    let length = max(2, Int((settings.dashMinimumLength * pixelsPerPoint).rounded()))
    let thickness = settings.dashMaximumThickness * pixelsPerPoint
    var rulings: [Ruling] = []
    let whole = Self.boxes(in: binary)
    for axis in [Ruling.Axis.horizontal, .vertical] {
      let isHorizontal = axis == .horizontal
      guard
        let opened = LeptonicaImage(
          taking: isHorizontal
            ? pixOpenBrickDwa(nil, binary.pix, Int32(length), 1)
            : pixOpenBrickDwa(nil, binary.pix, 1, Int32(length)))
      else { continue }
      var dashes: [DashChain.Dash] = []
      for box in Self.boxes(in: opened) {
        let (along, across, start, offset) =
          isHorizontal
          ? (Double(box.width), Double(box.height), Double(box.x), Double(box.y))
          : (Double(box.height), Double(box.width), Double(box.y), Double(box.x))
        guard across <= thickness else { continue }
        dashes.append(
          DashChain.Dash(
            line: Ruling(
              axis: axis, position: (offset + across / 2) / pixelsPerPoint,
              start: start / pixelsPerPoint, end: (start + along) / pixelsPerPoint),
            isWhole: Self.isWhole(box, among: whole)))
      }
      rulings += DashChain.rulings(from: dashes, settings: settings.dashes)
    }
    return rulings
  }

  /// Whether `piece` (of an opened image) is a whole component of the image it was opened
  /// from: a component's box within a pixel on every side (the opening trims ragged ends).
  private static func isWhole(_ piece: PixelRect, among components: Set<PixelRect>) -> Bool {
    for dx in -1...1 {
      for dy in -1...1 {
        for dw in -2...2 {
          for dh in -2...2
          where components.contains(
            PixelRect(
              x: piece.x + dx, y: piece.y + dy, width: piece.width + dw, height: piece.height + dh))
          {
            return true
          }
        }
      }
    }
    return false
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

  /// The raw line segments along one axis, in points, before cleaning.
  private func segments(
    in binary: LeptonicaImage, axis: Ruling.Axis, length minimum: Double, pixelsPerPoint: Double
  ) -> [Ruling] {
    let length = max(2, Int((minimum * pixelsPerPoint).rounded()))
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
    let widened =
      side > 1
      ? bridged.flatMap {
        LeptonicaImage(
          taking: isHorizontal
            ? pixDilateBrickDwa(nil, $0.pix, 1, Int32(side))
            : pixDilateBrickDwa(nil, $0.pix, Int32(side), 1))
      }
      : bridged
    guard let widened,
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
