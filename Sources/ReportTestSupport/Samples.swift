import Foundation
import ReportSchema

/// A committed sample: `Samples/<slug>.pdf` (or `.html`, `.docx`) with its hand-verified
/// `<slug>.expected.json`.
public struct SampleFile: CustomStringConvertible, Sendable {
  public var slug: String
  public var pdf: URL
  /// The file extracted: `pdf`, or a markup sample's HTML page or DOCX.
  public var input: URL
  public var expected: URL
  public var isScanned: Bool
  public var hasDefects: Bool
  public var description: String { slug }
}

public enum Samples {
  /// Every PDF sample in `Samples/`, sorted by slug (the HTML and DOCX ones are `markup`).
  ///
  /// A sample whose expected JSON does not parse is kept, as a text-layer sample without
  /// defects: `expectedJSON(_:)` throws for it, so its tests fail instead of leaving it out.
  public static let all: [SampleFile] = every.filter { $0.input == $0.pdf }

  /// The samples read from markup: `Samples/<slug>.html` or `.docx`, sorted by slug.
  public static let markup: [SampleFile] = every.filter { $0.input != $0.pdf }

  /// The extensions of markup samples, in the order they are looked for.
  static let markupExtensions = ["html", "htm", "docx"]

  /// Every sample with an expected JSON, whatever its input.
  static let every: [SampleFile] = {
    let folder = Repository.root.appendingPathComponent("Samples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".expected.json") }.sorted().map { name in
      let slug = String(name.dropLast(".expected.json".count))
      let expected = folder.appendingPathComponent(name)
      let json = try? JSONParser.parse(String(contentsOf: expected, encoding: .utf8))
      let scanned = json?["scanned"].map { $0 != .null } ?? false
      let pdf = folder.appendingPathComponent(slug + ".pdf")
      let markup = markupExtensions.map { folder.appendingPathComponent(slug + "." + $0) }
        .first { FileManager.default.fileExists(atPath: $0.path) }
      return SampleFile(
        slug: slug, pdf: pdf, input: markup ?? pdf, expected: expected, isScanned: scanned,
        hasDefects: json?["defects"] == .bool(true))
    }
  }()

  public static var textLayer: [SampleFile] { all.filter { !$0.isScanned } }
}

extension Samples {
  /// The scanned (image-only) samples.
  public static var scanned: [SampleFile] { all.filter(\.isScanned) }

  /// The expected JSON of a sample.
  public static func expectedJSON(_ sample: SampleFile) throws -> JSONValue {
    try JSONParser.parse(try String(contentsOf: sample.expected, encoding: .utf8))
  }
}
