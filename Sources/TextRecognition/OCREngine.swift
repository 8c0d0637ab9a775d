import CLeptonica
import CTesseract
import DocumentModel
import Foundation
import OCRLibraryLoader
import Synchronization

/// One Tesseract engine with its language data loaded: the only owner of a `TessBaseAPI`.
///
/// Loading is slow (`shared/spec/c-libraries.md` §3; docs/performance.md), so keep an engine
/// alive and reuse it for every page. An engine is stateful and not thread-safe: it is
/// noncopyable and not `Sendable`; to work in parallel, give each task its own engine.
///
/// Tesseract is built with OpenMP on Debian; OCRLibraryLoader sets OMP_THREAD_LIMIT=1 (unless
/// set) before it loads tesseract, or recognition runs several times slower.
public struct OCREngine: ~Copyable {
  /// TessBaseAPI *; owned, released in deinit.
  let api: OpaquePointer
  /// The segmentation used by `words(in:)`.
  public let pageSegmentation: PageSegmentation
  /// The languages loaded, such as `chi_sim` or `chi_sim+eng`.
  public let language: String

  /// Loads `language` from `dataPath` and applies `variables`.
  ///
  /// Tesseract's own diagnostics ("Error opening data file …", "Estimating resolution …") are
  /// sent to `/dev/null` through its global `debug_file` variable, since the library never
  /// prints; failures come back as errors instead.
  ///
  /// - Parameters:
  ///   - language: Tesseract language codes joined by `+`, e.g. `chi_sim` or `eng`.
  ///   - dataPath: The tessdata directory; nil for `TESSDATA_PREFIX` or the built-in default.
  ///   - variables: Tesseract parameters, e.g. `["tessedit_char_whitelist": "0123456789"]`.
  ///     They are applied at initialization, so init-only parameters work too.
  ///   - pageSegmentation: The segmentation for whole-page recognition.
  /// - Throws: `OCRError.librariesUnavailable` when tesseract or leptonica cannot be loaded or
  ///   lacks a function, `OCRError.languageDataMissing` when the data does not load,
  ///   `OCRError.engineUnavailable` when Tesseract cannot be created.
  public init(
    language: String, dataPath: String? = nil, variables: [String: String] = [:],
    pageSegmentation: PageSegmentation = .automatic
  ) throws(OCRError) {
    if let reason = Self.librariesUnavailableReason() {
      throw OCRError.librariesUnavailable(reason: reason)
    }
    let names = variables.keys.sorted()
    let values = names.map { variables[$0] ?? "" }
    let api = try Self.loading.withLock { _ throws(OCRError) -> OpaquePointer in
      guard let api = TessBaseAPICreate() else { throw OCRError.engineUnavailable }
      // Global parameter: silences tprintf for every engine in the process, before Init prints.
      _ = TessBaseAPISetVariable(api, "debug_file", "/dev/null")
      guard
        Self.initialize(api, dataPath: dataPath, language: language, names: names, values: values)
          == 0
      else {
        TessBaseAPIEnd(api)
        TessBaseAPIDelete(api)  // deinit does not run for a failed init
        throw OCRError.languageDataMissing(
          language: language, searched: Self.searchedDirectory(dataPath: dataPath))
      }
      return api
    }
    TessBaseAPISetPageSegMode(api, pageSegmentation.tesseractMode)
    self.api = api
    self.pageSegmentation = pageSegmentation
    self.language = language
  }

  /// Held while an engine loads, by every thread of the process.
  ///
  /// Loading writes tesseract's process-wide `debug_file` parameter, which every engine reads as
  /// it prints, and tesseract does not document loading two engines at once as safe. Threads
  /// wait for each other only as they start: a load takes 0.2–0.5 s (c-libraries.md §3), a page
  /// seconds of recognition, which needs no lock.
  private static let loading = Mutex(())

  deinit {
    TessBaseAPIEnd(api)
    TessBaseAPIDelete(api)
  }

  /// Why tesseract and leptonica cannot be used, or nil when they are loaded with every function.
  ///
  /// They are loaded on first use (Sources/OCRLibraryLoader); a stub whose function is missing
  /// would answer a stand-in failure value, so the engine checks before its first call.
  private static func librariesUnavailableReason() -> String? {
    var message = [CChar](repeating: 0, count: 512)
    if ocr_libraries_load(&message, message.count) != 0 { return nil }
    return String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// `TessBaseAPIInit4` with the variables as C string arrays (freed before returning).
  private static func initialize(
    _ api: OpaquePointer, dataPath: String?, language: String, names: [String], values: [String]
  ) -> Int32 {
    let cNames = names.map { strdup($0) }
    let cValues = values.map { strdup($0) }
    defer {
      cNames.forEach { free($0) }
      cValues.forEach { free($0) }
    }
    var namePointers = cNames
    var valuePointers = cValues
    return namePointers.withUnsafeMutableBufferPointer { namesBuffer in
      valuePointers.withUnsafeMutableBufferPointer { valuesBuffer in
        TessBaseAPIInit4(
          api, dataPath, language, OEM_DEFAULT, nil, 0, namesBuffer.baseAddress,
          valuesBuffer.baseAddress, names.count, 0)
      }
    }
  }

  /// The directory Tesseract looks in, for error messages: `dataPath`, else `TESSDATA_PREFIX`,
  /// else the Debian 12 default.
  static func searchedDirectory(dataPath: String?) -> String {
    if let dataPath { return dataPath }
    if let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"], !prefix.isEmpty {
      return prefix
    }
    return "/usr/share/tesseract-ocr/5/tessdata"
  }
}

@available(*, unavailable, message: "A Tesseract engine must not be shared between tasks")
extension OCREngine: Sendable {}
