import DocumentModel

/// Finds a minus printed before a number's digits, which the digits engine may leave out.
///
/// Table 二's signed changes (2019 format, `本年增/减`) print a short bar before the digits;
/// the digits engine read `-3` as `3` at 0.9 from the value's ink (stress 9774:67, 200 dpi gray;
/// 9774:81, 300 dpi) while page OCR read the cell as junk, so no reading kept the sign. The bar
/// is told by its geometry: the first run of inked pixel columns, flat, no wider than a digit
/// is tall, at the middle height of the first digit and close before it.
struct MinusSign: Sendable {
  /// A bar at most this share of the first digit's height thick (a minus is ≈ 0.08 em thick,
  /// a digit ≈ 0.7 em tall; a decimal point, the narrowest piece of a number, is as tall as it
  /// is wide).
  var maximumThickness = 0.25
  /// A bar at least this many times as wide as it is thick.
  var minimumAspect = 2.0
  /// A bar at most this share of the first digit's height wide (a minus is ≈ 0.35 em, an em
  /// dash 1 em wide).
  var maximumWidth = 1.0
  /// The bar's middle lies between these shares of the first digit's height from its top (a
  /// minus sits at the middle of a digit, ≈ 0.5; an underscore or a ruling's remnant at the
  /// bottom or top does not).
  var middle = 0.3...0.75
  /// The gap between the bar and the first digit is at most this share of the digit's height.
  var maximumGap = 0.6

  /// Whether a sign page OCR read at `x` (points, the left end of its word) could be a minus
  /// before the value's ink `ink`: no farther left of it than a bar's width and gap.
  ///
  /// Page OCR read a speck 120 pt left of `8709.8`, at the digits' middle height, as one word
  /// `-8709.8` (stress 9795:34, 200 dpi gray); the value's ink left the speck out and the re-read
  /// `8709.8` took the sign back.
  func couldPrecede(_ ink: Box, from x: Double) -> Bool {
    ink.minX - x <= (maximumWidth + maximumGap) * ink.height
  }

  /// Whether the ink in `ink` (points) starts with a minus before at least one digit.
  func isLeading(in image: PageImage, ink: Box) -> Bool {
    let region = PixelRect(covering: ink, in: image)
    guard !region.isEmpty else { return false }
    let runs = image.inkedColumnRuns(in: region)
    // The digit right after the bar gives the height: ink further on may be a speck or a
    // seal's ring reaching into the cell.
    guard runs.count >= 2, let bar = rows(in: image, columns: runs[0], region: region),
      let digit = rows(in: image, columns: runs[1], region: region)
    else { return false }
    let height = Double(digit.count)
    let thickness = Double(bar.count)
    let width = Double(runs[0].count)
    let centre = (Double(bar.lowerBound + bar.upperBound) / 2 - Double(digit.lowerBound)) / height
    let gap = Double(runs[1].lowerBound - runs[0].upperBound)
    return thickness <= maximumThickness * height && width >= minimumAspect * thickness
      && width <= maximumWidth * height && middle.contains(centre) && gap <= maximumGap * height
  }

  /// The rows of `region` inked within `columns`, first to last, or nil when none is.
  private func rows(in image: PageImage, columns: Range<Int>, region: PixelRect) -> Range<Int>? {
    let inked = (region.y..<region.maxY).filter { y in
      columns.contains { image.gray(x: $0, y: y) < 128 }
    }
    guard let first = inked.first, let last = inked.last else { return nil }
    return first..<(last + 1)
  }
}
