import Testing

@testable import PDFStructure

/// Object syntax (PDF 32000-1 §7.3), read from bytes.
@Suite struct ObjectSyntaxTests {
  private func parse(_ text: String) -> PDFObject? {
    var parser = PDFParser(bytes: Array(text.utf8))
    return parser.object()
  }

  @Test func numbersBooleansAndNull() {
    #expect(parse("42")?.integer == 42)
    #expect(parse("-17")?.integer == -17)
    #expect(parse("+5")?.integer == 5)
    #expect(parse("3.25")?.number == 3.25)
    #expect(parse("-.5")?.number == -0.5)
    #expect(parse("4.")?.number == 4)
    #expect((parse("99999999999999999999999")?.number ?? 0) > 9.9e22)
    if case .boolean(true)? = parse("true") {} else { Issue.record("true") }
    if case .boolean(false)? = parse("false ") {} else { Issue.record("false") }
    #expect(parse("null")?.isNull == true)
    #expect(parse("nullx") == nil)
  }

  @Test func literalStringsUndoEscapesAndKeepNestedParentheses() {
    guard case .string(let bytes)? = parse(#"(a\(b\)c (nested) \101\12x\\ \t\r\nend\#n\#r\#ntail)"#)
    else {
      Issue.record("not a string")
      return
    }
    #expect(String(decoding: bytes, as: UTF8.self) == "a(b)c (nested) A\nx\\ \t\r\nend\n\ntail")
    guard case .string(let continued)? = parse("(one\\\ntwo)") else { return }
    #expect(continued == Array("onetwo".utf8))
    #expect(parse("(unbalanced (") == nil)
  }

  @Test func hexStringsPadAnOddDigit() {
    guard case .string(let bytes)? = parse("<48 65 6C6c 7>") else {
      Issue.record("not a string")
      return
    }
    #expect(bytes == [0x48, 0x65, 0x6C, 0x6C, 0x70])
    #expect(parse("<4G>") == nil)
  }

  @Test func namesUndoHexEscapes() {
    #expect(parse("/Type")?.name == "Type")
    #expect(parse("/A#20B#2f")?.name == "A B/")
    #expect(parse("/F1/F2")?.name == "F1")
    #expect(PDFFile.decodedName("Fm#30") == "Fm0")
  }

  @Test func arraysDictionariesAndReferences() throws {
    let object = try #require(
      parse("<< /Kids [3 0 R 4 0 R] /Count 2 /Nested << /K [1 2 [/X]] >> /Empty >>"))
    let dictionary = try #require(object.dictionary)
    let kids = try #require(dictionary["Kids"].array)
    guard case .reference(let first) = kids[0], case .reference(let second) = kids[1] else {
      Issue.record("kids are not references")
      return
    }
    #expect(first == PDFReference(number: 3, generation: 0) && second.number == 4)
    #expect(dictionary["Count"].integer == 2)
    #expect(dictionary["Nested"].dictionary?["K"].array?.count == 3)
    #expect(dictionary["Empty"].isNull && dictionary["Missing"].isNull)
    // Two integers not followed by R stay integers.
    #expect(parse("[1 2 3]")?.array?.compactMap(\.integer) == [1, 2, 3])
  }

  @Test func deepNestingIsRefusedNotACrash() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(parse(deep) == nil)
    let dictionaries = String(repeating: "<< /A ", count: 50_000)
    #expect(parse(dictionaries) == nil)
    #expect(parse("[1 2") == nil)
    #expect(parse("<< /A 1 ") == nil)
    #expect(parse(">>") == nil)
  }
}
