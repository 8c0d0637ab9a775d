import ArgumentParser
import CommandSupport
import Foundation

/// `govreport batch` as `govreport --help` lists it; the command runs in `govreport-store`.
///
/// `GovReport.main` hands `batch …` over before parsing, so `run()` is reached only when
/// ArgumentParser routes here some other way.
struct BatchEntry: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch", abstract: StoreCommands.batchAbstract)

  @Argument(parsing: .allUnrecognized, help: "See `govreport batch --help`.")
  var arguments: [String] = []

  func run() throws { try StoreCommandHandover.run(["batch"] + arguments) }
}

/// `govreport export` as `govreport --help` lists it; the command runs in `govreport-store`.
struct ExportEntry: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: StoreCommands.exportAbstract)

  @Argument(parsing: .allUnrecognized, help: "See `govreport export --help`.")
  var arguments: [String] = []

  func run() throws { try StoreCommandHandover.run(["export"] + arguments) }
}

/// Hands a store command over to `govreport-store`.
enum StoreCommandHandover {
  /// Replaces the process; throws exit code 3 (a missing part of the installation) when it cannot.
  static func run(_ arguments: [String]) throws(ExitCode) {
    printToStandardError("error: " + StoreCommands.execute(arguments))
    throw ExitCode(3)
  }
}
