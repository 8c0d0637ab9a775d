import Foundation
import Testing

@testable import LayoutAnalysis

@Suite struct CanonicalCompositionTests {
  /// Scalar-exact comparison: Swift's `==` on String treats canonically equivalent text as equal.
  static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

  @Test func everyStableScalarIsAlreadyNFCOnItsOwn() {
    for range in CanonicalComposition.stableRanges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let text = String(scalar)
        #expect(
          Self.scalars(text.precomposedStringWithCanonicalMapping) == [value],
          "U+\(String(value, radix: 16, uppercase: true)) changes under NFC")
      }
    }
  }

  /// No stable scalar composes with a starter before it (NFC composes a starter with a following
  /// character only when that character is NFC_Quick_Check = Maybe: combining marks, the kana
  /// voicing marks, Hangul vowels and trailing consonants, a few Indic vowel signs).
  @Test func noStableScalarComposesWithAStarterBeforeIt() {
    let starters: [Unicode.Scalar] = [
      "a", "e", "u", "\u{304B}", "\u{30AB}", "\u{1100}", "\u{AC00}", "\u{0B47}",
    ]
    var failures: [String] = []
    for range in CanonicalComposition.stableRanges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        for starter in starters {
          let text = String(starter) + String(scalar)
          if Self.scalars(text.precomposedStringWithCanonicalMapping) != Self.scalars(text) {
            failures.append(String(value, radix: 16))
          }
        }
      }
    }
    #expect(failures.isEmpty, "compose with a starter: \(failures.prefix(20))")
  }

  @Test func boundsAreSortedDisjointPairsAndTheSearchAgreesWithThem() {
    let bounds = CanonicalComposition.stableBounds
    #expect(bounds.count % 2 == 0)
    #expect(zip(bounds, bounds.dropFirst()).allSatisfy { $0 < $1 })
    let ranges = CanonicalComposition.stableRanges
    for value in UInt32(0)...0x10FFFF
    where CanonicalComposition.isStable(value) != ranges.contains(where: { $0.contains(value) }) {
      Issue.record("isStable(U+\(String(value, radix: 16))) disagrees with the ranges")
      break
    }
  }

  @Test func textOutsideTheStableRangesIsComposedByFoundation() {
    // e + combining acute → é; a CJK compatibility ideograph → its unified ideograph; Ω (ohm) → Ω.
    #expect(
      Self.scalars(CanonicalComposition.composed("caf\u{65}\u{301}")) == Self.scalars("caf\u{E9}"))
    #expect(Self.scalars(CanonicalComposition.composed("\u{F900}")) == [0x8C48])
    #expect(Self.scalars(CanonicalComposition.composed("\u{2126}")) == [0x3A9])
    #expect(CanonicalComposition.composed("政府信息公开（2023年）12.5") == "政府信息公开（2023年）12.5")
  }
}
