import DocumentModel

extension LayoutAnalyzer {
  /// Groups words into lines by vertical overlap; lines top to bottom, words left to right.
  ///
  /// A word joins a line when the vertical overlap of its line box (`Word.lineBox`: the box, or
  /// one font size around its centre where the font's metrics inflate it) with the line's exceeds
  /// `settings.sameLineOverlapRatio` × the smaller of the two heights. The words of one table row
  /// share a line even across cells; a wrapped cell label makes lines of its own.
  ///
  /// - Parameter words: Words in any order.
  /// - Returns: The lines, ordered by their top edge, each ordered by its words' left edges.
  /// - Complexity: O(n log n + n·a) for n words and a lines open at once (a few per row).
  public func lines(from words: [Word]) -> [TextLine] {
    let sorted = words.sorted {
      ($0.lineBox.minY, $0.box.minX) < ($1.lineBox.minY, $1.box.minX)
    }
    var closed: [[Word]] = []
    var open: [(box: Box, words: [Word])] = []
    for word in sorted {
      let band = word.lineBox
      // A line whose bottom lies above this word's top can take no later word either.
      var index = 0
      while index < open.count {
        if open[index].box.maxY < band.minY {
          closed.append(open.remove(at: index).words)
        } else {
          index += 1
        }
      }
      let best = open.indices
        .map { ($0, open[$0].box.verticalOverlap(with: band)) }
        .filter { candidate in
          let smaller = min(open[candidate.0].box.height, band.height)
          return candidate.1 > settings.sameLineOverlapRatio * smaller
        }
        .max { $0.1 < $1.1 }
      if let (lineIndex, _) = best {
        open[lineIndex].box = open[lineIndex].box.union(band)
        open[lineIndex].words.append(word)
      } else {
        open.append((band, [word]))
      }
    }
    closed += open.map(\.words)
    return
      closed
      .map {
        TextLine(words: $0.sorted { ($0.box.minX, $0.box.minY) < ($1.box.minX, $1.box.minY) })
      }
      .sorted { ($0.box.minY, $0.box.minX) < ($1.box.minY, $1.box.minX) }
  }
}
