import Foundation
import ReportTestSupport
import Testing

/// `govreport [extract] FILE [-o OUT]` is recognized without ArgumentParser (QuickExtract, for
/// start-up time); every other form goes through ArgumentParser.
///
/// Both must behave the same.
@Suite struct CommandLineFormsTests {
  let folder: URL

  init() throws {
    folder = try CommandRunner.temporaryFolder()
  }

  @Test func quickAndParsedFormsWriteTheSameJSONAndStatus() throws {
    let sample = try #require(Samples.textLayer.first { $0.hasDefects })  // exit 6 + a warning
    let path = sample.pdf.path
    // `--ocr auto` is the default, but any option sends the line through ArgumentParser.
    let parsed = try CommandRunner.run(["extract", path, "--ocr", "auto"])
    #expect(parsed.status == 6)
    for form in [["extract", path], [path], [path, "--threads", "1"]] {
      let quick = try CommandRunner.run(form)
      #expect(quick.status == parsed.status, "\(form)")
      #expect(quick.stdout == parsed.stdout, "\(form)")
      #expect(quick.stderr == parsed.stderr, "\(form)")
    }
    for (index, form) in [["extract", path, "-o"], ["extract", "--output"], [path, "-o"]]
      .enumerated()
    {
      let target = folder.appendingPathComponent("out-\(index).json").path
      // `--output TARGET` before the file, `-o TARGET` after it.
      let arguments = form.last == "--output" ? form + [target, path] : form + [target]
      let written = try CommandRunner.run(arguments)
      #expect(written.status == 6, "\(arguments)")
      #expect(written.stdout.isEmpty)
      #expect(try String(contentsOfFile: target, encoding: .utf8) == parsed.stdout, "\(arguments)")
    }
    let equals = folder.appendingPathComponent("equals.json").path
    #expect(try CommandRunner.run(["extract", "--output=" + equals, path]).status == 6)
    #expect(try String(contentsOfFile: equals, encoding: .utf8) == parsed.stdout)
  }

  /// `govreport worker`, the batch's long-lived worker, answers each request line with the status
  /// `extract FILE -o OUT` exits with, and writes the same bytes.
  @Test func workerAnswersEachRequestAsExtractWould() throws {
    let defective = try #require(Samples.textLayer.first { $0.hasDefects })
    let clean = try #require(Samples.textLayer.first { !$0.hasDefects })
    let missing = folder.appendingPathComponent("no such\tfile.pdf").path
    let documents = [defective.pdf.path, missing, clean.pdf.path]
    func target(_ name: String) -> String { folder.appendingPathComponent(name).path }
    // A tab inside a field is written \t (WorkerProtocol); the last line is not a request.
    let requests = documents.enumerated().map { index, path in
      path.replacingOccurrences(of: "\t", with: "\\t") + "\t" + target("worker-\(index).json")
    }
    let served = try CommandRunner.run(
      ["worker"], input: (requests + ["only-one-field"]).joined(separator: "\n") + "\n")
    #expect(served.status == 0, "\(served.stderr)")
    let answers = served.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(answers.count == 5 && answers.last == "", "\(served.stdout)")
    for (index, path) in documents.enumerated() {
      let single = try CommandRunner.run(["extract", path, "-o", target("single-\(index).json")])
      let answer = try #require(answers.dropLast().dropFirst(index).first)
      #expect(answer.hasPrefix("\(single.status)\t"), "\(path): \(answer)")
      let written = try? Data(contentsOf: URL(fileURLWithPath: target("worker-\(index).json")))
      let expected = try? Data(contentsOf: URL(fileURLWithPath: target("single-\(index).json")))
      #expect(written == expected, "\(path)")
      #expect((written == nil) == (path == missing))
    }
    // The message is extract's last stderr line(s), escaped onto one line.
    #expect(answers[1].contains("no such\\tfile.pdf") && answers[1].contains("\\nCheck the path."))
    #expect(answers[3].hasPrefix("64\terror: worker: a request is INPUT<tab>OUTPUT"))
  }

  @Test func subcommandsAndOddFormsStillReachArgumentParser() throws {
    // A subcommand name is not a file name.
    #expect(try CommandRunner.run(["schema"]).stdout.contains("\"$schema\""))
    // Two files, a repeated -o, a bare `-o`: usage errors, as ArgumentParser reports them.
    #expect(try CommandRunner.run(["extract", "a.pdf", "b.pdf"]).status == 64)
    #expect(try CommandRunner.run(["extract", "a.pdf", "-o"]).status == 64)
    #expect(try CommandRunner.run(["extract", "a.pdf", "--threads", "0"]).status == 64)
    let missing = try CommandRunner.run(["extract", folder.appendingPathComponent("nope.pdf").path])
    #expect(missing.status == 2)
    #expect(missing.stderr.hasPrefix("error: "))
  }

  /// `batch` and `export` run in `govreport-store`, reached through `govreport` with the same
  /// arguments; without it beside `govreport`, a one-line error and exit 3 (a missing part).
  @Test func storeCommandsAreHandedOverToGovreportStore() throws {
    let help = try CommandRunner.run(["batch", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("--out") && help.stdout.contains("USAGE: govreport batch"))
    #expect(try CommandRunner.run(["help", "export"]).stdout.contains("--csv"))
    let usage = try CommandRunner.run(["export"])
    #expect(usage.status == 64)
    #expect(usage.stderr.contains("--db"))
    #expect(try CommandRunner.run(["--help"]).stdout.contains("batch"))

    let alone = folder.appendingPathComponent("alone")
    try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
    let copy = alone.appendingPathComponent("govreport")
    try FileManager.default.copyItem(at: CommandRunner.executable, to: copy)
    let process = Process()
    process.executableURL = copy
    process.arguments = ["batch", "--help"]
    let err = Pipe()
    process.standardError = err
    process.standardOutput = Pipe()
    try process.run()
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 3)
    #expect(message.hasPrefix("error: ") && message.contains("govreport-store"))
  }
}
