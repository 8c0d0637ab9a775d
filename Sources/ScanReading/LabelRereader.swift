import DocumentModel
import TextRecognition

/// Re-reads the doubtful label cells of OCR'd tables line by line (stage 4).
///
/// Page OCR reads one-line labels well but mangles labels wrapped over two or three lines in a
/// narrow cell, at a low word confidence (0.00–0.15 on `s02`, against 0.7–0.97 for labels read
/// right). Each such cell is cut into its ink lines (`InkLines`) and every line is read alone
/// with `.singleLine`, which read them right. The new reading replaces the old one only when
/// Tesseract is surer of it.
package struct LabelRereader {
  /// A label cell whose weakest page-OCR word is below this confidence is re-read.
  ///
  /// Mangled labels on `s02` scored ≤ 0.15 at their weakest word; right ones mostly ≥ 0.7.
  var rereadBelow = 0.7
  /// A cell with at least this many CJK characters in its page-OCR text is a label.
  var labelCJKCount = 2
  var inkLines = InkLines()

  package init() {}

  /// The cell re-read line by line from `image` when it is a doubtful label; any other cell, or
  /// a re-reading Tesseract is less sure of, comes back unchanged.
  package func reread(_ cell: TableCell, in image: PageImage, session: OCRSession) -> TableCell {
    isDoubtfulLabel(cell) ? rereadLabel(cell, in: image, session: session) : cell
  }

  private func isDoubtfulLabel(_ cell: TableCell) -> Bool {
    let cjk = cell.text.unicodeScalars.filter(\.isHan).count
    return cjk >= labelCJKCount && cell.confidence < rereadBelow
  }

  private func rereadLabel(_ cell: TableCell, in image: PageImage, session: OCRSession)
    -> TableCell
  {
    let lines = inkLines.lines(in: image, box: cell.box)
    guard !lines.isEmpty else { return cell }
    var words: [Word] = []
    for line in lines {
      guard let reading = session.line(in: image, box: line), !reading.text.isEmpty else {
        continue
      }
      words.append(
        Word(text: reading.text, box: line, origin: .ocr, confidence: reading.confidence))
    }
    guard !words.isEmpty else { return cell }
    let old = cell.words.map(\.confidence).reduce(0, +) / Double(max(1, cell.words.count))
    let new = words.map(\.confidence).reduce(0, +) / Double(words.count)
    guard new > old else { return cell }
    var cell = cell
    cell.words = words
    return cell
  }
}
