import ArgumentParser
import Foundation
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
