import DocumentModel

/// Corrects one misread character of an OCR'd agency name by the other places the name is printed.
///
/// OCR of a title misreads rare characters of place names (长宁县 → 长于县, 包屯镇 → 包十镇,
/// `Samples/s07…`, `s08…`); the prose usually repeats the name (在包屯镇…). When the document
/// holds the name with exactly one other character at least twice, and more often than the
/// title's own reading, that character wins. Text-layer titles are never touched.
struct AgencyVoter {
  /// How often the other reading must occur before it replaces the title's.
  var minimumVotes = 2

  /// Body suffixes stripped to get the place name voted on (`包屯镇人民政府` → `包屯镇`).
  static let bodySuffixes = ["人民政府办公室", "人民政府", "办事处", "委员会"]

  /// The agency, corrected when the document's other occurrences outvote one character.
  func corrected(_ agency: String, lines: [String]) -> String {
    let core = Self.bodySuffixes.first { agency.hasSuffix($0) && agency.count > $0.count + 1 }
      .map { String(agency.dropLast($0.count)) } ?? agency
    let pattern = Array(core)
    guard pattern.count >= 2 else { return agency }
    var exact = 0
    var votes: [String: Int] = [:]
    for line in lines {
      let text = Array(line.filter { !$0.isWhitespace })
      guard text.count >= pattern.count else { continue }
      for start in 0...(text.count - pattern.count) {
        let window = text[start..<(start + pattern.count)]
        let differences = zip(window, pattern).filter { $0 != $1 }.count
        if differences == 0 { exact += 1 }
        // The last character (县, 镇, 局 …) is the body type; a differing one is another body.
        if differences == 1, window.last == pattern.last, window.allSatisfy(Self.isHan) {
          votes[String(window), default: 0] += 1
        }
      }
    }
    guard
      let (winner, count) = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
      count >= minimumVotes, count > exact
    else { return agency }
    return winner + agency.dropFirst(core.count)
  }

  private static func isHan(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy { (0x3400...0x9FFF).contains($0.value) }
  }
}
