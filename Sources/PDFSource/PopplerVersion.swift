import CPoppler

/// The poppler-glib library's version, for `govreport --version` and CI logs.
public enum PopplerVersion {
  /// For example `22.12.0`.
  public static var text: String {
    guard let version = poppler_get_version() else { return "unknown" }
    return String(cString: version)
  }
}
