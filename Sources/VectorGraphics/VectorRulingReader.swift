import DocumentModel

/// Reads a page's table rulings from its vector drawing instead of a render.
///
/// The lines a content stream strokes or fills thinly in ink go through the same `RulingCleaner`
/// as the raster detector's segments: collinear pieces join, and short lines stay only when both
/// ends meet a long perpendicular line. Reading the drawing is much cheaper than rendering the
/// page (docs/performance.md), and gives exact positions.
public struct VectorRulingReader: Sendable {
  public var settings: VectorSettings
  /// What makes painted lines rulings: shared with the raster detector, so both give the same
  /// grid.
  public var cleanup: RulingCleanupSettings

  public init(
    settings: VectorSettings = VectorSettings(),
    cleanup: RulingCleanupSettings = RulingCleanupSettings()
  ) {
    self.settings = settings
    self.cleanup = cleanup
  }

  /// What a page's drawing gives.
  public struct Result: Sendable, Equatable {
    /// Horizontal rulings by position then start, then vertical ones.
    public var rulings: [Ruling]
    /// The area covered by images, in squared points: borders inside a picture are not seen,
    /// so a caller may prefer a render where this is large.
    public var imageArea: Double
    /// How many filled shapes in ink are not lines (`ContentInterpreter.filledShapes`): a page
    /// with no text and many of them has its glyphs drawn as outlines.
    public var filledShapes = 0
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
    var interpreter = ContentInterpreter(settings: settings, cleanup: cleanup)
    do {
      try interpreter.run(content, transform: transform, resources: resources)
    } catch {
      return nil
    }
    return Result(
      rulings: RulingCleaner(settings: cleanup).cleaned(interpreter.lines),
      imageArea: interpreter.imageArea, filledShapes: interpreter.filledShapes)
  }
}
