import DocumentModel

/// Checks the agency name of an OCR'd title against the other places the document prints it.
///
/// OCR of a title misreads rare characters of place names (长宁县 → 长于县, 包屯镇 → 包十镇,
/// `Samples/s07…`, `s08…`); the prose often repeats the name (在包屯镇…, the signature
/// 长宁县人民政府 under the report). A title read with confidence is kept as read. A doubtful one
/// is confirmed by an exact repetition outside the title, or corrected when the document holds
/// the name with exactly one other character at least twice, and more often than the title's
/// own reading; otherwise it is reported uncertain, so that it is never silently wrong.
/// Text-layer titles are never touched.
struct AgencyVoter {
  /// How often the other reading must occur before it replaces the title's.
  var minimumVotes = 2
  /// An OCR'd title whose confidence (`TitleReader.Title.confidence`) is at least this is kept
  /// as read.
  ///
  /// The voted title lines of the scanned samples scored 0.86–0.95 on s01–s06 and s09–s14
  /// (all read right), and 0.71 (5 of 7 readings agreed) and 0.57 (4 of 7) on s07 and s08,
  /// whose place names page OCR had misread: those are the ones to check against the prose.
  var trustedConfidence = 0.8

  /// Body suffixes stripped to get the place name voted on (`包屯镇人民政府` → `包屯镇`).
  static let bodySuffixes = ["人民政府办公室", "人民政府", "办事处", "委员会"]

  /// What the check concluded about an OCR'd title's agency.
  struct Verdict: Hashable, Sendable {
    /// The agency to report: as read, or corrected.
    var agency: String
    /// How often the agency (its place name) is printed outside the title.
    var confirmations: Int
    /// Whether `agency` differs from the title's reading.
    var corrected: Bool { agency != read }
    /// The title's reading.
    var read: String
    /// The title was doubtful and nothing else in the document confirms or corrects it.
    var uncertain: Bool
  }

  /// The verdict on `title`'s agency, given the document's `prose` (the title's own lines
  /// among them are skipped); nil when the title names no agency.
  func verdict(for title: TitleReader.Title, prose: [ProseLine]) -> Verdict? {
    guard let agency = title.agency else { return nil }
    let others = prose.filter { !($0.page == 1 && title.lineBoxes.contains($0.box)) }.map(\.text)
    let tally = self.tally(agency, lines: others)
    var verdict = Verdict(
      agency: agency, confirmations: tally.exact, read: agency, uncertain: false)
    guard let confidence = title.confidence, confidence < trustedConfidence, tally.exact == 0 else {
      return verdict
    }
    if let winner = tally.winner {
      verdict.agency = winner
    } else {
      verdict.uncertain = true
    }
    return verdict
  }

  /// The agency, corrected when the document's other occurrences outvote one character.
  func corrected(_ agency: String, lines: [String]) -> String {
    tally(agency, lines: lines).winner ?? agency
  }

  /// How often `agency`'s place name occurs exactly in `lines`, and the agency with the one
  /// other character that occurs at least `minimumVotes` times and more often than that.
  private func tally(_ agency: String, lines: [String]) -> (exact: Int, winner: String?) {
    let core =
      Self.bodySuffixes.first { agency.hasSuffix($0) && agency.count > $0.count + 1 }
      .map { String(agency.dropLast($0.count)) } ?? agency
    let pattern = Array(core)
    guard pattern.count >= 2 else { return (0, nil) }
    var exact = 0
    var votes: [String: Int] = [:]
    for line in lines {
      let text = Array(line.removingWhitespace)
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
    else { return (exact, nil) }
    return (exact, winner + agency.dropFirst(core.count))
  }

  private static func isHan(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy(\.isHan)
  }
}
