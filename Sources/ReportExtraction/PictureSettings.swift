/// When a picture on a text-layer page is read by OCR, and how its reading joins the page.
///
/// Someone pastes a screenshot of a table into the report (issue #13, `Scripts/stress --kind
/// altered:table-picture`): the prose around it is text, the table is pixels, and the text layer
/// holds nothing where it is. Such a picture is rendered and read like a scan, and its words and
/// rulings join the page's text-layer words and vector rulings in one layout
/// (`PageReader+Pictures.swift`). Only pages with images do this work: a clean text report has
/// none and pays nothing.
public struct PictureSettings: Sendable, Equatable, Codable {
  /// Whether pictures on text pages are read at all (with `--ocr auto`; `never` reads none).
  public var enabled = true
  /// A picture narrower than this, in points, holds no table or paragraph worth reading.
  ///
  /// A table pasted as a picture spans the text column: 390–530 pt in the table-picture stress
  /// documents (seeds 3, 4); a logo or an icon is 20–80 pt wide.
  public var minimumWidth = 100.0
  /// A picture lower than this, in points, holds no line of text.
  ///
  /// One table row cut off by a page break is ~18 pt high in the stress documents (10.5 pt text
  /// with padding); a horizontal rule drawn as an image is a few points.
  public var minimumHeight = 14.0
  /// A picture over which the text layer has more visible glyphs than this (their centres
  /// inside it) is a background or a scan under its own text layer (a "searchable" scan): its
  /// text is read from the layer, not by OCR.
  ///
  /// The table-picture form leaves none over the picture; a page footer (`- 3 -`) drawn over a
  /// full-width band is 3 glyphs.
  public var maximumGlyphsOver = 4
  /// Images whose boxes lie within this many points of each other are one picture (a screenshot
  /// a producer stored in strips).
  public var joinGap = 2.0
  /// A picture's box grows by this many points before its pixels are cut out of the render, so
  /// a table border on the picture's edge is read whole.
  public var margin = 1.0
  /// A picture's OCR'd word is dropped when the text layer has a word overlapping this share
  /// of the OCR'd word's box: the text was read from the layer already.
  public var overlapWithText = 0.3
  /// An ink run across a found ruling no thicker than this, in points, is the ruling and is
  /// whitened before OCR (`RulingEraser`); a longer one is a glyph stroke crossing it.
  ///
  /// Rulings print 0.5–1 pt, and binarizing an anti-aliased render adds about a pixel a side.
  /// Page OCR reads the picture without its vertical rulings, the cell re-reads without any:
  /// on the table-picture stress documents of seeds 3 and 4 (32 documents, 6,354 cells),
  /// 6,300 cells were right with the rulings kept, 6,307 with the vertical ones erased for page
  /// OCR, 6,325 with both erased for page OCR (but 17 cells of three documents lost: `0` read as
  /// `口`, a row's labels not read at all), and 6,342 with the vertical ones erased for page OCR
  /// and both for the re-reads with `labelInset`.
  public var rulingThickness = 2.0
  /// How far from a found ruling's position its ink may lie, in points.
  public var rulingSearchDistance = 1.5
  /// The margin inside a picture's label cell, in points, left out when its ink lines are
  /// looked for before a line-by-line re-read (`LabelRereader`); 2 pt on a scan, whose borders
  /// are still in the image.
  ///
  /// The picture's borders are erased, and a label printed tight under its cell's top border
  /// lost the tops of its glyphs to the 2 pt margin and was re-read as other characters
  /// (`一、本年新收政府信息公开申请数` read `一、奋咎独收归持信和已公井由请至`, stress 3:11).
  public var labelInset = 0.5

  public init() {}
}
