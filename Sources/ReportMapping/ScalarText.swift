import DocumentModel
import ReportSchema

/// A text with its Unicode scalar values, prepared once for many comparisons.
///
/// The similarity measures already work on scalars (`TextSimilarity`); `Character`-level
/// questions (length, substring search) are answered on scalars only when the text is simple
/// (`LabelText.isSimple(_:)`, every scalar its own `Character`, nothing canonically
/// decomposable), else on the `String`, so the answers are the same either way.
struct ScalarText: Sendable {
  /// The text.
  var text: String
  /// Its Unicode scalar values.
  var scalars: [UInt32]
  /// Whether every scalar is simple.
  var isSimple: Bool

  init(_ text: String) {
    self.text = text
    scalars = TextSimilarity.scalars(of: text)
    isSimple = scalars.allSatisfy(LabelText.isSimple)
  }

  /// Whether the text is empty.
  var isEmpty: Bool { scalars.isEmpty }

  /// The number of `Character`s (`String.count`).
  var characterCount: Int { isSimple ? scalars.count : text.count }

  /// Whether `other` occurs in the text (`String.contains(_:)`).
  func contains(_ other: ScalarText) -> Bool {
    guard isSimple, other.isSimple else { return text.contains(other.text) }
    return LabelText.contains(scalars[...], other.scalars[...])
  }
}
