import Foundation

/// Expands the batch's inputs into the report files to process.
///
/// An input is a file (taken as is, whatever its extension), a folder (searched recursively for
/// the `reportExtensions`, any letter case, hidden entries skipped) or `@list.txt` (one path per
/// line; blank lines and lines starting with `#` ignored; relative paths are relative to the
/// list's folder).
public enum InputCollector {
  /// The file extensions a folder is searched for: PDF, HTML pages, Word documents (.doc and
  /// .wps are read through LibreOffice).
  public static let reportExtensions = ["pdf", "html", "htm", "docx", "doc", "wps"]

  /// The files found, sorted and without repeated paths, and the inputs that do not exist.
  public static func collect(_ inputs: [String]) -> (files: [String], missing: [String]) {
    var files: [String] = []
    var missing: [String] = []
    var seen: Set<String> = []
    func add(_ path: String) {
      let normalized = URL(fileURLWithPath: path).standardizedFileURL.path
      if seen.insert(normalized).inserted { files.append(normalized) }
    }
    for input in inputs {
      if input.hasPrefix("@") {
        let listPath = String(input.dropFirst())
        guard let text = try? String(contentsOfFile: listPath, encoding: .utf8) else {
          missing.append(input)
          continue
        }
        let base = URL(fileURLWithPath: listPath).deletingLastPathComponent()
        for line in text.split(whereSeparator: \.isNewline) {
          let entry = line.trimmingCharacters(in: .whitespaces)
          guard !entry.isEmpty, !entry.hasPrefix("#") else { continue }
          let path = entry.hasPrefix("/") ? entry : base.appendingPathComponent(entry).path
          expand(path, into: add, missing: &missing)
        }
      } else {
        expand(input, into: add, missing: &missing)
      }
    }
    return (files.sorted(), missing)
  }

  private static func expand(_ path: String, into add: (String) -> Void, missing: inout [String]) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      missing.append(path)
      return
    }
    guard isDirectory.boolValue else {
      add(path)
      return
    }
    let root = URL(fileURLWithPath: path)
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { return }
    for case let url as URL in walker
    where reportExtensions.contains(url.pathExtension.lowercased()) {
      if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        add(url.path)
      }
    }
  }
}
