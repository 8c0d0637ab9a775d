import Foundation

/// Converts a Word 97–2003, WPS, RTF or OpenDocument file to DOCX with LibreOffice headless
/// (`soffice --headless --convert-to docx`), so `DOCXReader` can read it.
///
/// Each conversion runs with its own LibreOffice profile in a temporary folder: batch workers
/// convert side by side, and instances sharing a profile refuse to start.
public struct LegacyDocumentConverter: Sendable {
  /// How long one conversion may take, in seconds; a report converts in 2–5 s.
  public var timeout = 120.0
  /// Where `soffice` is looked for after `PATH`.
  public static let knownLocations = [
    "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice", "/usr/local/bin/soffice",
  ]
  /// The Debian package to install, named in the message when LibreOffice is missing.
  public static let package = "libreoffice-writer-nogui"

  public init() {}

  /// The `soffice` executable: `GOVREPORT_SOFFICE` when set, else the first one on `PATH` or in
  /// `knownLocations`; nil when LibreOffice is not installed.
  public static func executable(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String?
  {
    let manager = FileManager.default
    if let configured = environment["GOVREPORT_SOFFICE"] {
      return manager.isExecutableFile(atPath: configured) ? configured : nil
    }
    let onPath = (environment["PATH"] ?? "").split(separator: ":").map {
      "\($0)/soffice"
    }
    return (onPath + knownLocations).first { manager.isExecutableFile(atPath: $0) }
  }

  /// The DOCX bytes of the document in `data`.
  ///
  /// - Parameters:
  ///   - data: the file's bytes.
  ///   - fileExtension: its extension (`doc`, `wps`, `rtf`, `odt`), which helps LibreOffice
  ///     pick its import filter.
  /// - Returns: the converted document's bytes.
  /// - Throws: `DOCXSourceError` of kind `.converterMissing` when LibreOffice is not installed,
  ///   `.conversionFailed` when it produces no DOCX in time.
  public func docx(from data: Data, fileExtension: String) throws(DOCXSourceError) -> Data {
    guard let soffice = Self.executable() else {
      throw DOCXSourceError(
        kind: .converterMissing,
        message:
          "it is a Word 97–2003, WPS or RTF document, and reading one needs LibreOffice, which is not installed",
        remedy:
          "Install LibreOffice (Debian: apt-get install \(Self.package)), or save the file as .docx or PDF first."
      )
    }
    let manager = FileManager.default
    let folder = manager.temporaryDirectory.appendingPathComponent(
      "govreport-convert-\(UUID().uuidString)")
    defer { try? manager.removeItem(at: folder) }
    let safeExtension = fileExtension.allSatisfy { $0.isASCII && $0.isLetter } ? fileExtension : ""
    let input = folder.appendingPathComponent(
      "input" + (safeExtension.isEmpty ? "" : ".\(safeExtension)"))
    let output = folder.appendingPathComponent("out/input.docx")
    do {
      try manager.createDirectory(
        at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
      try data.write(to: input)
    } catch {
      throw DOCXSourceError(
        kind: .conversionFailed,
        message: "it could not be prepared for LibreOffice: \(error.localizedDescription)",
        remedy: "Check that the temporary folder (\(manager.temporaryDirectory.path)) is writable.")
    }
    let status = run(
      soffice,
      [
        "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
        "--headless", "--norestore", "--convert-to", "docx", "--outdir",
        folder.appendingPathComponent("out").path, input.path,
      ], home: folder.path)
    guard let converted = try? Data(contentsOf: output), !converted.isEmpty else {
      throw DOCXSourceError(
        kind: .conversionFailed,
        message:
          "LibreOffice could not convert it to DOCX (\(status)): it may be damaged, password-protected or not a text document",
        remedy: "Open it in Word or WPS and save it as .docx or PDF.")
    }
    return converted
  }

  /// Runs the converter and says how it ended (`exit 0`, `timed out after 120 s`).
  private func run(_ executable: String, _ arguments: [String], home: String) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = home
    process.environment = environment
    // Never on govreport's stdout, which carries only JSON.
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return "it did not start: \(error.localizedDescription)"
    }
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(50_000) }
    if process.isRunning {
      process.terminate()
      usleep(500_000)
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
      process.waitUntilExit()
      return "timed out after \(Int(timeout)) s"
    }
    return "exit \(process.terminationStatus)"
  }
}
