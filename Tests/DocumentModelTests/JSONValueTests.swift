import DocumentModel
import ReportSchema
import Testing

@Test func jsonRoundTripKeepsNumberDigitsAndSortsKeys() throws {
  let text = #"{"b": [1, 7730.280, -18, null, true], "a": "洪泽\n\"x\""}"#
  let value = try JSONParser.parse(text)
  #expect(value["b"]?.arrayValue?[1] == .number("7730.280"))
  let formatted = value.formatted()
  #expect(formatted.hasPrefix("{\n  \"a\": \"洪泽\\n\\\"x\\\"\",\n  \"b\": ["))
  #expect(try JSONParser.parse(formatted) == value)
}

@Test func jsonStringsEscapeControlCharactersAndKeepOtherText() {
  // Written byte by byte: multi-byte characters pass through, control bytes are escaped.
  let value = JSONValue.string("a\u{1}\t\\b洪泽\u{1F}\"é")
  #expect(value.formatted() == #""a\u0001\t\\b洪泽\u001f\"é""# + "\n")
  #expect(value.formattedBytes() == Array(value.formatted().utf8))
}

@Test func malformedJSONIsRejected() {
  #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(#"{"a": 1,}"#) }
  #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(#"[1 2]"#) }
}

@Test func reportNumbersKeepDecimalsAndDropLeadingZeros() throws {
  #expect(ReportNumber(literal: "007")?.literal == "7")
  #expect(ReportNumber(literal: "7730.28")?.literal == "7730.28")
  #expect(ReportNumber(literal: "-18")?.integer == -18)
  #expect(ReportNumber(literal: "-0")?.literal == "0")
  #expect(ReportNumber(literal: "1.2.3") == nil)
  #expect(ReportNumber(literal: "") == nil)
  let sum = ReportNumber.sum([
    try #require(ReportNumber(literal: "0.1")), try #require(ReportNumber(literal: "0.2")),
  ])
  #expect(sum.literal == "0.3")
}

@Test func cellKeysCoverEveryCanonicalCell() {
  let keys2021 = CanonicalSchema.cellKeys(.v2021)
  // 2021: 3+3+1+1+1+1 proactive, 25 rows × 7 applications, 3 × 5 review_litigation.
  #expect(keys2021.count == 10 + 25 * 7 + 15)
  let keys2019 = CanonicalSchema.cellKeys(.v2019)
  #expect(keys2019.count == 6 + 12 + 2 + 2 + 23 * 7 + 15)
  #expect(Set(keys2021.map(\.path)).count == keys2021.count)
  #expect(
    CellKey(.applications, row: "denied.state_secret", column: "commercial").path
      == "applications.rows.denied.state_secret.commercial")
}
