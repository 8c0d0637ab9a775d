import Foundation

extension ExtractionSettings {
  /// The settings as JSON, keys sorted: what `govreport settings` prints and `--settings` reads.
  public var json: Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Every member is a plain number, string, bool or array of them.
    return (try? encoder.encode(self)) ?? Data("{}".utf8)
  }

  /// These settings with the members named in `data` (a JSON object, nested as in `json`)
  /// replaced; members it does not name keep their value, so a file can name one tunable.
  ///
  /// - Throws: `SettingsError` naming the problem: not JSON, an unknown member, a wrong type.
  public func overridden(byJSON data: Data) throws(SettingsError) -> ExtractionSettings {
    guard let changes = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw SettingsError(message: "the settings are not a JSON object")
    }
    guard let current = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else {
      throw SettingsError(message: "the current settings cannot be encoded")
    }
    let merged = try Self.merged(current, changes, path: "")
    do {
      let bytes = try JSONSerialization.data(withJSONObject: merged)
      return try JSONDecoder().decode(ExtractionSettings.self, from: bytes)
    } catch {
      throw SettingsError(message: "a setting has the wrong type: \(error)")
    }
  }

  /// `base` with `changes` written over it member by member; unknown members are errors, so a
  /// misspelt tunable is not silently ignored.
  private static func merged(_ base: [String: Any], _ changes: [String: Any], path: String)
    throws(SettingsError) -> [String: Any]
  {
    var result = base
    for key in changes.keys.sorted() {
      let name = path.isEmpty ? key : path + "." + key
      // Optional members (tessdataPath) are absent from the encoding while nil.
      let known = base.keys.contains(key) || Self.optionalMembers.contains(name)
      guard known else { throw SettingsError(message: "unknown setting '\(name)'") }
      if let inner = changes[key] as? [String: Any], let current = base[key] as? [String: Any] {
        result[key] = try merged(current, inner, path: name)
      } else {
        result[key] = changes[key]
      }
    }
    return result
  }

  /// Members that may be absent from `json` because they are nil by default.
  static let optionalMembers = ["recognition.tessdataPath"]
}

/// A settings file that cannot be applied.
public struct SettingsError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public var description: String { message }
}
