import ArgumentParser
import CommandSupport

/// `govreport-store`: the database half of `govreport` (batch runs and CSV export).
///
/// Run through `govreport batch …` and `govreport export …`, which hand their arguments over
/// (`StoreCommands`); it names itself `govreport` so usage and help read as the user typed them.
@main
struct GovReportStore: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "govreport",
    abstract:
      "Batch extraction into a report database, and CSV export (run as `govreport batch`, `govreport export`).",
    subcommands: [Batch.self, Export.self])
}
