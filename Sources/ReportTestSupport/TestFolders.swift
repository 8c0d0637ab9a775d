import Foundation

/// Temporary folders for tests, all inside one folder per test process that is removed when the
/// process exits, so a test run leaves nothing behind in the system's temporary folder.
public enum TestFolders {
  /// This process's parent folder, created on first use; its removal is registered with `atexit`.
  static let parent: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "govreport-tests-\(getpid())", isDirectory: true)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit {
      try? FileManager.default.removeItem(
        at: FileManager.default.temporaryDirectory.appendingPathComponent(
          "govreport-tests-\(getpid())", isDirectory: true))
    }
    return url
  }()

  /// A fresh, empty folder whose name starts with `prefix`.
  public static func make(_ prefix: String) throws -> URL {
    let url = parent.appendingPathComponent(
      "\(prefix)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
