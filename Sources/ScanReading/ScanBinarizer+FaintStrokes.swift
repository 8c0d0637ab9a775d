import DocumentModel

extension ScanBinarizer {
  /// The paper level of each block of a page (`paperLevels`), by pixel.
  struct PaperLevels {
    /// The side of a block, in pixels.
    var block: Int
    /// One level per block, row by row.
    var levels: [Int]

    func level(x: Int, y: Int, width: Int) -> Int {
      let columns = (width + block - 1) / block
      return levels[(y / block) * columns + x / block]
    }
  }

  /// Completes the faint strokes of `text`, in place: each piece of ink (8-connected) at least
  /// `faintStrokeMinimumLength` long whose darkest pixel is lighter than `faintStrokeDarkness`
  /// of its paper grows by up to `faintStrokeReach` into the ink of `lenient` it touches.
  ///
  /// A faint stroke is faint because it is thin for the scan's blur, and its hairlines are
  /// fainter still: hysteresis keeps them without letting paper noise in (noise not touching a
  /// stroke stays out) and without thickening dark ink, whose blurred halo would fuse digits
  /// with their borders.
  ///
  /// In place, so that no second copy of the page is held (8.7 MB at 300 dpi).
  func growFaintStrokes(
    of text: inout PageImage, within lenient: PageImage, gray: [UInt8], paper: PaperLevels
  ) {
    let width = text.width
    let height = text.height
    // 0 ink not yet visited, 1 ink visited, 255 paper.
    let shortest = faintStrokeMinimumLength * text.dpi / 72
    let reach = Int((faintStrokeReach * text.dpi / 72).rounded())
    var stack: [Int] = []
    var piece: [Int] = []
    var faint: [Int] = []
    text.pixels.withUnsafeMutableBufferPointer { ink in
      gray.withUnsafeBufferPointer { gray in
        lenient.pixels.withUnsafeBufferPointer { lenient in
          /// Calls `body` with the index of each of the pixel's eight neighbours.
          func neighbours(of index: Int, _ body: (Int) -> Void) {
            let x = index % width
            let y = index / width
            for ny in max(0, y - 1)...min(height - 1, y + 1) {
              for nx in max(0, x - 1)...min(width - 1, x + 1) where nx != x || ny != y {
                body(ny * width + nx)
              }
            }
          }
          for start in 0..<ink.count where ink[start] == 0 {
            ink[start] = 1
            stack.append(start)
            piece.removeAll(keepingCapacity: true)
            var darkest = 255
            var (minX, maxX, minY, maxY) = (width, 0, height, 0)
            while let index = stack.popLast() {
              piece.append(index)
              darkest = min(darkest, Int(gray[index]))
              (minX, maxX) = (min(minX, index % width), max(maxX, index % width))
              (minY, maxY) = (min(minY, index / width), max(maxY, index / width))
              neighbours(of: index) { next in
                if ink[next] == 0 {
                  ink[next] = 1
                  stack.append(next)
                }
              }
            }
            let level = paper.level(x: start % width, y: start / width, width: width)
            if Double(darkest) > faintStrokeDarkness * Double(level),
              Double(max(maxX - minX, maxY - minY) + 1) >= shortest
            {
              faint += piece
            }
          }
          // Grown one ring of pixels at a time, `reach` rings.
          var ring = faint
          for _ in 0..<reach {
            var next: [Int] = []
            for index in ring {
              neighbours(of: index) { neighbour in
                if ink[neighbour] == 255, lenient[neighbour] == 0 {
                  ink[neighbour] = 1
                  next.append(neighbour)
                }
              }
            }
            ring = next
          }
          for index in 0..<ink.count where ink[index] == 1 { ink[index] = 0 }
        }
      }
    }
  }
}
