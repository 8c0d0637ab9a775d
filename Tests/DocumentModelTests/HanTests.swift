import DocumentModel
import Testing

@Test func hanCoversIdeographsAndRadicalsOnly() {
  let han: [Unicode.Scalar] = ["一", "龥", "㐀", "⼈", "⺠", "郎", "𠀀", "𬌗"]
  let other: [Unicode.Scalar] = ["A", "1", "。", "（", "，", "あ", "ア", "한", "䷀", "\u{3000}"]
  #expect(han.allSatisfy { $0.isHan })
  #expect(!other.contains { $0.isHan })
}

/// `LayoutAnalyzer.separates` skips the property lookups for Han scalars; that is only right while
/// none of them is whitespace, a control, a format character or a separator.
@Test func noHanScalarSeparatesWords() {
  for value in UInt32(0)...0x3FFFF {
    guard let scalar = Unicode.Scalar(value), scalar.isHan else { continue }
    switch scalar.properties.generalCategory {
    case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator:
      Issue.record("U+\(String(value, radix: 16)) is \(scalar.properties.generalCategory)")
    default:
      #expect(!scalar.properties.isWhitespace)
    }
  }
}
