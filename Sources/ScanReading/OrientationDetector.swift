import DocumentModel
import Synchronization
import TextRecognition

/// Tesseract's orientation detection (`osd`): one engine for every thread of a document, which
/// take turns with it.
///
/// The `osd` data is tesseract's legacy classifier, whose templates take about 55 MB once loaded
/// (heaptrack on a 60-page scan: `AddIntClass`, `INT_CLASS_STRUCT`, `ReadIntTemplates`), more than
/// the page and digits engines together; a page's detection takes 0.1–0.9 s of its 1–3 s
/// (`GOVREPORT_TIMING`, Samples/s14), so threads seldom wait for it.
///
/// The engine is loaded on the first page that needs it: most pages read as the format upright
/// and are never detected (`OCRSettings.uprightVocabularyPairs`), so most documents never load
/// it.
package final class OrientationDetector: Sendable {
  private let state: Mutex<State>
  private let settings: OCRSettings

  /// The engine once loaded, or why it cannot be.
  private enum State {
    case notLoaded
    case loaded(Engine)
    case unavailable(String)
  }

  /// Holds the noncopyable engine, so that the detector can do without one.
  private final class Engine {
    let engine: OCREngine
    init(_ engine: consuming OCREngine) { self.engine = engine }
  }

  /// A detector whose `osd` engine is loaded on first use.
  package init(settings: OCRSettings) {
    self.settings = settings
    state = Mutex(.notLoaded)
  }

  /// Why there is no engine (its data is not installed), or nil; loads the engine.
  package var unavailableReason: String? {
    state.withLock { state in
      if case .unavailable(let reason) = loaded(&state) { return reason }
      return nil
    }
  }

  /// Which way up the page's text is, or nil when it cannot be told (no `osd` data, too little
  /// text).
  package func orientation(of image: PageImage) -> PageOrientation? {
    state.withLock { state in
      guard case .loaded(let engine) = loaded(&state) else { return nil }
      return try? engine.engine.orientation(of: image)
    }
  }

  /// The state after loading the engine if it was not yet tried.
  private func loaded(_ state: inout State) -> State {
    if case .notLoaded = state {
      do {
        state = .loaded(
          Engine(
            try OCREngine(
              language: "osd", dataPath: settings.tessdataPath,
              pageSegmentation: .orientationOnly)))
      } catch {
        state = .unavailable("\(error)")
      }
    }
    return state
  }
}
