import OCRLibraryLoader

/// Leptonica and tesseract, which are loaded on first use rather than linked (see
/// Sources/OCRLibraryLoader/library.c): a text-layer extraction never pays for them.
public enum OCRLibraries {
  /// Loads both libraries if needed.
  ///
  /// - Returns: nil when they are available, else why not (the dynamic loader's message).
  public static func unavailableReason() -> String? {
    var message = [CChar](repeating: 0, count: 512)
    if ocr_libraries_load(&message, message.count) != 0 { return nil }
    return String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
