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

/// A content-stream operator the interpreter acts on, named by its bytes packed big-endian into
/// the raw value (all PDF operators have one to three bytes: `cm` is 0x636D); any other word is
/// `other`.
///
/// An enum rather than a struct with a static constant per operator: a `switch` over static
/// constants checks each constant's lazy initialisation for every case it tries, 1.4 % of a
/// text-layer report's CPU (docs/performance.md, "Content operators as an enum").
enum ContentOperator: UInt32 {
  case save = 0x71  // q
  case restore = 0x51  // Q
  case concatenate = 0x636D  // cm
  case lineWidth = 0x77  // w
  case fillGray = 0x67  // g
  case strokeGray = 0x47  // G
  case fillRGB = 0x7267  // rg
  case strokeRGB = 0x5247  // RG
  case fillCMYK = 0x6B  // k
  case strokeCMYK = 0x4B  // K
  case fillSpace = 0x6373  // cs
  case strokeSpace = 0x4353  // CS
  case fillColour = 0x7363  // sc
  case fillColourN = 0x73636E  // scn
  case strokeColour = 0x5343  // SC
  case strokeColourN = 0x53434E  // SCN
  case moveTo = 0x6D  // m
  case lineTo = 0x6C  // l
  case curveTo = 0x63  // c
  case curveV = 0x76  // v
  case curveY = 0x79  // y
  case rectangle = 0x7265  // re
  case closePath = 0x68  // h
  case stroke = 0x53  // S
  case closeStroke = 0x73  // s
  case fill = 0x66  // f
  case fillOld = 0x46  // F
  case fillEvenOdd = 0x662A  // f*
  case fillStroke = 0x42  // B
  case fillStrokeEvenOdd = 0x422A  // B*
  case closeFillStroke = 0x62  // b
  case closeFillStrokeEvenOdd = 0x622A  // b*
  case endPath = 0x6E  // n
  case paintXObject = 0x446F  // Do
  case inlineImageData = 0x4944  // ID
  case other = 0

  /// The operator spelled by `bytes`.
  init<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
    var code: UInt32 = 0
    if bytes.count <= 3 {
      for byte in bytes { code = code << 8 | UInt32(byte) }
    }
    self = ContentOperator(rawValue: code) ?? .other
  }
}
