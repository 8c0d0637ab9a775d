import CLeptonica

/// Keeps leptonica quiet: by default it writes warnings to stderr (e.g. "Error in
/// selaGetBrickName: sel not found" for large DWA bricks), and stdout/stderr belong to the CLI.
enum LeptonicaLog {
  /// Runs `setMsgSeverity(L_SEVERITY_NONE)` exactly once (a global `let` is initialized once,
  /// thread-safely).
  private static let silenced: Bool = {
    _ = setMsgSeverity(Int32(L_SEVERITY_NONE))
    return true
  }()

  /// Silences leptonica's messages for the rest of the process.
  static func silence() { _ = silenced }
}
