/// The made-up geometry a markup document is laid out with.
///
/// Markup has no coordinates, but the mapping stage reads lines and cells by position (a line
/// outside every table is prose, an indented line starts a paragraph, the largest font near the
/// top is the title). These values give it a plain A4-like page of one long column.
public struct MarkupLayoutSettings: Sendable, Equatable {
  /// The body text's font size, in points.
  public var bodySize = 12.0
  /// The distance from one line's top to the next's, in font sizes.
  public var lineAdvance = 1.5
  /// Extra space after a paragraph or a table, in body font sizes.
  public var blockGap = 0.5
  /// The page margin on every side, in points.
  public var margin = 72.0
  /// Running text wraps at this many ems.
  ///
  /// 40: a section heading (under 40 characters, `MappingSettings.headingMaximumLength`) stays on
  /// one line, and most paragraphs wrap, so their continuation lines sit at the left margin and
  /// their indented first lines read as paragraph starts.
  public var wrapEms = 40.0
  /// The indent of a paragraph's first line, in ems (Chinese text indents two characters).
  public var indentEms = 2.0
  /// A cell's padding on every side, in body font sizes.
  public var cellPadding = 0.3
  /// The narrowest column, in body font sizes.
  public var minimumColumnEms = 2.0
  /// The smallest font size the title is given, in points (a title is printed large).
  public var titleSize = 18.0

  public init() {}
}
