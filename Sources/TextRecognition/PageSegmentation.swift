import CTesseract

/// How Tesseract splits an image into blocks, lines and words before recognizing them.
///
/// A Swift mirror of the few `TessPageSegMode` values this package uses, so that no C enum
/// appears in a public signature.
public enum PageSegmentation: Sendable, Hashable, CaseIterable {
  /// Full layout analysis without orientation detection (`PSM_AUTO`, 3): whole pages.
  case automatic
  /// One uniform block of text (`PSM_SINGLE_BLOCK`, 6).
  case singleBlock
  /// One text line (`PSM_SINGLE_LINE`, 7): headings, labels and table cells.
  case singleLine
  /// One word (`PSM_SINGLE_WORD`, 8). Measured worse than `.singleLine` for numbers: `eng` drops
  /// leading digits (`97 → 7`), see `shared/spec/c-libraries.md` §3.
  case singleWord
  /// As much text as possible in no particular order (`PSM_SPARSE_TEXT`, 11).
  case sparseText
  /// Orientation and script detection only (`PSM_OSD_ONLY`, 0), with the `osd` language.
  case orientationOnly

  /// The C value.
  var tesseractMode: TessPageSegMode {
    switch self {
    case .automatic: PSM_AUTO
    case .singleBlock: PSM_SINGLE_BLOCK
    case .singleLine: PSM_SINGLE_LINE
    case .singleWord: PSM_SINGLE_WORD
    case .sparseText: PSM_SPARSE_TEXT
    case .orientationOnly: PSM_OSD_ONLY
    }
  }
}
