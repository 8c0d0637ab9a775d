/// The line protocol between `govreport batch` and its long-lived `govreport worker` processes.
///
/// The batch writes one request line per document on the worker's stdin; the worker answers each
/// with one line on stdout, then reads the next. A field is UTF-8 text in which a backslash, tab,
/// line feed and carriage return are written `\\`, `\t`, `\n` and `\r`, so any path or message
/// fits on one line; fields are separated by one tab. End of file on stdin ends the worker.
///
/// ```
/// request:  INPUT <tab> OUTPUT <newline>
/// answer:   STATUS <tab> MESSAGE [<tab> REPORTS] <newline>
/// ```
///
/// STATUS is the exit code `govreport extract INPUT -o OUTPUT` would have ended with (README,
/// "Exit codes"); MESSAGE is the last line that command would have printed on stderr, or empty.
/// A file holding several reports (a compilation) is written to `OUTPUT.1` … `OUTPUT.<REPORTS>`
/// instead of OUTPUT, and its answer ends with REPORTS; without it, REPORTS is 1.
public enum WorkerProtocol {
  /// One document to extract.
  public struct Request: Sendable, Equatable {
    /// The report file to read.
    public var input: String
    /// Where the JSON goes (written atomically, as `extract -o` does).
    public var output: String

    public init(input: String, output: String) {
      self.input = input
      self.output = output
    }

    /// Reads a request line (without its newline); nil unless it has two non-empty fields.
    public init?(line: some StringProtocol) {
      let fields = WorkerProtocol.fields(of: line)
      guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else { return nil }
      input = fields[0]
      output = fields[1]
    }

    /// The request as one line, newline included.
    public var line: String {
      WorkerProtocol.escaped(input) + "\t" + WorkerProtocol.escaped(output) + "\n"
    }
  }

  /// How one document ended.
  public struct Answer: Sendable, Equatable {
    /// The exit code `extract` would have had: 0, 6 and 7 mean the JSON was written.
    public var status: Int32
    /// The last message `extract` would have printed on stderr (it may span lines), or empty.
    public var message: String
    /// How many reports were written: 1 to OUTPUT, or more to `OUTPUT.1` … (a compilation).
    public var reports: Int

    public init(status: Int32, message: String, reports: Int = 1) {
      self.status = status
      self.message = message
      self.reports = reports
    }

    /// Reads an answer line (without its newline); nil unless it starts with a status in
    /// 0...255 and a tab, and a third field, if any, is a count of at least 1.
    public init?(line: some StringProtocol) {
      let fields = WorkerProtocol.fields(of: line)
      guard (2...3).contains(fields.count), let status = Int32(fields[0]),
        (0...255).contains(status)
      else { return nil }
      self.status = status
      message = fields[1]
      if fields.count == 3 {
        guard let reports = Int(fields[2]), reports >= 1 else { return nil }
        self.reports = reports
      } else {
        reports = 1
      }
    }

    /// The answer as one line, newline included.
    public var line: String {
      let count = reports > 1 ? "\t\(reports)" : ""
      return "\(status)\t" + WorkerProtocol.escaped(message) + count + "\n"
    }
  }

  /// `text` with backslash, tab, line feed and carriage return escaped.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The line's tab-separated fields, unescaped; an unknown escape keeps its character.
  static func fields(of line: some StringProtocol) -> [String] {
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var escaping = false
    for scalar in line.unicodeScalars {
      if escaping {
        switch scalar {
        case "t": field.append("\t")
        case "n": field.append("\n")
        case "r": field.append("\r")
        default: field.append(scalar)
        }
        escaping = false
      } else if scalar == "\\" {
        escaping = true
      } else if scalar == "\t" {
        fields.append(String(field))
        field = String.UnicodeScalarView()
      } else {
        field.append(scalar)
      }
    }
    fields.append(String(field))
    return fields
  }
}
