/// The OCR engines' languages and the tunables of reading numbers and orientation on scans.
public struct OCRSettings: Sendable, Equatable, Codable {
  /// The tesseract language for page OCR (labels, headings, prose).
  public var language = "chi_sim"
  /// The tessdata folder; nil uses tesseract's default.
  public var tessdataPath: String? = nil
  /// White added around a number's ink before it is read, in points, on top of the engine's
  /// own 10 px frame; tried in order until one reads something.
  ///
  /// Tesseract is sensitive to the frame of a lone short number (s07, 300 dpi, crops of 24–50
  /// px): with 10 px in all, `11` read `414` and `0` read `0`; with 14 px both read right; with
  /// 20 px `11` read right and `0` read nothing. 1 pt is 4 px at 300 dpi.
  public var digitPaddings = [1.0, 0.0, 2.5]
  /// Scales tried, in order, when no padding read anything: the crop (1 pt padding) is shrunk
  /// with smoothing first.
  ///
  /// A lone `0` (s12, 27 px) and a serif `1` (s09) read nothing unscaled at any padding; with
  /// `tesseract --psm 7` they read right shrunk to 16–24 px glyph height.
  public var retryScales = [0.75, 0.6]
  /// Scales tried when a number's reading holds fewer digits than its ink has glyphs
  /// (`OCRSession.number(in:ink:)`): the crop (1 pt padding) is enlarged first.
  ///
  /// Thin `1`s in bold blurred type are dropped by the digits engine: on stress scan 9771:34
  /// (150 dpi, blur 0.9) `113` read `3` at every padding and scale in `retryScales`, and read
  /// right (`tesseract --psm 7`) at twice the size; `111` read `1` the same way.
  public var lostDigitScales = [2.0, 1.5]
  /// A number read below this confidence is read again at every padding and scale and the
  /// majority kept (`ReadingVote`); it stays below the review threshold either way.
  ///
  /// Single readings of one crop flip with the frame and the scale (s11's lone `0` read `0`,
  /// `9` or nothing; s04's `-4` read `-4` or `4`), and the flipped ones scored below 0.8.
  public var voteBelow = 0.8
  /// The confidence at most of a number whose `3`/`5` the shape check changed (`ThreeFiveCheck`),
  /// whose trailing mark was dropped, or that only a scaled retry read: below the review
  /// threshold (0.8), so the value is listed for a person to confirm.
  public var reshapedConfidence = 0.5
  /// Resolution at which a scanned page's orientation is detected (tesseract OSD), in dpi.
  ///
  /// OSD judges glyph shapes, not their detail: on the four pages of `Samples/s03` turned
  /// 0/90/180/270° it was right 16/16 at both 100 and 150 dpi, with confidences 1.3–10.6 at
  /// 100 dpi and 6.1–16.8 at 150.
  public var orientationDPI = 150.0
  /// When the page's words cannot tell which way up it is (as many of the format's word pairs
  /// read either way, `PageReader.uprightTurn`), OSD's turn is taken only when its confidence
  /// reaches this (OSD's own unit: how much the best orientation outscored the next); below it
  /// the page is read as it lies, with a warning.
  ///
  /// Every page of the 14 scan samples at 150 dpi, turned 0/90/180/270°: the wrong answers
  /// (2, both on `s05`'s blurred noisy page 3) scored 0.68–0.69, the right ones 0.52–20; at 1.0
  /// no wrong turn is taken and 2 right ones of 168 fall back to upright.
  public var minimumOrientationConfidence = 1.0
  /// A scanned page whose page OCR, read as it lies, finds at least this many of the format's
  /// word pairs along horizontal lines is upright: its orientation is not detected.
  ///
  /// Orientation detection took 1.9 s of the 10.7 s of CPU `Samples/s14` (5 pages) needed
  /// (issue #16). A page lying on its side is read as vertical text, whose words are taller than
  /// wide and do not count; one upside down reads as junk, almost no pair of it in the format's
  /// vocabulary (`PageReader.uprightTurn`). Other pages are read again after detection.
  public var uprightVocabularyPairs = 10
  /// Ink page OCR left unread is read as a number only when at least this tall, in points
  /// (`UnreadValueReader`).
  ///
  /// 七号 (5.25 pt), the smallest Chinese type size, prints digits about 3.8 pt tall.
  public var unreadValueMinimumHeight = 3.8
  /// … and at most this tall, in points: 小二 (18 pt), the largest size a table is set in,
  /// prints digits about 13 pt tall.
  public var unreadValueMaximumHeight = 13.0
  /// … and at most this share of the page's median word height: digits stand about 0.7 of a
  /// CJK glyph's height (9758:79: 30–33 px against 41–49), so a glyph OCR skipped is not read
  /// as a number.
  public var unreadValueHeightShare = 0.85
  /// A number read from unread ink is kept at this confidence or above; the cells it lands in
  /// are re-read by `NumberRereader` either way.
  public var unreadValueMinimumConfidence = 0.6
  /// Unread numbers found in rows are added to a page only when it has at least this many.
  ///
  /// A speck or two is not a table (a table row holds 2–15 values). One standing between numbers
  /// of its column needs no company (`UnreadValueReader.witnessed`).
  public var unreadValueMinimumCount = 3
  /// An unread number is kept only on a line holding at least this many numbers in all, read
  /// or unread: a row of table 三 or 四 holds 7 or 15, table 二's first band 3.
  ///
  /// Once ruling stubs no longer hid whole pages from the reader, specks read `4` were added
  /// above a title and between the characters of prose (stress 9772:65: the title was lost).
  public var unreadValueLineMinimum = 3
  /// At most this many runs of unread ink are read on one page (table 三 holds 175 values).
  public var unreadValueMaximumCount = 400
  /// A full stop, comma or dot page OCR read (`。`, `，`) whose box is at least this share of the
  /// page's median word height is taken for a misread glyph: its ink counts as unread.
  ///
  /// Such a mark prints about 0.35 em tall (`，` with its tail), `。` 0.25; a CJK word's box is
  /// about 0.95 em. A digit stands 0.7 em: 0.43 of the page's median word in a 9 pt table under
  /// 16 pt prose, more when the sizes are closer. On stress 9796:2 (240 dpi bilevel, no
  /// rulings) both `6`s of a row between two wrapped label lines were read `。` and `，`, 8 pt
  /// tall on a page of 13 pt words, and the row was lost with its label. Tesseract also gives
  /// some real marks a box as tall as their line (`，` 21 pt on the same page): their ink is
  /// only looked at again, and taken as a number only when the digits engine reads one
  /// confidently in a row or a column of numbers (`UnreadValueReader.witnessed`).
  public var misreadMarkHeightShare = 0.4
  public init() {}
}
