import Foundation

/// Paths of the repository and of `../shared` beside it, for tests.
public enum Repository {
  /// The repository root, found from this file's path.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared` beside the repository; nil when absent (tests that need it skip).
  public static var shared: URL? {
    let url = root.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The hand-written portal page of the real report (`Samples/handwritten`), with the same
  /// values as its PDF: `hongze`'s expected JSON is its truth too.
  public static let hongzePortalPage = root.appendingPathComponent(
    "Samples/handwritten/hongze-2023-portal.html")

  /// The real published report and its values, when `../shared/real` exists.
  public static var hongze: (pdf: URL, expected: URL)? {
    guard let shared else { return nil }
    let pdf = shared.appendingPathComponent("real/hongze-2023.pdf")
    let expected = shared.appendingPathComponent("real/hongze-2023.expected.json")
    guard FileManager.default.fileExists(atPath: pdf.path) else { return nil }
    return (pdf, expected)
  }
}
