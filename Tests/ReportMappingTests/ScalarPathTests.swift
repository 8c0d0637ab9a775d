import DocumentModel
import Foundation
import ReportSchema
import Testing

@testable import ReportMapping

// The scalar fast paths of LabelText and the prepared scoring must give exactly what the
// Character- and Foundation-level definitions give; these tests compare both.

/// Every scalar the fast paths accept.
private let simpleScalars: [Unicode.Scalar] = (0...0xFFFF).compactMap { value in
  LabelText.isSimple(UInt32(value)) ? Unicode.Scalar(UInt32(value)) : nil
}

@Test func simpleScalarsAreSingleCharactersWithOneScalarFolding() {
  #expect(simpleScalars.count > 20000)
  for scalar in simpleScalars {
    let text = String(scalar)
    let folded = LabelText.compatibilityFolded(simple: scalar.value)
    #expect(text.count == 1, "\(scalar.value)")
    #expect(
      text.precomposedStringWithCompatibilityMapping.unicodeScalars.map(\.value) == [folded],
      "\(scalar.value)")
    #expect(text.decomposedStringWithCanonicalMapping == text, "\(scalar.value)")
    #expect(scalar.properties.canonicalCombiningClass == .notReordered, "\(scalar.value)")
    #expect(!scalar.properties.isGraphemeExtend, "\(scalar.value)")
    #expect(
      Character(scalar).isWhitespace == LabelText.isWhitespace(simple: scalar.value),
      "\(scalar.value)")
    #expect(
      (Character(scalar).isASCII && Character(scalar).isNumber)
        == LabelText.isASCIIDigit(scalar.value), "\(scalar.value)")
  }
}

/// A small deterministic generator (SplitMix64), so a failure can be reproduced.
private struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Pieces label text is made of, simple and not (é, a combining mark, ﹙, …, CR LF).
private let pieces: [String] = [
  "1", "2", "12", "１", "２", ".", "．", "、", ",", "，", ":", "：", "。", "(", ")", "（", "）",
  "〔", "〕", "[", "]", "【", "】", "﹙", "﹚", "“", "”", "\"", "'", "‘", "’", "「", "」", "『",
  "』", "`", " ", "\u{3000}", "\t", "\r\n", "\n", "一", "二", "三", "十", "五", "九", "第二十条",
  "第", "属于国家秘密", "不予公开", "其他处理", "申请人情况", "行政复议", "a", "Ｚ", "e\u{301}",
  "é", "…", "\u{302A}", "\u{FF9E}", "\u{00A0}", "ﾃ", "〇", "—", "%", "万元",
]

private func randomLabels(count: Int, seed: UInt64) -> [String] {
  var generator = SplitMix(state: seed)
  return (0..<count).map { _ in
    let length = Int.random(in: 0...8, using: &generator)
    return (0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
  }
}

@Test func scalarLabelFunctionsAgreeWithCharacterDefinitions() {
  for text in randomLabels(count: 20000, seed: 7) {
    let normalized = LabelText.normalized(text)
    #expect(normalized == LabelText.normalizedByCharacters(text), "\(text.debugDescription)")
    #expect(
      LabelText.compactFolded(text) == LabelText.compactFoldedByCharacters(text),
      "\(text.debugDescription)")
  }
}

@Test func scalarContainsAgreesWithStringContains() {
  let texts = randomLabels(count: 3000, seed: 11)
  let needles =
    randomLabels(count: 40, seed: 13).filter { !$0.isEmpty }
    + ["第二十条", "属于", "不予", "1.", "(三)"]
  for text in texts {
    let prepared = ScalarText(text)
    #expect(prepared.characterCount == text.count)
    for needle in needles {
      #expect(
        prepared.contains(ScalarText(needle)) == text.contains(needle),
        "\(text.debugDescription) ∋ \(needle.debugDescription)")
    }
  }
}

@Test func scalarSimilarityAgreesWithStringSimilarity() {
  let texts = randomLabels(count: 300, seed: 17)
  for (a, b) in zip(texts, texts.reversed()) {
    let left = TextSimilarity.scalars(of: a)
    let right = TextSimilarity.scalars(of: b)
    let reference = referenceCommonSubsequenceLength(a, b)
    #expect(TextSimilarity.commonSubsequenceLength(a, b) == reference)
    #expect(TextSimilarity.commonSubsequenceLength(left, right) == reference)
    #expect(TextSimilarity.ratio(left, right) == TextSimilarity.ratio(a, b))
    // The length bound only skips pairs that fail anyway.
    for threshold in [0.45, 0.6, 0.7, 0.8, 1.0] {
      #expect(
        TextSimilarity.ratio(left, right, reaches: threshold)
          == (TextSimilarity.ratio(left, right) >= threshold), "\(a) \(b) \(threshold)")
    }
    #expect(
      TextSimilarity.containment(of: left, in: right) == TextSimilarity.containment(of: a, in: b))
  }
  #expect(TextSimilarity.commonSubsequenceLength("其他法律行政止公开", "其他法律行政法规禁止公开") == 9)
  // Long texts and small alphabets (many matches).
  var generator = SplitMix(state: 23)
  for _ in 0..<400 {
    let lengths = (
      Int.random(in: 0...90, using: &generator), Int.random(in: 0...90, using: &generator)
    )
    let alphabet = Int.random(in: 1...6, using: &generator)
    let letters = Array("属于国家秘密不予公开".prefix(alphabet))
    let a = String((0..<lengths.0).compactMap { _ in letters.randomElement(using: &generator) })
    let b = String((0..<lengths.1).compactMap { _ in letters.randomElement(using: &generator) })
    let left = TextSimilarity.scalars(of: a)
    let right = TextSimilarity.scalars(of: b)
    let reference = referenceCommonSubsequenceLength(a, b)
    #expect(TextSimilarity.commonSubsequenceLength(left, right) == reference, "\(a) \(b)")
  }
  // The word-wide form at its limit: a pattern of exactly 64 scalars, with and without carries.
  for seed in 0..<50 {
    var generator = SplitMix(state: UInt64(100 + seed))
    let pattern = (0..<64).map { _ in UInt32(0x4E00 + Int.random(in: 0...3, using: &generator)) }
    let text = (0..<Int.random(in: 1...120, using: &generator)).map { _ in
      UInt32(0x4E00 + Int.random(in: 0...4, using: &generator))
    }
    #expect(
      SubsequencePattern(pattern)?.commonLength(with: text)
        == TextSimilarity.commonSubsequenceLength(pattern, text))
  }
}

/// The two-row LCS over `Array(unicodeScalars)` that `TextSimilarity` used before.
private func referenceCommonSubsequenceLength(_ a: String, _ b: String) -> Int {
  let left = Array(a.unicodeScalars)
  let right = Array(b.unicodeScalars)
  guard !left.isEmpty, !right.isEmpty else { return 0 }
  var previous = [Int](repeating: 0, count: right.count + 1)
  var current = previous
  for i in 1...left.count {
    for j in 1...right.count {
      current[j] =
        left[i - 1] == right[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
    }
    swap(&previous, &current)
  }
  return previous[right.count]
}

/// The table-三 row score as it was written over `String`s, before the prepared rows.
private func referenceScore(
  _ row: PrintedRow, _ canonical: ApplicationTableMapper.CanonicalRow
) -> Double {
  let leafBody = LabelText.body(of: row.leaf)
  var value = TextSimilarity.ratio(leafBody, canonical.body)
  if canonical.body.count >= 5 {
    value = max(value, 0.9 * TextSimilarity.containment(of: canonical.body, in: leafBody))
  }
  if canonical.body.count >= 5 {
    let full = LabelText.body(of: (row.context + [row.leaf]).joined())
    value = max(value, 0.95 * TextSimilarity.containment(of: canonical.body, in: full))
  }
  if let printed = LabelText.numbering(of: row.leaf), let expected = canonical.numbering {
    value += printed == expected ? 0.1 : -0.15
  }
  let context = row.context.joined()
  if !canonical.subgroupBody.isEmpty && !context.isEmpty {
    var agreement = TextSimilarity.containment(of: canonical.subgroupBody, in: context)
    if let number = canonical.subgroupNumbering {
      let printedNumbers = row.context.compactMap { LabelText.numbering(of: $0) }
        .filter { $0.style == .parenthesized }
      if printedNumbers.contains(number) { agreement = max(agreement, 1) }
      if !printedNumbers.isEmpty && !printedNumbers.contains(number) { agreement -= 0.5 }
    }
    value += 0.1 * agreement - 0.05
  }
  return value
}

@Test(arguments: [ReportFormat.v2021, .v2019])
func preparedRowScoresEqualStringScores(format: ReportFormat) {
  var fixture = ApplicationTableFixture(format: format)
  fixture.labels = [
    "partially_granted": "（二）部分公开（区分处理\n的，只计这一情形，不计其\n他情形）",
    "denied.prohibited_by_law": "2.其他法律行政止公开",
    "denied.state_secret": "1、属于 国家秘密",
    "not_processed.duplicate": "2.重夏申靖",
    "carried_forward": "四、结转下年度继续か理",
  ]
  let grid = fixture.grid()
  let settings = MappingSettings()
  let columns = ApplicationColumns.locate(in: grid, inherited: nil, settings: settings)
  let printed = PrintedRow.rows(of: grid, columns: columns)
  #expect(printed.count >= 20)
  // Rows as a stream table or OCR may give them: context and leaf pieces swapped and joined.
  let variants =
    printed
    + printed.map {
      PrintedRow(leaf: $0.context.joined() + $0.leaf, context: [], valueCells: [], page: 1)
    }
    + printed.map { PrintedRow(leaf: "", context: $0.context + [$0.leaf], valueCells: [], page: 1) }
  let mapper = ApplicationTableMapper(settings: settings)
  for variant in ReportFormat.allCases {
    let canonical = ApplicationTableMapper.CanonicalRow.rows(variant)
    let table = mapper.scores(variants.map(ApplicationTableMapper.ScoredRow.init), canonical)
    for (i, row) in variants.enumerated() {
      for (j, target) in canonical.enumerated() {
        #expect(table[i][j] == referenceScore(row, target), "\(row.leaf) ~ \(target.key)")
      }
    }
  }
}

@Test func regexClassesOnSimpleScalarsAreTheOnesTheTitleMatcherUses() {
  for scalar in simpleScalars {
    let text = String(scalar)
    #expect(
      TitleReader.isRegexDigit(scalar.value) == (text.wholeMatch(of: #/\d/#) != nil),
      "\(scalar.value)")
    if !LabelText.isWhitespace(simple: scalar.value) {
      #expect(text.wholeMatch(of: #/./#) != nil, "\(scalar.value)")
    }
  }
}

@Test func titleMatcherAgreesWithTheRegex() {
  let titlePieces = [
    "洪泽区", "人民政府", "2023", "1998", "2024 ", "20", "19", "二〇二三", "二三", "年", "度", "年度", "政府信息公开",
    "政府信息", "公开", "工作", "报告", "报", "关于", "（", "）", "x", "O", "○", "é", "\u{3000}",
  ]
  var generator = SplitMix(state: 29)
  var matched = 0
  for _ in 0..<20000 {
    // Half free text, half the title's skeleton with random pieces between its parts.
    let skeleton = ["", "2023", "年", "", "政府信息公开", "", "报告", ""]
    let text =
      Bool.random(using: &generator)
      ? (0..<Int.random(in: 1...9, using: &generator)).map { _ in
        titlePieces.randomElement(using: &generator) ?? ""
      }.joined()
      : skeleton.map { part in
        let noise = (0..<Int.random(in: 0...2, using: &generator)).map { _ in
          titlePieces.randomElement(using: &generator) ?? ""
        }
        return part + noise.joined()
      }.joined()
    let compact = TitleReader.arabicYears(
      text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace })
    let reference = TitleReader.parseByRegex(compact)
    if reference != nil { matched += 1 }
    // `parse` drops the marks in front of a title first.
    let unmarked = TitleReader.arabicYears(
      TitleReader.withoutLeadingMarks(text).precomposedStringWithCompatibilityMapping.filter {
        !$0.isWhitespace
      })
    #expect(TitleReader.parse(text) == TitleReader.parseByRegex(unmarked), "\(text)")
    if let scalars = LabelText.simpleScalars(compact) {
      #expect(TitleReader.match(simple: scalars) == reference, "\(text)")
    }
  }
  #expect(matched > 1000)
}
