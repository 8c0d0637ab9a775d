import CLeptonica
import DocumentModel

/// The one owner of a Leptonica `PIX`, destroyed with `pixDestroy` when it goes away.
///
/// Tesseract clones the image in `TessBaseAPISetImage2`, so a `LeptonicaPix` may be dropped
/// as soon as it has been handed over.
struct LeptonicaPix: ~Copyable {
  /// PIX *; owned, released in deinit.
  let pointer: UnsafeMutablePointer<PIX>

  /// Takes ownership of a PIX that nothing else will destroy.
  init(owning pointer: UnsafeMutablePointer<PIX>) {
    self.pointer = pointer
  }

  deinit {
    var owned: UnsafeMutablePointer<PIX>? = pointer
    pixDestroy(&owned)
  }

  /// An 8-bit gray copy of `region` of `image` (RGB is converted with the luma weights),
  /// carrying the image's resolution.
  ///
  /// Leptonica stores 8 bpp pixels in 32-bit words, most significant byte first; on a
  /// little-endian machine byte `x` of a row therefore lives at byte offset `x ^ 3` of the row.
  ///
  /// - Throws: `OCRError.imageConversionFailed` for an empty region or a failed allocation.
  init(gray image: PageImage, region: PixelRect) throws(OCRError) {
    guard !region.isEmpty, region.x >= 0, region.y >= 0, region.maxX <= image.width,
      region.maxY <= image.height,
      let pix = pixCreate(Int32(region.width), Int32(region.height), 8),
      let data = pixGetData(pix)
    else { throw OCRError.imageConversionFailed(width: region.width, height: region.height) }
    let rowBytes = Int(pixGetWpl(pix)) * 4
    let destination = UnsafeMutableRawPointer(data).assumingMemoryBound(to: UInt8.self)
    image.pixels.withUnsafeBufferPointer { source in
      for row in 0..<region.height {
        let sourceRow = ((region.y + row) * image.width + region.x) * image.channels
        let destinationRow = destination + row * rowBytes
        for column in 0..<region.width {
          let value: UInt8
          if image.channels == 1 {
            value = source[sourceRow + column]
          } else {
            let i = sourceRow + column * 3
            let red = Int(source[i]) * 299
            let green = Int(source[i + 1]) * 587
            let blue = Int(source[i + 2]) * 114
            value = UInt8((red + green + blue) / 1000)
          }
          #if _endian(little)
            destinationRow[column ^ 3] = value
          #else
            destinationRow[column] = value
          #endif
        }
      }
    }
    let dpi = Int32(image.dpi.rounded())
    pixSetResolution(pix, dpi, dpi)
    self.init(owning: pix)
  }

  /// A copy with a `width`-pixel white frame around it.
  func bordered(by width: Int) throws(OCRError) -> LeptonicaPix {
    guard let pix = pixAddBorder(pointer, Int32(width), 255) else {
      throw OCRError.imageConversionFailed(width: Int(pixGetWidth(pointer)), height: width)
    }
    return LeptonicaPix(owning: pix)
  }

  /// A copy scaled by `factor` in both directions (Leptonica's smoothing scaler below 0.7).
  func scaled(by factor: Double) throws(OCRError) -> LeptonicaPix {
    guard let pix = pixScale(pointer, Float(factor), Float(factor)) else {
      throw OCRError.imageConversionFailed(
        width: Int(pixGetWidth(pointer)), height: Int(pixGetHeight(pointer)))
    }
    return LeptonicaPix(owning: pix)
  }
}
