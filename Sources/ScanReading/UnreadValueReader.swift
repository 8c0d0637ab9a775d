import DocumentModel

/// Reads the numbers that page OCR left out of a scanned page outside its ruled tables.
///
/// Tesseract's page layout drops sparse columns of short digits: on a bilevel scan whose
/// table borders vanished (stress 9758:79) it read every label of table 三's second page and
/// not one of its 112 values, so no table could be found from text alignment. In a ruled table
/// the cells are re-read anyway (`NumberRereader`); elsewhere the ink no word covers is the
/// second witness. Its connected components are grouped into runs along a line; a run the size
/// of printed digits, and shorter than the page's words (CJK glyphs stand taller than digits),
/// is read by the digits engine. Only confident readings that are numbers become words, and
/// only when a page has several of them: a lone speck is not a table.
package struct UnreadValueReader {
  var settings: OCRSettings

  package init(settings: OCRSettings) {
    self.settings = settings
  }

  /// Page OCR's words completed with the numbers found in ink they do not cover.
  ///
  /// Ruled tables (of `rulings`) are left alone: their cells are read one by one later. A mark
  /// a found number replaces (a `6` read `。`, `misreadMarks`) is left out.
  ///
  /// - Parameters:
  ///   - read: Page OCR's words.
  ///   - image: The cleaned page.
  ///   - rulings: The page's rulings.
  ///   - rulingTolerance: How far apart, in points, two rulings may be and still touch
  ///     (`TableSettings.edgeTolerance`, the table builder's grouping).
  ///   - session: The calling thread's engines.
  /// - Returns: `read` as it is when no number is found.
  package func completed(
    _ read: [Word], in image: PageImage, rulings: [Ruling], rulingTolerance: Double,
    session: OCRSession
  ) -> [Word] {
    guard image.channels == 1, !read.isEmpty else { return read }
    let scale = image.dpi / 72
    let heights = read.map(\.box.height).sorted()
    let wordHeight = heights[heights.count / 2]
    let marks = Self.misreadMarks(
      in: read, minimumHeight: settings.misreadMarkHeightShare * wordHeight)
    let covering = read.indices.filter { !marks.contains($0) }.map { read[$0] }
    let ruled = Self.ruledAreas(rulings, tolerance: rulingTolerance)
    let tallest = Int((settings.unreadValueMaximumHeight * scale).rounded(.up))
    // Specks of a few pixels and anything taller than digits (rulings, pictures) are no digit.
    let parts = unreadComponents(in: image, read: covering).filter {
      $0.count >= 4 && $0.maxY - $0.minY < tallest && $0.maxX - $0.minX < 4 * tallest
    }
    let runs = Self.runs(of: parts, scale: scale)
      .filter { run in
        let height = run.maxY - run.minY
        let inRuledTable = ruled.contains { $0.contains(x: run.midX, y: run.midY) }
        return height >= settings.unreadValueMinimumHeight
          && height
            <= min(settings.unreadValueMaximumHeight, settings.unreadValueHeightShare * wordHeight)
          && !inRuledTable
      }
    let found = runs.prefix(settings.unreadValueMaximumCount).compactMap { run -> Word? in
      guard let reading = session.number(in: image, ink: run),
        reading.confidence >= settings.unreadValueMinimumConfidence,
        Word.isBareValue(reading.text)
      else { return nil }
      return Word(text: reading.text, box: run, origin: .ocr, confidence: reading.confidence)
    }
    let kept = Self.witnessed(
      found, read: covering, lineMinimum: settings.unreadValueLineMinimum,
      pageMinimum: settings.unreadValueMinimumCount)
    guard !kept.isEmpty else { return read }
    let replaced = marks.filter { index in
      kept.contains { $0.box.contains(x: read[index].box.midX, y: read[index].box.midY) }
    }
    return read.indices.filter { !replaced.contains($0) }.map { read[$0] } + kept
  }

  /// The indices of the words of `read` that are a full stop, comma or dot at least
  /// `minimumHeight` points tall: glyphs page OCR misread (`OCRSettings.misreadMarkHeightShare`).
  static func misreadMarks(in read: [Word], minimumHeight: Double) -> Set<Int> {
    Set(
      read.indices.filter { index in
        let word = read[index]
        return word.box.height >= minimumHeight
          && !word.text.isEmpty && word.text.unicodeScalars.allSatisfy(smallMarks.contains)
      })
  }

  /// Marks that print low and small: full stops, commas and dots, CJK and Latin.
  private static let smallMarks: Set<Unicode.Scalar> = ["。", "，", "、", ".", ",", "·", "'", "`"]

  /// The numbers of `found` that something besides their own ink says are values.
  ///
  /// Either a row: a line holding at least `lineMinimum` numbers, read or found
  /// (`OCRSettings.unreadValueLineMinimum`), on a page with `pageMinimum` such numbers. Or a
  /// column: the nearest word page OCR read above the number, over its extent, and the nearest
  /// below are both numbers. A speck read as a digit stands alone. The column speaks for a row
  /// that prints fewer numbers (a table printing zeros blank, stress 9796:2: `6` and `6` of
  /// 二、上年结转… between 69 and 33, 354 and 157).
  static func witnessed(_ found: [Word], read: [Word], lineMinimum: Int, pageMinimum: Int)
    -> [Word]
  {
    let numbers = read.filter(\.isBareValue) + found
    let inRows = found.map { word in
      numbers.filter {
        $0.box.verticalOverlap(with: word.box) * 2 >= min($0.box.height, word.box.height)
      }.count >= lineMinimum
    }
    let enoughRows = inRows.filter { $0 }.count >= pageMinimum
    return found.indices.filter { index in
      (inRows[index] && enoughRows) || isInColumn(found[index], read: read)
    }.map { found[$0] }
  }

  /// Whether the nearest words of `read` above and below `word`, among those overlapping it
  /// horizontally by half the narrower width, are both numbers.
  private static func isInColumn(_ word: Word, read: [Word]) -> Bool {
    let column = read.filter {
      $0.box.horizontalOverlap(with: word.box) * 2 >= min($0.box.width, word.box.width)
    }
    let above = column.filter { $0.box.maxY <= word.box.minY }.max { $0.box.maxY < $1.box.maxY }
    let below = column.filter { $0.box.minY >= word.box.maxY }.min { $0.box.minY < $1.box.minY }
    return above?.isBareValue == true && below?.isBareValue == true
  }

  /// The bounds of each connected group of rulings that runs both ways (a ruled table).
  ///
  /// Groups, not all the page's rulings at once: a bilevel scan whose borders dropped out
  /// kept a piece of table 二's bottom border and short stubs of table 三's side borders; their
  /// joint bounds covered table 三, whose grid had to come from text alignment, and the 112
  /// values page OCR had left out of it were never looked for (stress 9771:10, 101 cells).
  private static func ruledAreas(_ rulings: [Ruling], tolerance: Double) -> [Box] {
    RulingGroups.groups(of: rulings, tolerance: tolerance).compactMap { group in
      guard group.contains(where: { $0.axis == .horizontal }),
        group.contains(where: { $0.axis == .vertical })
      else { return nil }
      return Box.union(
        of: group.map { ruling in
          ruling.axis == .horizontal
            ? Box(
              minX: ruling.start, minY: ruling.position, maxX: ruling.end, maxY: ruling.position)
            : Box(
              minX: ruling.position, minY: ruling.start, maxX: ruling.position, maxY: ruling.end)
        })
    }
  }

  /// The ink components no read word covers (each word's box grown by a fifth of its height).
  private func unreadComponents(in image: PageImage, read: [Word]) -> [InkCluster.Component] {
    let scale = image.dpi / 72
    var ink = image.pixels.map { $0 < 128 }
    for word in read {
      let margin = word.box.height / 5
      let x0 = max(0, Int(((word.box.minX - margin) * scale).rounded(.down)))
      let x1 = min(image.width - 1, Int(((word.box.maxX + margin) * scale).rounded(.up)))
      let y0 = max(0, Int(((word.box.minY - margin) * scale).rounded(.down)))
      let y1 = min(image.height - 1, Int(((word.box.maxY + margin) * scale).rounded(.up)))
      guard x0 <= x1, y0 <= y1 else { continue }
      for y in y0...y1 {
        let row = y * image.width
        for x in x0...x1 { ink[row + x] = false }
      }
    }
    return InkCluster.components(ink, width: image.width, height: image.height)
  }

  /// Components joined into runs along a line (gaps under half their height: digits of one
  /// number, its decimal point), as boxes in points.
  private static func runs(of components: [InkCluster.Component], scale: Double) -> [Box] {
    var runs: [InkCluster.Component] = []
    for part in components.sorted(by: { ($0.minX, $0.minY) < ($1.minX, $1.minY) }) {
      let partHeight = part.maxY - part.minY + 1
      if let index = runs.lastIndex(where: { run in
        let runHeight = run.maxY - run.minY + 1
        let overlap = min(run.maxY, part.maxY) - max(run.minY, part.minY) + 1
        let gap = part.minX - run.maxX
        return overlap * 2 >= min(runHeight, partHeight) && gap <= max(runHeight, partHeight) / 2
      }) {
        runs[index] = runs[index].union(part)
      } else {
        runs.append(part)
      }
    }
    return runs.map {
      Box(
        minX: Double($0.minX) / scale, minY: Double($0.minY) / scale,
        maxX: Double($0.maxX + 1) / scale, maxY: Double($0.maxY + 1) / scale)
    }
    .sorted { ($0.minY, $0.minX) < ($1.minY, $1.minX) }
  }
}
