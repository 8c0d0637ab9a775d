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
package final class OrientationDetector: Sendable {
  private let engine: Mutex<Engine?>
  /// Why there is no engine (its data is not installed), or nil.
  package let unavailableReason: String?

  /// Holds the noncopyable engine, so that the detector can do without one.
  private final class Engine {
    let engine: OCREngine
    init(_ engine: consuming OCREngine) { self.engine = engine }
  }

  /// Loads the `osd` engine; without its data, the detector answers nil to every page.
  package init(settings: OCRSettings) {
    do {
      engine = Mutex(
        Engine(
          try OCREngine(
            language: "osd", dataPath: settings.tessdataPath, pageSegmentation: .orientationOnly))
      )
      unavailableReason = nil
    } catch {
      engine = Mutex(nil)
      unavailableReason = "\(error)"
    }
  }

  /// Which way up the page's text is, or nil when it cannot be told (no `osd` data, too little
  /// text).
  package func orientation(of image: PageImage) -> PageOrientation? {
    engine.withLock { engine in
      guard let engine else { return nil }
      return try? engine.engine.orientation(of: image)
    }
  }
}
