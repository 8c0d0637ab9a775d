import DocumentModel
import Foundation

/// Pages rendered and text layers read with poppler-utils at test time, as fixtures for the
/// image and OCR code; nil when the tools are missing, so tests can skip or require them.
public enum Poppler {
  /// Page `page` of `pdf` as 8-bit gray at `dpi` (`pdftoppm -gray`).
  public static func grayPage(_ pdf: URL, page: Int, dpi: Double) -> PageImage? {
    guard let pdftoppm = executable("pdftoppm") else { return nil }
    let prefix = FileManager.default.temporaryDirectory
      .appending(path: "poppler-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    let arguments = [
      "-r", "\(Int(dpi))", "-gray", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf.path,
      prefix.path,
    ]
    guard run(pdftoppm, arguments) != nil else { return nil }
    let file = prefix.appendingPathExtension("pgm")
    defer { try? FileManager.default.removeItem(at: file) }
    guard let data = try? Data(contentsOf: file) else { return nil }
    return PGM.image(from: data, dpi: dpi)
  }

  /// The text layer's words on page `page` of `pdf` (`pdftotext -bbox`), in points.
  public static func words(_ pdf: URL, page: Int) -> [Word] {
    guard let pdftotext = executable("pdftotext"),
      let html = run(pdftotext, ["-bbox", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
    else { return [] }
    return BBoxHTML.words(in: html)
  }

  /// The full path of a program on PATH, or nil.
  public static func executable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs a program and returns its standard output, or nil when it fails.
  public static func run(_ program: String, _ arguments: [String]) -> String? {
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
