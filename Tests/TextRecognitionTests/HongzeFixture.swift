import DocumentModel
import Foundation

/// Page 3 of the real report `../shared/real/hongze-2023.pdf`, rendered at test time with
/// poppler-utils, plus the words of its text layer as ground truth.
///
/// Nil when `../shared` or poppler-utils is absent, so the tests that need it skip cleanly.
enum HongzeFixture {
  /// The resolution every OCR measurement in `shared/spec/c-libraries.md` used.
  static let dpi = 300.0
  static let pageNumber = 3

  /// The report, when the shared folder is there.
  static let pdf: URL? = {
    let root = URL(filePath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appending(path: "../shared/real/hongze-2023.pdf").standardizedFileURL
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }()

  /// Page 3 as 8-bit gray at 300 dpi (`pdftoppm -gray`).
  static let page: PageImage? = {
    guard let pdf, let pdftoppm = executable("pdftoppm") else { return nil }
    let prefix = FileManager.default.temporaryDirectory
      .appending(path: "textrecognition-\(ProcessInfo.processInfo.processIdentifier)-p3")
    let arguments = [
      "-r", "\(Int(dpi))", "-gray", "-f", "\(pageNumber)", "-l", "\(pageNumber)", "-singlefile",
      pdf.path, prefix.path,
    ]
    guard run(pdftoppm, arguments) != nil else { return nil }
    let file = prefix.appendingPathExtension("pgm")
    defer { try? FileManager.default.removeItem(at: file) }
    guard let data = try? Data(contentsOf: file) else { return nil }
    return PGM.image(from: data, dpi: dpi)
  }()

  /// The text layer's words on page 3 (`pdftotext -bbox`), in points.
  static let words: [Word] = {
    guard let pdf, let pdftotext = executable("pdftotext"),
      let html = run(
        pdftotext,
        ["-bbox", "-f", "\(pageNumber)", "-l", "\(pageNumber)", pdf.path, "-"])
    else { return [] }
    return BBoxHTML.words(in: html)
  }()

  /// The words that are plain numbers, like `21`, `4119` or `7730.28`.
  static var numericWords: [Word] {
    words.filter { word in
      word.text.first?.isASCII == true && word.text.first?.isNumber == true
        && word.text.last?.isNumber == true
        && word.text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
  }

  /// The full path of a program on PATH, or nil.
  static func executable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs a program and returns its standard output, or nil when it fails.
  static func run(_ program: String, _ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(filePath: program)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}
