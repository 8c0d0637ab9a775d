import DocumentModel
import PageImaging

/// Turns a scanned page into black ink on white paper against the paper's local brightness,
/// keeping the faint strokes a global threshold drops.
///
/// Song-style CJK fonts have hairline horizontal strokes; scanned at 150–200 dpi, blurred and
/// JPEG-compressed they print as gray 130–220 on paper near 250. A global Otsu threshold (about
/// 130 on such a page) erased most of them: on `s02` (200 dpi, blur 0.6) the page OCR of
/// table 三 read `一、本年新收…` as `本证新收虹府…` and lost every row label; a threshold at 0.78 of
/// the local paper level (≈ 195) read all of them. Seal-red ink is whitened first, by the same
/// colour rule as `ScanCleaner`.
///
/// The output is 8-bit gray holding only 0 and 255, so `ScanCleaner`'s own binarization keeps
/// it as it is and only deskews and despeckles it.
package struct ScanBinarizer {
  /// Side of the square blocks the paper level is measured in, in inches.
  ///
  /// 1/6 in (50 px at 300 dpi) is larger than one character cell of body text (≈ 0.15 in at
  /// 10.5 pt), so almost every block holds some bare paper.
  var blockInches = 1.0 / 6
  /// The fraction of a block's pixels darker than its paper level.
  ///
  /// Text and table blocks are at most ≈ 40 % ink; 0.85 still lands on paper in them.
  var paperQuantile = 0.85
  /// A pixel is ink when darker than this fraction of the local paper level.
  ///
  /// 0.78 × 250 ≈ 195: kept the hairlines of `s02` (gray 150–190) while paper noise of σ = 12
  /// (s04, s11) stays above it (4σ below 250 is 202).
  var inkRatio = 0.78
  /// A pixel is ruling ink, in the image rulings are found in, when darker than this fraction
  /// of the local paper level.
  ///
  /// Browsers and office suites print table borders light gray: on stress 9300:5 (WeasyPrint,
  /// 200 dpi JPEG q30) they scan at gray 185–200 on paper 240, ratio 0.77–0.83, so `inkRatio`
  /// broke them into pieces and the grid lost most of its inner borders. Only long straight runs
  /// survive the ruling detector's opening, so paper noise and text let through at 0.9 (216 on
  /// 240) do not become rulings.
  var rulingInkRatio = 0.9
  /// A pixel is dark ink, in the image a gray scan's title is re-read from
  /// (`TitleRereader.sealInkShare`), when darker than this fraction of the local paper level.
  ///
  /// A red seal loses its colour in a gray scan and covers the title as gray ink that the text
  /// image keeps: on stress 9751:10 (150 dpi gray) the seal printed gray 64–176 (ink
  /// (205, 35, 45) at full strength is 87) and the title under it 0–16, on paper 245; page OCR
  /// read the agency `东城乡人民政府` as `郑`. 0.3 × 245 ≈ 73 keeps the title's strokes and
  /// drops the seal.
  var darkInkRatio = 0.3
  /// The seal colour rule (minimum red, minimum red excess over green and blue).
  var seal = ScanCleanerSettings()

  /// The page as 0/255 gray of the same size and dpi.
  package init() {}

  /// A binarizer whitening seal ink as `seal` says.
  package init(seal: ScanCleanerSettings) {
    self.seal = seal
  }

  package func binarized(_ image: PageImage) -> PageImage {
    binarized(image, ratios: [inkRatio])[0]
  }

  /// The page binarized for text (`inkRatio`) and for ruling detection (`rulingInkRatio`), and
  /// when asked for its dark ink alone (`darkInkRatio`), from one measurement of the paper.
  package func binarizedForTextAndRulings(_ image: PageImage, darkInk: Bool = false) -> (
    text: PageImage, rulings: PageImage, darkInk: PageImage?
  ) {
    let images = binarized(
      image, ratios: [inkRatio, rulingInkRatio] + (darkInk ? [darkInkRatio] : []))
    return (images[0], images[1], darkInk ? images[2] : nil)
  }

  /// One 0/255 image per ratio of the local paper level.
  private func binarized(_ image: PageImage, ratios: [Double]) -> [PageImage] {
    let gray = GrayConversion.grayWithoutSeal(image, rule: seal).gray
    let block = max(8, Int((blockInches * image.dpi).rounded()))
    let paper = paperLevels(gray, width: image.width, height: image.height, block: block)
    return ratios.map { ratio in
      thresholded(gray, image: image, block: block, levels: paper.map { Int(Double($0) * ratio) })
    }
  }

  /// `gray` with every pixel darker than its block's level set to 0, the rest to 255.
  private func thresholded(_ gray: [UInt8], image: PageImage, block: Int, levels paper: [Int])
    -> PageImage
  {
    let columns = (image.width + block - 1) / block
    var output = [UInt8](repeating: 255, count: gray.count)
    gray.withUnsafeBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        for y in 0..<image.height {
          let row = (y / block) * columns
          let offset = y * image.width
          for x in 0..<image.width {
            let level = paper[row + x / block]
            if Int(source[offset + x]) < level { target[offset + x] = 0 }
          }
        }
      }
    }
    return PageImage(
      width: image.width, height: image.height, channels: 1, dpi: image.dpi, pixels: output)
  }

  /// Per block, the paper level: the brightest of its own and its eight neighbours'
  /// `paperQuantile` values (a block filled by a seal or a thick heading borrows
  /// the paper of its neighbours).
  private func paperLevels(_ gray: [UInt8], width: Int, height: Int, block: Int) -> [Int] {
    let columns = (width + block - 1) / block
    let rows = (height + block - 1) / block
    var quantiles = [Int](repeating: 255, count: columns * rows)
    gray.withUnsafeBufferPointer { pixels in
      var histogram = [Int](repeating: 0, count: 256)
      for blockRow in 0..<rows {
        for blockColumn in 0..<columns {
          for index in 0..<256 { histogram[index] = 0 }
          let x0 = blockColumn * block
          let y0 = blockRow * block
          let x1 = min(width, x0 + block)
          let y1 = min(height, y0 + block)
          for y in y0..<y1 {
            let offset = y * width
            for x in x0..<x1 { histogram[Int(pixels[offset + x])] += 1 }
          }
          let target = Int(Double((x1 - x0) * (y1 - y0)) * paperQuantile)
          var seen = 0
          var level = 255
          for value in 0..<256 {
            seen += histogram[value]
            if seen > target {
              level = value
              break
            }
          }
          quantiles[blockRow * columns + blockColumn] = level
        }
      }
    }
    var levels = [Int](repeating: 0, count: quantiles.count)
    for blockRow in 0..<rows {
      for blockColumn in 0..<columns {
        var brightest = 0
        for dy in -1...1 {
          for dx in -1...1 {
            let r = blockRow + dy
            let c = blockColumn + dx
            guard r >= 0, r < rows, c >= 0, c < columns else { continue }
            brightest = max(brightest, quantiles[r * columns + c])
          }
        }
        levels[blockRow * columns + blockColumn] = brightest
      }
    }
    return levels
  }
}
