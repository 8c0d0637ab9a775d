/// Why a document could not be mapped to a report at all.
public enum MappingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// None of the report's standard tables (二, 三, 四) was recognized: not such a report.
  case reportNotFound(message: String)

  public var description: String {
    switch self {
    case .reportNotFound(let message): message
    }
  }
}
