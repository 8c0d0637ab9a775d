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
    var body = Substring(text)
    var negative = false
    if body.first == "-" || body.first == "+" {
      negative = body.first == "-"
      body = body.dropFirst()
    }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let intPart = parts.first, !intPart.isEmpty,
      intPart.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    var fraction = ""
    if parts.count == 2 {
      guard !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
      fraction = String(parts[1])
    }
    var digits = String(intPart.drop { $0 == "0" })
    if digits.isEmpty { digits = "0" }
    let isZero = digits == "0" && fraction.allSatisfy { $0 == "0" }
    literal = (negative && !isZero ? "-" : "") + digits + (fraction.isEmpty ? "" : "." + fraction)
  }

  /// An integer value.
  public init(_ value: Int) {
    literal = String(value)
  }

  /// The exact decimal value.
  public var decimal: Decimal { Decimal(string: literal, locale: Self.posix) ?? 0 }

  /// Created once: a `Locale` costs tens of microseconds, and the checks compare hundreds of numbers.
  private static let posix = Locale(identifier: "en_US_POSIX")

  /// Whether the two numbers have the same value (`1.5` and `1.50` do).
  public func hasSameValue(as other: ReportNumber) -> Bool {
    if literal == other.literal { return true }
    if let sum = FixedPoint.sum([self, FixedPoint.negated(other)]) { return sum.literal == "0" }
    return decimal == other.decimal
  }

  /// The value as an integer, when it has no fractional digits.
  public var integer: Int? { literal.contains(".") ? nil : Int(literal) }

  public var description: String { literal }

  /// The exact sum of the numbers, as a canonical literal.
  public static func sum(_ numbers: [ReportNumber]) -> ReportNumber {
    // Report figures have few decimals: scaled integers add them exactly without Foundation's
    // Decimal (whose string conversions were most of the cross-checks' time).
    if let total = FixedPoint.sum(numbers) { return total }
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
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a number: \(text)")
    }
    self = number
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(literal)
  }
}
