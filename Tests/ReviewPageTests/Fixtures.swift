import Foundation
import ReportExtraction
import ReportSchema
import ReportTestSupport

/// Shared inputs: sample outputs extracted once per test process, temporary folders, PNG sizes.
enum Fixtures {
  /// The text-layer sample with a deliberate source defect (parts sum to 27 under 总计 21).
  static let defectSample = Repository.root.appendingPathComponent(
    "Samples/t08-template-2023-defect-sum27.pdf")
  /// A clean text-layer sample.
  static let cleanSample = Repository.root.appendingPathComponent(
    "Samples/t01-template-2023-county.pdf")

  /// The output of a sample.
  static func output(_ url: URL) throws -> ExtractionOutput {
    try ReportExtractor().extract(url)
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    try TestFolders.make("govreport-review")
  }

  /// Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), or nil if not a PNG.
  static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
      String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR"
    else { return nil }
    let value = { (start: Int) in bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (value(16), value(20))
  }
}

extension JSONValue {
  /// The value with the member at `path` (object keys) replaced.
  func setting(_ path: [String], to newValue: JSONValue) -> JSONValue {
    guard let first = path.first else { return newValue }
    guard case .object(var members) = self else { return self }
    members[first] = (members[first] ?? .null).setting(Array(path.dropFirst()), to: newValue)
    return .object(members)
  }
}
