import CLeptonica

/// Keeps leptonica quiet, because stdout and stderr belong to the CLI.
///
/// By default leptonica writes warnings to stderr, such as "Error in selaGetBrickName: sel not
/// found" for DWA bricks longer than its precompiled ones.
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
