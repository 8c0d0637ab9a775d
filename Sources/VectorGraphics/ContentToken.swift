/// One token of a PDF content stream, as the interpreter needs it.
///
/// Strings, arrays and dictionaries matter only as placeholders that keep operand counts right;
/// their contents are not kept.
enum ContentToken: Equatable {
  case number(Double)
  case name(String)
  case operatorName(String)
  /// A string, array, dictionary or anything else that is only an operand.
  case other
}
