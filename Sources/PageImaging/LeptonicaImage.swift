import CLeptonica
import DocumentModel

/// Owns one leptonica `PIX` and destroys it in `deinit`; the only place pixels cross between
/// `PageImage` and leptonica.
///
/// Leptonica packs 8 bpp pixels into 32-bit words with the leftmost pixel in the most
/// significant byte. The conversions below build and split whole words with shifts, so they are
/// right on either byte order and need no per-pixel `pixSetPixel` call.
package final class LeptonicaImage {
  /// The `PIX *`; destroyed in `deinit`.
  package let pix: UnsafeMutablePointer<PIX>

  /// Takes ownership of `pix`, or returns nil when leptonica returned no image.
  package init?(taking pix: UnsafeMutablePointer<PIX>?) {
    guard let pix else { return nil }
    self.pix = pix
  }

  deinit {
    var owned: UnsafeMutablePointer<PIX>? = pix
    pixDestroy(&owned)
  }

  package var width: Int { Int(pixGetWidth(pix)) }
  package var height: Int { Int(pixGetHeight(pix)) }

  /// An 8 bpp leptonica copy of gray pixels (one byte per pixel, `width × height`).
  ///
  /// - Returns: nil when leptonica cannot allocate the image.
  package static func gray(_ pixels: [UInt8], width: Int, height: Int, dpi: Double)
    -> LeptonicaImage?
  {
    precondition(pixels.count == width * height, "gray buffer size mismatch")
    LeptonicaLog.silence()
    guard let image = LeptonicaImage(taking: pixCreate(Int32(width), Int32(height), 8)),
      let data = pixGetData(image.pix)
    else { return nil }
    let resolution = Int32(dpi.rounded())
    pixSetResolution(image.pix, resolution, resolution)
    let wordsPerLine = Int(pixGetWpl(image.pix))
    pixels.withUnsafeBufferPointer { source in
      guard let source = source.baseAddress else { return }
      for y in 0..<height {
        let row = source + y * width
        let words = data + y * wordsPerLine
        for word in 0..<wordsPerLine {
          var value: UInt32 = 0
          for byte in 0..<4 {
            let x = word * 4 + byte
            let pixel: UInt32 = x < width ? UInt32(row[x]) : 255
            value |= pixel << UInt32(24 - 8 * byte)
          }
          words[word] = value
        }
      }
    }
    return image
  }

  /// An 8 bpp leptonica copy of a page image; RGB images are converted to gray first.
  package static func gray(_ image: PageImage) -> LeptonicaImage? {
    let pixels = image.channels == 1 ? image.pixels : GrayConversion.gray(of: image)
    return gray(pixels, width: image.width, height: image.height, dpi: image.dpi)
  }

  /// An 8 bpp leptonica copy of `region` of a page image (RGB converted to gray), or nil for an
  /// empty region, one outside the image, or a failed allocation.
  package static func gray(_ image: PageImage, region: PixelRect) -> LeptonicaImage? {
    guard !region.isEmpty, region.x >= 0, region.y >= 0, region.maxX <= image.width,
      region.maxY <= image.height
    else { return nil }
    if region == PixelRect(of: image) { return gray(image) }
    var pixels = [UInt8]()
    pixels.reserveCapacity(region.width * region.height)
    for y in region.y..<region.maxY {
      let start = y * image.width + region.x
      if image.channels == 1 {
        pixels += image.pixels[start..<(start + region.width)]
      } else {
        for index in start..<(start + region.width) {
          pixels.append(
            Luma.gray(
              image.pixels[3 * index], image.pixels[3 * index + 1], image.pixels[3 * index + 2]))
        }
      }
    }
    return gray(pixels, width: region.width, height: region.height, dpi: image.dpi)
  }

  /// A copy with a `width`-pixel white frame around it, or nil when leptonica fails.
  package func bordered(by width: Int) -> LeptonicaImage? {
    LeptonicaImage(taking: pixAddBorder(pix, Int32(width), 255))
  }

  /// A copy scaled by `factor` both ways (leptonica smooths below 0.7), or nil when it fails.
  package func scaled(by factor: Double) -> LeptonicaImage? {
    LeptonicaImage(taking: pixScale(pix, Float(factor), Float(factor)))
  }

  /// The pixels of an 8 bpp image as a gray `PageImage`, or nil when this is not 8 bpp.
  func grayPageImage(dpi: Double) -> PageImage? {
    guard pixGetDepth(pix) == 8, let data = pixGetData(pix) else { return nil }
    let width = self.width
    let height = self.height
    let wordsPerLine = Int(pixGetWpl(pix))
    let pixels = [UInt8](unsafeUninitializedCapacity: width * height) { buffer, count in
      guard let out = buffer.baseAddress else { return }
      for y in 0..<height {
        let words = data + y * wordsPerLine
        let line = out + y * width
        for x in 0..<width {
          line[x] = UInt8(truncatingIfNeeded: words[x >> 2] >> UInt32(24 - 8 * (x & 3)))
        }
      }
      count = width * height
    }
    return PageImage(width: width, height: height, channels: 1, dpi: dpi, pixels: pixels)
  }
}
