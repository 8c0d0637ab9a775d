import DocumentModel

/// Tells a short border piece from a glyph's stroke by the ink beside it.
///
/// A short straight run of ink counts as a border only when both its ends meet table borders
/// (`RulingCleaner`). In a tight table that is not enough: on stress scan 9811:77 (240 dpi,
/// 10 pt rows, 7.5 pt bold text) the stem of 其 in `3.其他` and the stroke of the `)` in
/// `（七）` ran from row border to row border and became column borders, the table's
/// continuation on page 3 got columns its first part lacks, and its last three rows were lost;
/// on 9810:114 such strokes gave table 三 37 columns. A border stands free: paper lies beside
/// it along its length, save where other borders cross it. A glyph's stem has the glyph's
/// other strokes growing out of it sideways: 其's three bars cross its stems, 他's hook joins
/// its stem.
public struct GlyphStrokeFilter: Sendable {
  /// How the ink beside a short piece is weighed, in points.
  public struct Settings: Sendable, Equatable, Codable {
    /// Ink this close to the piece's ends is not looked at: the blots where it meets borders.
    public var endMargin: Double
    /// Ink this close to a long ruling crossing the piece is not looked at.
    public var crossingMargin: Double
    /// How far from the piece's line its own ink is looked for.
    public var search: Double
    /// How much wider than the piece's own (median) width the ink across it must run to count
    /// as a stroke growing out of it.
    public var reach: Double
    /// The least share of the piece's inked positions with ink growing out of it that makes
    /// the piece a glyph's stroke.
    public var attachedShare: Double
  }

  var settings: Settings
  /// Gray levels below this are ink.
  var darkness: UInt8
  /// The thickest ink, in points, that is a line (`RulingCleanupSettings.maximumThickness`).
  var maximumThickness: Double

  /// Whether `piece` stands free in `image`: it is a border, not a glyph's stroke.
  ///
  /// - Parameters:
  ///   - piece: A short run of ink, in points.
  ///   - crossers: Long rulings of the other axis; ink where they cross the piece is theirs.
  ///   - image: The image the piece was found in.
  /// - Returns: False when ink wider than a line runs along most of the piece, or grows out of
  ///   it along `Settings.attachedShare` of its length; true otherwise, and when nothing of it
  ///   is left to look at.
  func standsFree(_ piece: Ruling, crossers: [Ruling], in image: PageImage) -> Bool {
    let scale = image.dpi / 72
    let horizontal = piece.axis == .horizontal
    let (length, breadth) = horizontal ? (image.width, image.height) : (image.height, image.width)
    let center = Int((piece.position * scale).rounded())
    let search = max(1, Int((settings.search * scale).rounded()))
    let cap = Int(((maximumThickness + settings.reach) * scale).rounded()) + search
    guard center >= 0, center < breadth else { return true }
    func ink(_ along: Int, _ across: Int) -> Bool {
      guard across >= 0, across < breadth else { return false }
      return horizontal
        ? image.gray(x: along, y: across) < darkness : image.gray(x: across, y: along) < darkness
    }
    let crossings = crossers.filter {
      $0.start - settings.crossingMargin <= piece.position
        && $0.end + settings.crossingMargin >= piece.position
    }.map(\.position)
    let first = max(0, Int(((piece.start + settings.endMargin) * scale).rounded()))
    let last = min(length, Int(((piece.end - settings.endMargin) * scale).rounded()))
    guard last > first else { return true }
    var widths: [Int] = []
    for along in first..<last {
      let at = Double(along) / scale
      if crossings.contains(where: { abs($0 - at) <= settings.crossingMargin }) { continue }
      // The piece's own ink nearest its line; a break in it is no evidence either way.
      guard
        let hit = (0...search).lazy.flatMap({ [center - $0, center + $0] })
          .first(where: { ink(along, $0) })
      else { continue }
      var low = hit
      var high = hit
      while low > hit - cap, ink(along, low - 1) { low -= 1 }
      while high < hit + cap, ink(along, high + 1) { high += 1 }
      widths.append(high - low + 1)
    }
    guard !widths.isEmpty else { return true }
    let own = widths.sorted()[widths.count / 2]
    // Ink wider than a line along most of the piece is a glyph's body (the `)` of `（七）` in
    // bold 7.5 pt: 4.1 pt), whatever grows out of it.
    guard Double(own) <= maximumThickness * scale else { return false }
    let reach = max(1, Int((settings.reach * scale).rounded()))
    let attached = widths.count { $0 > own + reach }
    return Double(attached) < settings.attachedShare * Double(widths.count)
  }
}
