import CLeptonica

extension LeptonicaPix {
  /// A copy of this 8-bit gray image with long horizontal and vertical lines painted white.
  ///
  /// Binarizes at `threshold`, opens with a `length`×1 and a 1×`length` brick to keep only
  /// line runs at least `length` pixels long, dilates that mask by `margin` pixels to cover
  /// anti-aliased edges, and sets the masked pixels to white.
  func erasingLines(length: Int, threshold: UInt8, margin: Int) throws(OCRError) -> LeptonicaPix {
    let failure = OCRError.imageConversionFailed(
      width: Int(pixGetWidth(pointer)), height: Int(pixGetHeight(pointer)))
    guard let copy = pixCopy(nil, pointer) else { throw failure }
    let result = LeptonicaPix(owning: copy)
    guard let binary = pixThresholdToBinary(pointer, Int32(threshold)) else { throw failure }
    let binaryOwner = LeptonicaPix(owning: binary)
    guard let horizontal = pixOpenBrick(nil, binaryOwner.pointer, Int32(length), 1) else {
      throw failure
    }
    let horizontalOwner = LeptonicaPix(owning: horizontal)
    guard let vertical = pixOpenBrick(nil, binaryOwner.pointer, 1, Int32(length)) else {
      throw failure
    }
    let verticalOwner = LeptonicaPix(owning: vertical)
    guard let lines = pixOr(nil, horizontalOwner.pointer, verticalOwner.pointer) else {
      throw failure
    }
    let linesOwner = LeptonicaPix(owning: lines)
    let size = Int32(2 * margin + 1)
    guard let mask = pixDilateBrick(nil, linesOwner.pointer, size, size) else { throw failure }
    let maskOwner = LeptonicaPix(owning: mask)
    guard pixSetMasked(result.pointer, maskOwner.pointer, 255) == 0 else { throw failure }
    return result
  }
}
