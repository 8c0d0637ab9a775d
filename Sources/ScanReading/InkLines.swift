import DocumentModel

/// The text lines inside a region of a binarized page, found from its row ink profile.
///
/// Tesseract's page layout analysis mangles table label cells that wrap over two or three
/// lines (on `s02` it read `（二）部分公开（区分处理的，只计这一情形…）` as `E一AN人只1`); each line
/// cropped alone and read as one line is read right. Lines are the runs of pixel rows that hold
/// ink, separated by blank rows.
struct InkLines {
  /// Margin dropped on every side of the region, in points, so the cell's own rulings are not
  /// counted as ink.
  var inset = 2.0
  /// A row holds ink when at least this many of its pixels are dark.
  var minimumInkPixels = 2
  /// Runs thinner than this, in points, are dropped (specks, a ruling fragment).
  var minimumLineHeight = 3.0
  /// Runs closer than this, in points, are one line (the parts of 二 or 三 are split by blank
  /// rows at 300 dpi).
  var mergeGap = 2.0
  /// Two runs at least this tall, in points, are two lines however close they stand: the parts
  /// of one glyph row that blank rows split (the strokes of 二 or 三) are thinner.
  ///
  /// A two-line label set tight (`5.属于三类内部` / `事务信息`, stress 9761:8, WeasyPrint at 300
  /// dpi) has runs of 10.3 and 10.5 pt 1.7 pt apart, within `mergeGap`: joined, the cell was read
  /// as one line of junk and three rows of table 三 went unmapped. A stroke of 二 or 三 is at most
  /// 2 pt tall in 16 pt type.
  var separateLinesHeight = 5.0

  /// The line boxes in points, top to bottom; each spans the region's full width.
  func lines(in image: PageImage, box: Box) -> [Box] {
    let scale = image.dpi / 72
    let x0 = max(0, Int(((box.minX + inset) * scale).rounded(.up)))
    let x1 = min(image.width, Int(((box.maxX - inset) * scale).rounded(.down)))
    let y0 = max(0, Int(((box.minY + inset) * scale).rounded(.up)))
    let y1 = min(image.height, Int(((box.maxY - inset) * scale).rounded(.down)))
    guard x1 > x0, y1 > y0 else { return [] }
    var runs: [(Int, Int)] = []
    image.pixels.withUnsafeBufferPointer { pixels in
      var start: Int?
      for y in y0..<y1 {
        var dark = 0
        let offset = y * image.width * image.channels
        for x in x0..<x1 where pixels[offset + x * image.channels] < 128 { dark += 1 }
        if dark >= minimumInkPixels {
          if start == nil { start = y }
        } else if let first = start {
          runs.append((first, y))
          start = nil
        }
      }
      if let first = start { runs.append((first, y1)) }
    }
    let gap = Int((mergeGap * scale).rounded())
    var merged: [(Int, Int)] = []
    let separate = separateLinesHeight * scale
    for run in runs {
      if let last = merged.last, run.0 - last.1 <= gap,
        Double(min(last.1 - last.0, run.1 - run.0)) < separate
      {
        merged[merged.count - 1].1 = run.1
      } else {
        merged.append(run)
      }
    }
    let minimum = Int((minimumLineHeight * scale).rounded())
    return merged.filter { $0.1 - $0.0 >= minimum }.map { run in
      Box(
        minX: Double(x0) / scale, minY: Double(run.0) / scale, maxX: Double(x1) / scale,
        maxY: Double(run.1) / scale)
    }
  }
}

extension InkLines {
  /// The lines of ink in the page-wide gaps at least `minimumGap` points tall above and between
  /// `lines` (page OCR's, top to bottom), where page OCR read nothing: lines it skipped.
  func lines(
    skippedBy lines: some Sequence<TextLine>, in image: PageImage, minimumGap: Double
  ) -> [Box] {
    let width = Double(image.width) * image.pointsPerPixel
    var found: [Box] = []
    var bottom = 0.0
    for line in lines {
      if line.box.minY - bottom > minimumGap {
        found += self.lines(
          in: image, box: Box(minX: 0, minY: bottom, maxX: width, maxY: line.box.minY - 1))
      }
      bottom = max(bottom, line.box.maxY + 1)
    }
    return found
  }
}
