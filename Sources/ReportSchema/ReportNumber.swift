import Foundation

/// A number as printed in a report cell: an integer or a decimal, possibly signed.
///
/// The printed digits are kept (`7730.28`, `0.000123`, `-18`), so the JSON shows the same digits
/// and sums use exact decimal arithmetic.
public struct ReportNumber: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The canonical literal: optional `-`, digits without leading zeros, optional `.` and digits.
  public let literal: String

  /// Parses a canonical literal such as `12`, `-18` or `7730.28`; nil for anything else.
  ///
  /// Leading zeros of the integer part are dropped (`007` → `7`); decimals are kept as printed.
  public init?(literal text: String) {
    // One pass over the bytes: value parsing builds thousands of these per report.
    let utf8 = text.utf8
    var index = utf8.startIndex
    var negative = false
    if index != utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+")
    {
      negative = utf8[index] == UInt8(ascii: "-")
      index = utf8.index(after: index)
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + 1)
    var integerDigits = 0
    var fractionDigits = 0
    var seenDot = false
    var allZero = true
    while index != utf8.endIndex {
      let byte = utf8[index]
      index = utf8.index(after: index)
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if byte != UInt8(ascii: "0") { allZero = false }
        if seenDot {
          fractionDigits += 1
        } else {
          integerDigits += 1
          // Leading zeros of the integer part are dropped.
          if bytes.isEmpty && byte == UInt8(ascii: "0") { continue }
        }
        bytes.append(byte)
      case UInt8(ascii: ".") where !seenDot:
        guard integerDigits > 0 else { return nil }
        if bytes.isEmpty { bytes.append(UInt8(ascii: "0")) }
        seenDot = true
        bytes.append(byte)
      default:
        return nil
      }
    }
    guard integerDigits > 0, !seenDot || fractionDigits > 0 else { return nil }
    if bytes.isEmpty { bytes.append(UInt8(ascii: "0")) }
    if negative && !allZero { bytes.insert(UInt8(ascii: "-"), at: 0) }
    literal = String(decoding: bytes, as: UTF8.self)
  }

  /// An integer value.
  public init(_ value: Int) {
    literal = String(value)
  }

  /// The exact decimal value.
  public var decimal: Decimal { Decimal(string: literal, locale: Self.posix) ?? 0 }

  /// Created once: a `Locale` is slow to create, and the checks compare hundreds of numbers.
  private static let posix = Locale(identifier: "en_US_POSIX")

  /// Whether the two numbers have the same value (`1.5` and `1.50` do).
  public func hasSameValue(as other: ReportNumber) -> Bool {
    literal == other.literal || decimal == other.decimal
  }

  /// The value as an integer, when it has no fractional digits.
  public var integer: Int? {
    // The bytes, not `String.contains`, which goes through Foundation's substring search.
    literal.utf8.contains(UInt8(ascii: ".")) ? nil : Int(literal)
  }

  public var description: String { literal }

  /// The exact sum of the numbers, as a canonical literal.
  public static func sum(_ numbers: [ReportNumber]) -> ReportNumber {
    // Counts are integers: their sum needs no Decimal, whose parsing goes through a locale's
    // number formatter (docs/performance.md, "Integer sums without Decimal").
    var integerTotal = 0
    for number in numbers {
      guard let value = number.integer else { return decimalSum(numbers) }
      let (total, overflow) = integerTotal.addingReportingOverflow(value)
      guard !overflow else { return decimalSum(numbers) }
      integerTotal = total
    }
    return ReportNumber(integerTotal)
  }

  /// The exact sum of any numbers, integers or decimals.
  private static func decimalSum(_ numbers: [ReportNumber]) -> ReportNumber {
    let total = numbers.reduce(Decimal(0)) { $0 + $1.decimal }
    return ReportNumber(decimal: total)
  }

  /// A number from an exact decimal value.
  public init(decimal: Decimal) {
    var value = decimal
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 6, .plain)
    let text = NSDecimalNumber(decimal: rounded).stringValue
    literal = ReportNumber(literal: text)?.literal ?? "0"
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let number = ReportNumber(literal: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "not a number: \(text)")
    }
    self = number
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(literal)
  }
}
