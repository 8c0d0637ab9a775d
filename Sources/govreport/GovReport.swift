import ArgumentParser

@main
struct GovReport: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "govreport", abstract: "placeholder")
}
