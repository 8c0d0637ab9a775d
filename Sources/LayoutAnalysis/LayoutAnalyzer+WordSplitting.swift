import DocumentModel

extension LayoutAnalyzer {
  /// Splits words that a vertical ruling crosses, dividing their text in proportion to x.
  ///
  /// OCR words come without glyph boxes, and Tesseract sometimes reads the text of two adjacent
  /// cells as one word (`00` across a border). Assuming evenly spaced characters — true of
  /// digits, and of CJK — the characters whose centres lie on either side of the ruling go to
  /// either side. Rulings shorter than `settings.splittingRulingHeightRatio` × the word height
  /// are ignored, as in `words(from:rulings:)`.
  ///
  /// - Parameters:
  ///   - words: Words in any order.
  ///   - rulings: The page's rulings; only vertical ones matter here.
  /// - Returns: The words, crossed ones replaced by their parts, in the same order.
  /// - Complexity: O(w log v + s) for w words, v vertical rulings and s splits.
  public func split(_ words: [Word], atRulings rulings: [Ruling]) -> [Word] {
    let verticals = rulings.filter { $0.axis == .vertical }.sorted { $0.position < $1.position }
    guard !verticals.isEmpty else { return words }
    return words.flatMap { split($0, verticals: verticals) }
  }

  private func split(_ word: Word, verticals: [Ruling]) -> [Word] {
    let characters = Array(word.text)
    guard characters.count > 1 else { return [word] }
    let step = word.box.width / Double(characters.count)
    let minimumLength = settings.splittingRulingHeightRatio * word.box.height
    var cuts: [Int] = []
    var index = Self.firstIndex(in: verticals, above: word.box.minX)
    while index < verticals.count, verticals[index].position < word.box.maxX {
      let ruling = verticals[index]
      index += 1
      guard ruling.start <= word.box.midY, ruling.end >= word.box.midY,
        ruling.length >= minimumLength
      else { continue }
      // Characters whose centres lie left of the ruling stay left.
      let cut = Int(((ruling.position - word.box.minX) / step + 0.5).rounded(.down))
      if cut > 0, cut < characters.count, cut != cuts.last { cuts.append(cut) }
    }
    guard !cuts.isEmpty else { return [word] }
    let bounds = [0] + cuts + [characters.count]
    return zip(bounds, bounds.dropFirst()).compactMap { lower, upper in
      let text = String(characters[lower..<upper]).trimmingWhitespace
      guard !text.isEmpty else { return nil }
      var part = word
      part.text = text
      part.box.minX = word.box.minX + Double(lower) * step
      part.box.maxX = word.box.minX + Double(upper) * step
      return part
    }
  }
}

extension String {
  /// The string without leading and trailing whitespace.
  fileprivate var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
