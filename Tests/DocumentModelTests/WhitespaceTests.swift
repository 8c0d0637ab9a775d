import DocumentModel
import Testing

/// `Unicode.Scalar.isWhitespace` is a switch standing in for the property lookup: it must give
/// the same answer for every scalar.
@Test func whitespaceSwitchMatchesTheUnicodeProperty() {
  for value in UInt32(0)...0x10FFFF {
    guard let scalar = Unicode.Scalar(value) else { continue }
    if scalar.isWhitespace != scalar.properties.isWhitespace {
      Issue.record("U+\(String(value, radix: 16)): \(scalar.isWhitespace)")
    }
  }
}

@Test func removingWhitespaceKeepsEverythingElseInOrder() {
  #expect("一、 总体\t情况\u{3000}\r\n".removingWhitespace == "一、总体情况")
  #expect(" 12 345 ".removingWhitespace == "12345")
  #expect("".removingWhitespace == "")
  #expect("（二）\u{00A0}主动公开".removingWhitespace == "（二）主动公开")
  // What `filter { !$0.isWhitespace }` over characters gives, on text made of single scalars.
  let text = "第二十条 第（一）项\t规章\u{2003}3 件"
  #expect(text.removingWhitespace == text.filter { !$0.isWhitespace })
}
