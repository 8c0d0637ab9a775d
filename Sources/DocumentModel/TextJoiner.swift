/// Joins word texts the way a reader would: no space around CJK characters, one between Latin words.
public enum TextJoiner {
  /// Joins the pieces, inserting a space only between two Latin letters or digits.
  ///
  /// Chinese has no spaces, and reports print `2024 年` with a space the reader ignores; joining
  /// `2024` and `年` without a space keeps label matching and the title parser simple.
  public static func join(_ pieces: [String]) -> String {
    var result = ""
    for piece in pieces where !piece.isEmpty {
      if let last = result.unicodeScalars.last, let first = piece.unicodeScalars.first,
        isLatin(last) && isLatin(first)
      {
        result += " "
      }
      result += piece
    }
    return result
  }

  private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic)
  }
}
