extension Collection where Element: Equatable {
  /// Whether every element of this collection appears in `other` in the same order, others
  /// between them allowed (`21` in `201`, not in `12`).
  ///
  /// OCR loses and adds glyphs but does not reorder them: a reading that kept the rest of a
  /// number's digits in order is one of that number (`SumRepairer`, `NumberRereader`), and a
  /// title's ending with characters lost keeps the others in order (`TitleReader`).
  public func isSubsequence(of other: some Collection<Element>) -> Bool {
    var rest = self[...]
    for element in other where rest.first == element { rest = rest.dropFirst() }
    return rest.isEmpty
  }
}
