import Foundation

/// Files in `../shared` (beside the repository), which tests use when present.
enum SharedSamples {
  /// `<repo>/../shared/real/hongze-2023.pdf`, found from this file's path.
  static let hongze: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/real/hongze-2023.pdf")

  static var hasHongze: Bool { FileManager.default.fileExists(atPath: hongze.path) }
}
