import ReportExtraction

/// What `govreport --version` prints.
enum VersionInfo {
  static var text: String { LibraryVersions.summary }
}
