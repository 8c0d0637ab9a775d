import Foundation
import Testing

@testable import ReportSchema

@Suite struct ReportNumberSumTests {
  @Test func sumsKeepCanonicalForm() {
    let sum = { (texts: [String]) in
      ReportNumber.sum(texts.map { ReportNumber(literal: $0)! }).literal
    }
    #expect(sum(["1.50", "1.50"]) == "3")
    #expect(sum(["1.25", "1.25"]) == "2.5")
    #expect(sum(["0.5", "-1"]) == "-0.5")
    #expect(sum(["-3", "3"]) == "0")
    #expect(sum([]) == "0")
    #expect(sum(["7730.28", "0.000123"]) == "7730.280123")
  }

  @Test func longAndLargeFiguresAddExactly() {
    let long = ReportNumber(literal: "0.1234567")!  // seven decimals
    #expect(ReportNumber.sum([long, long]).literal == "0.246913")  // rounded to 6, as every sum
    let huge = ReportNumber(literal: "9223372036854775807")!
    #expect(ReportNumber.sum([huge, huge]).literal == "18446744073709551614")
  }

  /// Integers are summed without Decimal; the result must be the Decimal sum's literal.
  @Test func integerSumsMatchTheDecimalSum() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let numbers = (0..<Int.random(in: 0...25, using: &generator)).map { _ in
        ReportNumber(Int.random(in: -5_000...1_000_000, using: &generator))
      }
      let total = numbers.reduce(Decimal(0)) { $0 + $1.decimal }
      #expect(ReportNumber.sum(numbers) == ReportNumber(decimal: total))
    }
    // Past Int's range the sum goes on in Decimal.
    let big = ReportNumber(Int.max)
    #expect(ReportNumber.sum([big, ReportNumber(1)]).literal == "9223372036854775808")
    #expect(
      ReportNumber.sum([ReportNumber(Int.min), ReportNumber(-1)]).literal
        == "-9223372036854775809")
  }

  @Test func sameValueIgnoresPrintedTrailingZeros() {
    #expect(ReportNumber(literal: "1.5")!.hasSameValue(as: ReportNumber(literal: "1.50")!))
    #expect(!ReportNumber(literal: "1.5")!.hasSameValue(as: ReportNumber(literal: "15")!))
    #expect(ReportNumber(literal: "0")!.hasSameValue(as: ReportNumber(literal: "0.00")!))
    // Seven decimals.
    #expect(
      ReportNumber(literal: "0.1234567")!.hasSameValue(as: ReportNumber(literal: "0.12345670")!))
    #expect(
      !ReportNumber(literal: "0.1234567")!.hasSameValue(as: ReportNumber(literal: "0.1234568")!))
  }

  /// The split-based parser the byte version replaced: the reference.
  static func referenceLiteral(_ text: String) -> String? {
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
      guard !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else {
        return nil
      }
      fraction = String(parts[1])
    }
    var digits = String(intPart.drop { $0 == "0" })
    if digits.isEmpty { digits = "0" }
    let isZero = digits == "0" && fraction.allSatisfy { $0 == "0" }
    return (negative && !isZero ? "-" : "") + digits + (fraction.isEmpty ? "" : "." + fraction)
  }

  @Test func literalParsingMatchesTheReferenceOnRandomText() {
    let alphabet: [Character] = ["0", "0", "1", "5", "9", ".", "-", "+", "a", " ", "５", "\u{301}"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<50_000 {
      let length = Int.random(in: 0...7, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      #expect(ReportNumber(literal: text)?.literal == Self.referenceLiteral(text), "'\(text)'")
    }
  }
}
