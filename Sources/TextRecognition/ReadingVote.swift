/// The majority of several readings of one line, character by character.
///
/// A line read at several scales comes back mostly the same, with a rare glyph flipping between
/// readings (`包屯镇` / `包地镇`, `Samples/s08`). Readings are compared without whitespace; the
/// most common length wins, and among the readings of that length each position takes its most
/// common character. How many of all readings agree at the weakest position says how sure the
/// vote is.
public struct ReadingVote: Hashable, Sendable {
  /// The voted text, without whitespace.
  public var text: String
  /// The mean confidence of the readings of the winning length, `0...1`.
  public var confidence: Double
  /// The fewest readings agreeing on any one character, as a share of all non-empty readings,
  /// `0...1` (1: every reading gave this text).
  public var agreement: Double
  /// How many non-empty readings took part.
  public var readingCount: Int

  public init(text: String, confidence: Double, agreement: Double, readingCount: Int) {
    self.text = text
    self.confidence = confidence
    self.agreement = agreement
    self.readingCount = readingCount
  }

  /// The vote over `readings`; nil when none has any text.
  ///
  /// Ties (equally common lengths or characters) go to the larger summed confidence, then to
  /// the smaller length or character, so the result does not depend on the readings' order.
  public static func of(_ readings: [TextReading]) -> ReadingVote? {
    let texts = compacted(readings)
    guard !texts.isEmpty else { return nil }
    let byLength = Dictionary(grouping: texts, by: \.text.count)
    guard
      let (_, modal) = byLength.max(by: { a, b in
        (a.value.count, a.value.map(\.confidence).reduce(0, +), -a.key)
          < (b.value.count, b.value.map(\.confidence).reduce(0, +), -b.key)
      })
    else { return nil }
    let length = modal[0].text.count
    var text: [Character] = []
    var weakest = modal.count
    for position in 0..<length {
      guard let (character, count) = commonest(modal.map { ($0.text[position], $0.confidence) })
      else { continue }
      text.append(character)
      weakest = min(weakest, count)
    }
    return ReadingVote(
      text: String(text), confidence: modal.map(\.confidence).reduce(0, +) / Double(modal.count),
      agreement: Double(weakest) / Double(texts.count), readingCount: texts.count)
  }

  /// The longest ending a majority of the readings agree on, character by character from the
  /// right; nil when not even the last character has a majority.
  ///
  /// A seal over the left end of a line makes its readings differ in length and in their first
  /// characters while they agree on the rest: `区人条2024年…报告`, `地20p4年…报告`,
  /// `甫ES厅>024年…报告`, `间和名语汪家厅2024年…报告` (stress 9772:96, a bilevel scan whose seal
  /// covers the agency); `of(_:)` votes among the readings of the most common length, here 2 of
  /// 7, while from the right the year's digits have 4 or 5 of 7. The confidence is the mean of all
  /// the readings'; the agreement, as in `of(_:)`, the fewest agreeing on one character.
  public static func suffix(of readings: [TextReading]) -> ReadingVote? {
    let texts = compacted(readings)
    guard !texts.isEmpty else { return nil }
    var text: [Character] = []
    var weakest = texts.count
    for offset in 1...(texts.map(\.text.count).max() ?? 0) {
      let characters = texts.filter { $0.text.count >= offset }.map {
        ($0.text[$0.text.count - offset], $0.confidence)
      }
      guard let (character, count) = commonest(characters), 2 * count > texts.count else { break }
      text.append(character)
      weakest = min(weakest, count)
    }
    guard !text.isEmpty else { return nil }
    return ReadingVote(
      text: String(text.reversed()),
      confidence: texts.map(\.confidence).reduce(0, +) / Double(texts.count),
      agreement: Double(weakest) / Double(texts.count), readingCount: texts.count)
  }

  /// The readings' texts without whitespace, with their confidences; blank readings left out.
  private static func compacted(_ readings: [TextReading]) -> [(
    text: [Character], confidence: Double
  )] {
    readings.map { (text: Array($0.text.filter { !$0.isWhitespace }), confidence: $0.confidence) }
      .filter { !$0.text.isEmpty }
  }

  /// The most common of `characters`, each given with its reading's confidence, and how many
  /// readings gave it; ties go to the larger summed confidence, then to the smaller character.
  private static func commonest(_ characters: [(Character, Double)]) -> (Character, Int)? {
    var counts: [Character: (count: Int, confidence: Double)] = [:]
    for (character, confidence) in characters {
      counts[character, default: (0, 0)].count += 1
      counts[character, default: (0, 0)].confidence += confidence
    }
    return counts.max(by: { a, b in
      (a.value.count, a.value.confidence, String(b.key)) < (
        b.value.count, b.value.confidence, String(a.key)
      )
    })
    .map { ($0.key, $0.value.count) }
  }
}
