import ArgumentParser
import CommandSupport
import Foundation
import ReportStore

/// `govreport export`: the database's long cell table as CSV.
struct Export: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: StoreCommands.exportAbstract)

  @Option(help: "Database: sqlite:PATH or postgres://user@host:port/db.")
  var db: String

  @Option(help: "The CSV file to write.")
  var csv: String

  func run() async throws {
    do {
      let store = try await StoreLocation(parsing: db).open()
      let cells = try await store.exportedCells()
      try? await store.close()
      try ExportCSV.write(cells, to: csv)
      printToStandardError("export: \(cells.count) cells written to \(csv)")
    } catch {
      printToStandardError("error: \(error)")
      throw ExitCode(1)
    }
  }
}

/// Writes the CSV atomically (temporary file, then rename).
enum ExportCSV {
  static func write(_ cells: [ExportedCell], to path: String) throws {
    try Data(CellCSVWriter.csv(cells).utf8).write(
      to: URL(fileURLWithPath: path), options: .atomic)
  }
}
