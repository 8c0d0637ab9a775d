import ArgumentParser
import Foundation
import ReportExtraction
import ReportSchema

/// `govreport schema`: prints the output's JSON Schema.
struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema (draft 2020-12) of the extraction output.")

  func run() throws {
    FileHandle.standardOutput.write(Data((OutputSchema.text + "\n").utf8))
  }
}

/// `govreport settings`: prints the default extraction tunables as JSON, for `extract --settings`.
struct PrintSettings: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "settings",
    abstract: "Print the extraction tunables and their defaults as JSON (for extract --settings).")

  func run() throws {
    FileHandle.standardOutput.write(ExtractionSettings().json + Data("\n".utf8))
  }
}
