/// One token of a PDF content stream, as the interpreter needs it.
///
/// Strings, arrays and dictionaries matter only as placeholders that keep operand counts right;
/// their contents are not kept. Names and operators carry no `String`: a report page has tens
/// of thousands of tokens, and building a string for each is costly (docs/performance.md).
enum ContentToken: Equatable {
  case number(Double)
  /// A name operand, as the byte range of its characters after the `/` in the stream
  /// (`ContentLexer.name(_:)` decodes it when it is needed, for `Do`).
  case name(Range<Int>)
  case operatorName(ContentOperator)
  /// A string, array, dictionary or anything else that is only an operand.
  case other
}

/// A content-stream operator, packed from its bytes (all PDF operators have one to three).
struct ContentOperator: Hashable {
  let code: UInt32

  /// The operator spelled by `bytes`; longer words (not PDF operators) all get code 0.
  init<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
    var code: UInt32 = 0
    if bytes.count <= 3 {
      for byte in bytes { code = code << 8 | UInt32(byte) }
    }
    self.code = code
  }

  init(_ text: StaticString) {
    self.init(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  static let save = ContentOperator("q"), restore = ContentOperator("Q")
  static let concatenate = ContentOperator("cm"), lineWidth = ContentOperator("w")
  static let fillGray = ContentOperator("g"), strokeGray = ContentOperator("G")
  static let fillRGB = ContentOperator("rg"), strokeRGB = ContentOperator("RG")
  static let fillCMYK = ContentOperator("k"), strokeCMYK = ContentOperator("K")
  static let fillSpace = ContentOperator("cs"), strokeSpace = ContentOperator("CS")
  static let fillColour = ContentOperator("sc"), fillColourN = ContentOperator("scn")
  static let strokeColour = ContentOperator("SC"), strokeColourN = ContentOperator("SCN")
  static let moveTo = ContentOperator("m"), lineTo = ContentOperator("l")
  static let curveTo = ContentOperator("c"), curveV = ContentOperator("v"),
    curveY = ContentOperator("y")
  static let rectangle = ContentOperator("re"), closePath = ContentOperator("h")
  static let stroke = ContentOperator("S"), closeStroke = ContentOperator("s")
  static let fill = ContentOperator("f"), fillOld = ContentOperator("F"),
    fillEvenOdd = ContentOperator("f*")
  static let fillStroke = ContentOperator("B"), fillStrokeEvenOdd = ContentOperator("B*")
  static let closeFillStroke = ContentOperator("b"), closeFillStrokeEvenOdd = ContentOperator("b*")
  static let endPath = ContentOperator("n"), paintXObject = ContentOperator("Do")
  static let inlineImageData = ContentOperator("ID")
}
