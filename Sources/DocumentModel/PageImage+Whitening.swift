extension PageImage {
  /// The image with the band along each line painted paper-white.
  ///
  /// - Parameters:
  ///   - lines: Lines in points, origin top-left, as `Ruling`s of this page.
  ///   - halfWidth: How far either side of a line's position the band reaches, in points.
  /// - Returns: A copy with every band's pixels (clipped to the image) set to 255.
  public func whitened(along lines: [Ruling], halfWidth: Double) -> PageImage {
    var copy = self
    let scale = dpi / 72
    for line in lines {
      let across = (
        Int(((line.position - halfWidth) * scale).rounded(.down)),
        Int(((line.position + halfWidth) * scale).rounded(.up))
      )
      let along = (Int((line.start * scale).rounded(.down)), Int((line.end * scale).rounded(.up)))
      let (xs, ys) = line.axis == .horizontal ? (along, across) : (across, along)
      let left = max(0, xs.0)
      let right = min(width - 1, xs.1)
      let top = max(0, ys.0)
      let bottom = min(height - 1, ys.1)
      guard left <= right, top <= bottom else { continue }
      for y in top...bottom {
        let row = y * width
        for index in ((row + left) * channels)..<((row + right + 1) * channels) {
          copy.pixels[index] = 255
        }
      }
    }
    return copy
  }
}
