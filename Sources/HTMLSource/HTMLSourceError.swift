/// Why an HTML page could not be read.
public struct HTMLSourceError: Error, CustomStringConvertible, Sendable, Equatable {
  /// What went wrong, in one sentence.
  public var message: String
  /// What the user can do next.
  public var remedy: String?

  public init(message: String, remedy: String? = nil) {
    self.message = message
    self.remedy = remedy
  }

  public var description: String { [message, remedy].compactMap { $0 }.joined(separator: "\n") }
}
