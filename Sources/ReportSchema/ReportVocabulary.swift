import DocumentModel

/// The format's own words, as a witness that a text reads as a report: the pairs of adjacent Han
/// characters in its fixed labels, headings and title.
///
/// A page read upside down or sideways by OCR gives characters, but almost never two of the
/// format's characters in their printed order (`公开`, `申请`, `行政`), while a report page
/// read upright gives dozens: every table label and most prose sentences hold some.
public enum ReportVocabulary {
  /// Every pair of adjacent Han characters in the labels of both formats, the section titles and
  /// the report title.
  public static let pairs: Set<String> = {
    var texts = ["政府信息公开工作年度报告"]
    for format in [ReportFormat.v2021, .v2019] {
      texts += CanonicalSchema.applicationRows(format).flatMap { [$0.group, $0.label] }
      texts += CanonicalSchema.proactiveRows(format).flatMap { [$0.band, $0.label] + $0.headers }
    }
    texts += CanonicalSchema.applicationColumns.map(\.label)
    texts += CanonicalSchema.reviewGroups.map(\.label) + CanonicalSchema.reviewColumns.map(\.label)
    texts += CanonicalSchema.sectionTitles.map(\.title)
    var pairs: Set<String> = []
    for text in texts {
      for pair in hanPairs(text) { pairs.insert(pair) }
    }
    return pairs
  }()

  /// How many adjacent Han pairs of `text` are pairs of the format's vocabulary (a pair counted
  /// each time it occurs).
  public static func hits(in text: String) -> Int {
    hanPairs(text).reduce(0) { $0 + (pairs.contains($1) ? 1 : 0) }
  }

  /// The pairs of adjacent characters of `text` that are both Han, in order.
  static func hanPairs(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count > 1 else { return [] }
    var result: [String] = []
    for index in 1..<scalars.count where scalars[index - 1].isHan && scalars[index].isHan {
      var pair = String.UnicodeScalarView()
      pair.append(scalars[index - 1])
      pair.append(scalars[index])
      result.append(String(pair))
    }
    return result
  }
}
