import DocumentModel
import TextRecognition

/// Re-reads the number cells of OCR'd tables with the digits-only engine (stage 4).
///
/// Full-page OCR misreads digits at high confidence (`1→4`, `1→工`, `0→O`; c-libraries.md §3);
/// a tight crop read with a digit whitelist got 223–224 of 224 right. Label cells (two or more
/// CJK characters) keep their page-OCR text.
struct NumberRereader {
  /// A cell whose page-OCR text holds at least this many CJK characters is a label.
  ///
  /// Number cells read by page OCR contain at most one stray CJK look-alike (`工` for `1`).
  var labelCJKCount = 2
  /// Finds the value's ink among specks and ruling fragments.
  var inkCluster = InkCluster()
  /// Margin around the value's ink handed to the digits engine, in points: its ruling inset
  /// (1 pt) plus 0.5 pt of white.
  var focusMargin = 1.5

  /// The tables with every number cell on an OCR'd page replaced by its digits-only reading.
  func reread(_ tables: [TableGrid], pages: [ReadPage], session: OCRSession?) -> [TableGrid] {
    guard let session else { return tables }
    let images = Dictionary(
      pages.compactMap { page in page.image.map { (page.layout.pageNumber, $0) } },
      uniquingKeysWith: { first, _ in first })
    return tables.map { table in
      var table = table
      table.cells = table.cells.map { cell in
        guard let image = images[cell.page], !isLabel(cell) else { return cell }
        return reread(cell, in: image, session: session)
      }
      return table
    }
  }

  private func isLabel(_ cell: TableCell) -> Bool {
    let cjk = cell.text.unicodeScalars.filter { (0x3400...0x9FFF).contains($0.value) }.count
    return cjk >= labelCJKCount
  }

  private func reread(_ cell: TableCell, in image: PageImage, session: OCRSession) -> TableCell {
    var cell = cell
    guard let ink = inkCluster.box(in: image, cell: cell.box) else {
      cell.words = []
      return cell
    }
    let focus = ink.expanded(by: focusMargin)
    let box = Box(
      minX: max(cell.box.minX, focus.minX), minY: max(cell.box.minY, focus.minY),
      maxX: min(cell.box.maxX, focus.maxX), maxY: min(cell.box.maxY, focus.maxY))
    guard let reading = session.number(in: image, box: box) else {
      // Ink the digits engine could not read: keep the page OCR's words, at low confidence.
      cell.words = cell.words.map { var word = $0; word.confidence = min(word.confidence, 0.3); return word }
      if cell.words.isEmpty {
        cell.words = [Word(text: "?", box: cell.box, origin: .ocr, confidence: 0)]
      }
      return cell
    }
    if reading.text.isEmpty {
      cell.words = []
    } else {
      let box = Box.union(of: cell.words.map(\.box)) ?? cell.box
      cell.words = [Word(text: reading.text, box: box, origin: .ocr, confidence: reading.confidence)]
    }
    return cell
  }
}
