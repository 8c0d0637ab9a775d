import DocumentModel

/// Places text as words on a line: full-width characters one em wide, ASCII half an em, a space
/// between whitespace-separated runs.
///
/// The widths are those of a CJK font, so a word's box gives `Word.advanceEm` its font size.
struct TextPlacer {
  /// A piece that is placed whole: one CJK character, or a run of ASCII characters (a number, a
  /// Latin word), which is never broken across lines.
  struct Piece {
    var text: String
    var ems: Double
    /// Whether whitespace came before it in the source.
    var spaced: Bool
  }

  /// The width of a text in ems.
  static func ems(of text: Substring) -> Double {
    var total = 0.0
    for scalar in text.unicodeScalars { total += scalar.isASCII ? 0.5 : 1 }
    return total
  }

  /// The pieces of a line of text.
  static func pieces(of text: String) -> [Piece] {
    var pieces: [Piece] = []
    var ascii = ""
    var spaced = false
    func flushASCII() {
      if !ascii.isEmpty {
        pieces.append(Piece(text: ascii, ems: ems(of: Substring(ascii)), spaced: spaced))
        spaced = false
      }
      ascii = ""
    }
    for character in text {
      if character.isWhitespace {
        flushASCII()
        spaced = true
      } else if character.isASCII {
        ascii.append(character)
      } else {
        flushASCII()
        pieces.append(Piece(text: String(character), ems: 1, spaced: spaced))
        spaced = false
      }
    }
    flushASCII()
    return pieces
  }

  /// The text as visual lines of words: the first starts at `firstX`, the others at `left`,
  /// each at most `right`; the first line's top is at `top`, each next one `advance` lower.
  ///
  /// A line that wraps is justified: its last word ends at `right`, as in a printed paragraph,
  /// so only a paragraph's last line ends short (the mapping stage starts a new paragraph after
  /// a short line). A piece wider than a whole line overflows it rather than being cut.
  static func lines(
    of text: String, size: Double, firstX: Double, left: Double, right: Double, top: Double,
    advance: Double
  ) -> [TextLine] {
    var lines: [TextLine] = []
    var words: [Word] = []
    var word = ""
    var wordStart = firstX
    var x = firstX
    var y = top
    func closeWord() {
      if !word.isEmpty {
        words.append(
          Word(
            text: word, box: Box(minX: wordStart, minY: y, maxX: x, maxY: y + size),
            fontSize: size))
      }
      word = ""
    }
    func closeLine() {
      closeWord()
      if right.isFinite, var last = words.last, last.box.maxX < right {
        last.box.maxX = right
        words[words.count - 1] = last
      }
      if !words.isEmpty { lines.append(TextLine(words: words)) }
      words = []
      y += advance
      x = left
    }
    for piece in pieces(of: text) {
      let gap = piece.spaced && (!word.isEmpty || !words.isEmpty) ? 0.5 * size : 0
      let width = piece.ems * size
      if x + gap + width > right && (!word.isEmpty || !words.isEmpty) {
        closeLine()
        wordStart = x
      } else if gap > 0 {
        closeWord()
        x += gap
        wordStart = x
      }
      if word.isEmpty { wordStart = x }
      word += piece.text
      x += width
    }
    closeWord()
    if !words.isEmpty { lines.append(TextLine(words: words)) }
    return lines
  }
}
