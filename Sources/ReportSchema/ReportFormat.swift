/// The official layout a report follows, detected from the tables found, never from the year.
public enum ReportFormat: String, Hashable, Sendable, Codable, CaseIterable {
  /// 国办公开办函〔2021〕30号: reports of 2021 and later.
  case v2021 = "2021"
  /// 国办公开办函〔2019〕60号 (试行): the 2019 and 2020 reports.
  case v2019 = "2019"

  /// The format in use for a year's report: 2019 for 2019 and 2020, 2021 from 2021 on.
  ///
  /// Only a witness: the format is told from the tables printed, since publishers mix the two.
  public init(usualFor year: Int) {
    self = year >= 2021 ? .v2021 : .v2019
  }
}
