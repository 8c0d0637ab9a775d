import Testing

@testable import ReportSchema

@Suite struct RoundedLiteralTests {
  /// The straightforward String version the byte version replaced: the reference.
  static func reference(_ value: Double, places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (value * scale).rounded()
    let negative = scaled < 0
    let magnitude = Int(abs(scaled))
    var digits = String(magnitude)
    if places > 0 {
      if digits.count <= places {
        digits = String(repeating: "0", count: places - digits.count + 1) + digits
      }
      let split = digits.index(digits.endIndex, offsetBy: -places)
      var fraction = String(digits[split...])
      while fraction.hasSuffix("0") { fraction.removeLast() }
      digits = String(digits[..<split]) + (fraction.isEmpty ? "" : "." + fraction)
    }
    return (negative && magnitude != 0 ? "-" : "") + digits
  }

  @Test func byteVersionMatchesTheReferenceOnBoxesAndConfidences() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let places = Int.random(in: 0...4, using: &generator)
      let value =
        Bool.random(using: &generator)
        ? Double.random(in: -1000...1000, using: &generator)
        : Double(Int.random(in: -200_000...200_000, using: &generator)) / 100
      #expect(
        ExtractionOutput.rounded(value, places: places) == Self.reference(value, places: places),
        "\(value) places \(places)")
    }
    let edges: [(Double, Int, String)] = [
      (0, 2, "0"), (-0.004, 2, "0"), (0.5, 2, "0.5"), (12.3456, 2, "12.35"), (-7.1, 3, "-7.1"),
      (100, 2, "100"), (0.999, 3, "0.999"), (0.9996, 3, "1"), (595.28, 2, "595.28"),
    ]
    for (value, places, text) in edges {
      #expect(ExtractionOutput.rounded(value, places: places) == text)
    }
  }
}
