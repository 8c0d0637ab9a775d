/// Exact sums of report numbers as scaled integers: `7730.28` is 773028 at scale 2.
///
/// Covers every figure a report prints (at most `maxScale` decimals, at most 18 digits); anything
/// else gives nil and `ReportNumber` falls back to Foundation's `Decimal`.
enum FixedPoint {
  /// The most fractional digits handled here; `ReportNumber(decimal:)` rounds to 6 as well.
  static let maxScale = 6

  /// The exact sum in canonical form (no trailing fractional zeros, `0` never negative), or nil
  /// when a number has too many digits or the sum would overflow.
  static func sum(_ numbers: [ReportNumber]) -> ReportNumber? {
    var parsed: [(value: Int, scale: Int)] = []
    parsed.reserveCapacity(numbers.count)
    var scale = 0
    for number in numbers {
      guard let value = scaled(number.literal) else { return nil }
      parsed.append(value)
      scale = max(scale, value.scale)
    }
    var total = 0
    for (value, ownScale) in parsed {
      guard let term = aligned(value, from: ownScale, to: scale) else { return nil }
      let (next, overflow) = total.addingReportingOverflow(term)
      guard !overflow else { return nil }
      total = next
    }
    return ReportNumber(literal: literal(total, scale: scale))
  }

  /// Whether two literals have the same value (`1.5`, `1.50`), or nil when one is beyond the
  /// fast path.
  static func sameValue(_ a: String, _ b: String) -> Bool? {
    guard let x = scaled(a), let y = scaled(b) else { return nil }
    let scale = max(x.scale, y.scale)
    guard let u = aligned(x.value, from: x.scale, to: scale),
      let v = aligned(y.value, from: y.scale, to: scale)
    else { return nil }
    return u == v
  }

  /// `value` at `scale` expressed at the larger scale `target`, or nil on overflow.
  static func aligned(_ value: Int, from scale: Int, to target: Int) -> Int? {
    var result = value
    for _ in scale..<target {
      let (product, overflow) = result.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      result = product
    }
    return result
  }

  /// A canonical literal's digits as an integer and its count of fractional digits.
  static func scaled(_ literal: String) -> (value: Int, scale: Int)? {
    var value = 0
    var scale: Int? = nil
    var negative = false
    var digits = 0
    for byte in literal.utf8 {
      switch byte {
      case UInt8(ascii: "-") where digits == 0 && !negative:
        negative = true
      case UInt8(ascii: "."):
        guard scale == nil else { return nil }
        scale = 0
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        digits += 1
        guard digits <= 18 else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
        if let current = scale { scale = current + 1 }
      default:
        return nil
      }
    }
    guard digits > 0, (scale ?? 0) <= maxScale else { return nil }
    return (negative ? -value : value, scale ?? 0)
  }

  /// The canonical literal of `value` / 10^`scale`, trailing fractional zeros dropped.
  static func literal(_ value: Int, scale: Int) -> String {
    var digits = String(value.magnitude)
    if scale > 0 {
      if digits.count <= scale {
        digits = String(repeating: "0", count: scale - digits.count + 1) + digits
      }
      var fraction = digits.suffix(scale)
      while fraction.last == "0" { fraction = fraction.dropLast() }
      let whole = digits.dropLast(scale)
      digits = fraction.isEmpty ? String(whole) : whole + "." + fraction
    }
    return (value < 0 ? "-" : "") + digits
  }
}
