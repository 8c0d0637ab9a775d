import ArgumentParser

@main
struct GovReport: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "govreport", abstract: "placeholder", subcommands: [Batch.self, Export.self])
}
