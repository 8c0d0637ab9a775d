/// Why markup could not be parsed into a tree.
public struct MarkupParseError: Error, CustomStringConvertible, Sendable, Equatable {
  /// What went wrong.
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
