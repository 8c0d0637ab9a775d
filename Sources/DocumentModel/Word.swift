/// One word on a page, as read from the text layer or recognized by OCR.
///
/// For Chinese, a "word" is a run of glyphs with no whitespace and no gap wider than a fraction
/// of the glyph height between them; it is a layout unit, not a linguistic one.
public struct Word: Hashable, Sendable, Codable {
  /// The text, NFC-normalized, without surrounding whitespace.
  public var text: String
  /// The bounds in PDF points, origin at the page's top-left corner.
  public var box: Box
  /// Where the text came from.
  public var origin: TextOrigin
  /// Recognition confidence in `0...1`; 1 for the text layer.
  public var confidence: Double
  /// The font size in points when known (text layer), used to spot headings.
  public var fontSize: Double?

  public init(
    text: String, box: Box, origin: TextOrigin = .text, confidence: Double = 1,
    fontSize: Double? = nil
  ) {
    self.text = text
    self.box = box
    self.origin = origin
    self.confidence = confidence
    self.fontSize = fontSize
  }

  /// Whether the word is a value and nothing else: digits with signs, separators and a percent
  /// (`-4`, `1,204`, `3.5%`), no unit or annotation (`22(其中修订`, `件)`).
  public var isBareValue: Bool { Self.isBareValue(text) }

  /// Whether `text` is a value and nothing else (`isBareValue`).
  public static func isBareValue(_ text: String) -> Bool {
    text.contains { $0.isASCII && $0.isNumber }
      && text.allSatisfy { ($0.isASCII && $0.isNumber) || ".,+-%".contains($0) }
  }

  /// A box taller than this many ems is taken to have inflated font metrics.
  ///
  /// 1.6: LibreOffice, WPS and reportlab text boxes are 1.0–1.45 em tall; Chromium's PDFs
  /// (Skia, Noto Sans CJK subsets) report boxes of ~2.6 em, so the lines of a wrapped cell label
  /// 1.2 em apart overlapped by half and were read as one line, left to right
  /// (`5.要求行` / `政机关确认…` → `政机关确认…5.要求行`, stress 102:59).
  public static let inflatedBoxRatio = 1.6

  /// The em (font size) of a text-layer word measured from its advance: full-width characters are
  /// one em wide, ASCII half an em.
  ///
  /// Nil for OCR words. A word of one character counts too: the digits and the characters of
  /// a vertical label (`度`, `办`, `理` 15 pt apart in 31 pt boxes) of Chromium's tables kept
  /// their inflated boxes and chained table 三's rows into one line (text stress 9801:12).
  ///
  /// The advance is measured because the font size a PDF states can be off by the page's scale
  /// (Chromium's text says 20 pt for glyphs 10 pt wide).
  public var advanceEm: Double? {
    guard origin == .text else { return nil }
    var units = 0.0
    var count = 0
    for scalar in text.unicodeScalars {
      units += scalar.isASCII ? 0.5 : 1
      count += 1
    }
    guard count >= 1, units > 0, box.width > 0 else { return nil }
    return box.width / units
  }

  /// The band of the page the word's line occupies, for grouping words into lines: its box, or,
  /// when the box is more than `inflatedBoxRatio` ems tall, one em around the box's centre (the
  /// same font gives its lines the same offset, so they still group and order).
  public var lineBox: Box {
    guard let em = advanceEm, box.height > Self.inflatedBoxRatio * em else { return box }
    let middle = box.midY
    return Box(minX: box.minX, minY: middle - em / 2, maxX: box.maxX, maxY: middle + em / 2)
  }
}
