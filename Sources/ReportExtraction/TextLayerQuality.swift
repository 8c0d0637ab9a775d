import DocumentModel

/// Decides whether a page's text layer can be trusted or the page must be read by OCR.
///
/// Scans ("图片版") have no text layer at all; some producers embed fonts without a Unicode map,
/// so the layer holds private-use code points, U+FFFD or Latin-1 mojibake instead of Chinese.
public struct TextLayerQuality: Sendable, Equatable, Codable {
  /// Fewer visible glyphs than this, and the page counts as having no text layer.
  ///
  /// A page footer (`- 3 -`) alone is about 5 glyphs; the shortest real report page carries
  /// hundreds.
  public var minimumGlyphs = 20
  /// The share of visible glyphs that must be plausible (CJK, ASCII, common punctuation).
  ///
  /// Clean pages of the samples score 1.0; a mis-mapped font scores near 0.
  public var minimumPlausibleShare = 0.85

  /// A page with little text is a scan only when images cover at least this share of it.
  ///
  /// Scans are one page-sized image (coverage ≈ 1); a text report's near-empty page has none.
  public var scanImageCoverage = 0.3
  /// A page with little text and no scan's image whose drawing fills at least this many shapes
  /// that are not lines has its glyphs drawn as outlines (`source.page_reads` reason
  /// `outlines`); it only names why such a page was read by OCR.
  ///
  /// Like `minimumGlyphs`: each outlined glyph is one fill or more (ghostscript's
  /// `-dNoOutputFonts`, the altered stress form `outlines`); a table page's borders are lines,
  /// and a blank page fills nothing.
  public var minimumOutlineShapes = 20

  public init() {}

  /// The verdict for one page.
  public enum Verdict: String, Sendable {
    case usable
    case empty
    case garbage
  }

  /// Whether the page's text layer is usable, empty, or garbage.
  ///
  /// A page without one Han character that still holds characters no report prints is garbage
  /// too, however few those are: a font without a Unicode map whose glyphs mostly fell on ASCII
  /// letters and digits (altered stress no-tounicode 8313:3, page 4: `e e y @`, `> ? e › ö`;
  /// 96 % plausible, so the page was trusted and tables 三 and 四 read blank there). A page of
  /// digits alone has none of them.
  public func verdict(for page: PageText) -> Verdict {
    var visible = 0
    var plausible = 0
    var han = 0
    for glyph in page.glyphs where !glyph.isWhitespace {
      visible += 1
      if glyph.text.unicodeScalars.allSatisfy(Self.isPlausible) { plausible += 1 }
      if glyph.text.unicodeScalars.contains(where: \.isHan) { han += 1 }
    }
    if visible < minimumGlyphs { return .empty }
    if han == 0 && plausible < visible { return .garbage }
    return Double(plausible) >= minimumPlausibleShare * Double(visible) ? .usable : .garbage
  }

  private static func isPlausible(_ s: Unicode.Scalar) -> Bool {
    // Radicals and compatibility ideographs count: NFKC folds them to the characters they stand
    // for when the layout stage composes the text.
    if s.isHan { return true }
    switch s.value {
    case 0x20...0x7E: return true  // ASCII
    case 0x3000...0x303F, 0xFF00...0xFFEF: return true  // CJK punctuation, full-width forms
    case 0x2010...0x2027, 0x2030...0x203A, 0x00B7, 0x00D7, 0x2160...0x217F, 0x2460...0x24FF:
      return true
    case 0x25A0...0x25FF: return true  // geometric shapes used as bullets
    default: return false
    }
  }
}
