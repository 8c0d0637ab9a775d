/// Recognizes the plain `govreport [extract] FILE [-o OUT] [--threads N]` command line without
/// ArgumentParser.
///
/// ArgumentParser builds and reflects over every command's arguments on each run (including a
/// trial parse for completion-script flags), a fixed cost that is a noticeable share of a short
/// text-layer extraction (issue #3; docs/performance.md). The common form is recognized here;
/// anything else — other options, `--help`, a subcommand, `--`, a missing file — goes to
/// ArgumentParser, so errors and help read the same as ever.
enum QuickExtract {
  /// The job for `arguments` (without the program name), or nil when ArgumentParser must parse
  /// them.
  static func job(for arguments: [String], subcommands: [String]) -> ExtractJob? {
    var rest = arguments[...]
    if rest.first == "extract" {
      rest = rest.dropFirst()
    } else if let first = rest.first, subcommands.contains(first) || first == "help" {
      return nil
    }
    var file: String? = nil
    var output: String? = nil
    var threads: Int? = nil
    while let argument = rest.popFirst() {
      if argument == "-o" || argument == "--output" {
        guard output == nil, let value = rest.popFirst(), isValue(value) else { return nil }
        output = value
      } else if argument.hasPrefix("--output=") {
        let value = String(argument.dropFirst("--output=".count))
        guard output == nil, isValue(value) else { return nil }
        output = value
      } else if argument == "--threads" {
        // Batch workers pass `--threads 1` (WorkerLauncher).
        guard threads == nil, let value = rest.popFirst(), let count = Int(value), count >= 1
        else { return nil }
        threads = count
      } else if isValue(argument), file == nil {
        file = argument
      } else {
        return nil
      }
    }
    guard let file else { return nil }
    return ExtractJob(file: file, output: output, threads: threads ?? ExtractJob.defaultThreads)
  }

  /// An operand ArgumentParser would take as a plain value: not empty, not an option.
  private static func isValue(_ text: String) -> Bool {
    !text.isEmpty && !text.hasPrefix("-")
  }
}
