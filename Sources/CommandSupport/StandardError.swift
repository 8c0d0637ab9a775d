import Foundation

/// Writes a line to stderr; stdout carries only JSON.
public func printToStandardError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}
