/// Text collected into lines the way a browser or a word processor flows it: runs of whitespace
/// collapse to one space, a break ends the line, empty lines are dropped.
///
/// Shared by the HTML and DOCX readers, which differ only in what ends a line.
public struct WrappedLines: Sendable {
  /// The finished lines.
  public private(set) var lines: [String] = []
  /// The open line's text.
  private var line = ""
  /// Whether whitespace was seen since the open line's last character.
  private var pendingSpace = false

  public init() {}

  /// Appends text, collapsing whitespace (U+00A0 and U+3000 count as whitespace).
  public mutating func append(_ text: String) {
    for character in text {
      if character.isWhitespace {
        pendingSpace = true
        continue
      }
      if pendingSpace && !line.isEmpty { line.append(" ") }
      pendingSpace = false
      line.append(character)
    }
  }

  /// Counts as whitespace before the next character (a tab).
  public mutating func appendSpace() {
    pendingSpace = true
  }

  /// Ends the open line.
  public mutating func breakLine() {
    if !line.isEmpty { lines.append(line) }
    line = ""
    pendingSpace = false
  }

  /// Ends the open line and hands over every line, leaving none.
  public mutating func finish() -> [String] {
    breakLine()
    defer { lines = [] }
    return lines
  }
}
