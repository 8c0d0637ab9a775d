import DocumentModel

/// Whitens the ruling lines of a binarized picture and keeps the strokes that cross them, so
/// OCR reads a table's text without its borders.
///
/// Tesseract's page layout runs a dense table's cells together across their borders and reads a
/// label crop that holds a border fragment as other characters (a table pasted as a picture,
/// stress 3:11: `一、本年新收政府信息公开申请数量` read `全人下三` with its borders, right without).
/// Where a ruling was found, each pixel column (row, for a vertical ruling) across it is looked
/// at: an ink run there no thicker than `maximumThickness` is the ruling and is whitened; a
/// longer one is a glyph stroke crossing or touching it and stays.
struct RulingEraser: Sendable {
  /// The thickest ink run across a ruling that is the ruling alone, in points.
  var maximumThickness: Double
  /// How far from a ruling's found position its ink may lie, in points.
  var searchDistance: Double

  /// The image (0 ink, 255 paper, one channel) with the rulings' pixels whitened.
  func erased(_ rulings: [Ruling], from image: PageImage) -> PageImage {
    precondition(image.channels == 1, "a binarized picture has one channel")
    let scale = image.dpi / 72
    let thickest = Int((maximumThickness * scale).rounded())
    let reach = Int((searchDistance * scale).rounded())
    let (width, height) = (image.width, image.height)
    var pixels = image.pixels
    pixels.withUnsafeMutableBufferPointer { buffer in
      for ruling in rulings {
        let horizontal = ruling.axis == .horizontal
        // Along: the axis the ruling runs on; across: the other one.
        let alongLimit = horizontal ? width : height
        let acrossLimit = horizontal ? height : width
        let centre = Int((ruling.position * scale).rounded())
        let first = max(0, Int((ruling.start * scale).rounded(.down)))
        let last = min(alongLimit - 1, Int((ruling.end * scale).rounded(.up)))
        guard first <= last, centre >= 0, centre < acrossLimit else { continue }
        func index(_ along: Int, _ across: Int) -> Int {
          horizontal ? across * width + along : along * width + across
        }
        for along in first...last {
          // The ink pixel across the ruling nearest its found position.
          var hit: Int? = nil
          for offset in 0...reach {
            if centre - offset >= 0, buffer[index(along, centre - offset)] < 128 {
              hit = centre - offset
              break
            }
            if centre + offset < acrossLimit, buffer[index(along, centre + offset)] < 128 {
              hit = centre + offset
              break
            }
          }
          guard let hit else { continue }
          var low = hit
          while low > 0, buffer[index(along, low - 1)] < 128, hit - low < thickest { low -= 1 }
          var high = hit
          while high < acrossLimit - 1, buffer[index(along, high + 1)] < 128,
            high - low < thickest
          {
            high += 1
          }
          guard high - low < thickest else { continue }
          for across in low...high { buffer[index(along, across)] = 255 }
        }
      }
    }
    return PageImage(width: width, height: height, channels: 1, dpi: image.dpi, pixels: pixels)
  }
}
