import DocumentModel
import ReportSchema

/// Builds what is drawn over one page image: rulings, the cell grid (merged cells thick), and
/// for each value cell its canonical key, value and review standing.
///
/// Drawn per value cell: a tag with the column key (top-left), the value read (bottom-right;
/// `—` for blank), and for a cell in review a red outline and fill with the numbers of its review
/// items (bottom-left: `#3`, or `#3+1` when two items name it), which are the numbers of the review page's list. Repaired cells are
/// orange, hand-corrected ones blue. Each printed row gets its row key left of its first value cell.
public struct OverlayBuilder: Sendable {
  public var style = OverlayStyle()

  public init() {}

  /// The overlay for `page`, from the output whose values and review are shown.
  public func overlay(for page: InspectedPage, output: ExtractionOutput) -> PageOverlay {
    let index = ReviewIndex(output)
    var overlay = PageOverlay(fade: style.fade)
    for cell in page.cells {
      let merged = cell.rowSpan > 1 || cell.columnSpan > 1
      overlay.rectangles.append(
        .init(
          box: cell.box, stroke: merged ? style.merged : style.gridCell,
          width: merged ? style.mergedWidth : style.gridCellWidth))
      if merged {
        overlay.labels.append(
          .init(
            text: "\(cell.rowSpan)×\(cell.columnSpan)", x: cell.box.minX + 1.5,
            y: cell.box.minY + style.tagSize + 1,
            size: style.tagSize, color: style.merged, background: style.labelBackground))
      }
    }
    overlay.lines = page.rulings.map { ruling in
      switch ruling.axis {
      case .horizontal:
        .init(
          x0: ruling.start, y0: ruling.position, x1: ruling.end, y1: ruling.position,
          color: style.ruling,
          width: style.rulingWidth)
      case .vertical:
        .init(
          x0: ruling.position, y0: ruling.start, x1: ruling.position, y1: ruling.end,
          color: style.ruling,
          width: style.rulingWidth)
      }
    }
    let keyed = output.report.cellKeys.compactMap { key in
      output.report.cells[key].flatMap { $0.page == page.number ? (key, $0.box) : nil }
    }
    for (key, box) in keyed {
      addCell(key, box, output: output, index: index, to: &overlay)
    }
    addRowLabels(keyed, to: &overlay)
    overlay.labels.append(
      .init(
        text: banner(for: page, keyedCount: keyed.count, index: index, keyed: keyed.map(\.0)), x: 8,
        y: 8 + style.bannerSize, size: style.bannerSize, color: style.key,
        background: PageOverlay.Color(red: 1, green: 0.95, blue: 0.6, alpha: 0.95)))
    return overlay
  }

  private func addCell(
    _ key: CellKey, _ box: Box, output: ExtractionOutput, index: ReviewIndex,
    to overlay: inout PageOverlay
  ) {
    let status = index.status(of: key.path)
    let color = style.color(of: status)
    if let color {
      var fill = color
      fill.alpha = style.fillAlpha
      overlay.rectangles.append(
        .init(box: box.expanded(by: -0.6), stroke: color, width: style.statusWidth, fill: fill))
    }
    overlay.labels.append(
      .init(
        text: CellLabels.tag(for: key), x: box.minX + 1.2, y: box.minY + style.tagSize + 0.6,
        size: style.tagSize, color: style.key, background: style.labelBackground))
    let value = output.report.values[key]?.literal ?? "—"
    overlay.labels.append(
      .init(
        text: value, x: box.maxX - 1.5, y: box.maxY - 1.5, size: style.valueSize,
        color: color ?? style.ok,
        background: style.labelBackground, alignRight: true))
    if let numbers = index.numbers[key.path], let color {
      // The first item's number; "+n" says n more items name the same cell (listed after it).
      let shown = "#\(numbers[0])" + (numbers.count > 1 ? "+\(numbers.count - 1)" : "")
      overlay.labels.append(
        .init(
          text: shown, x: box.minX + 1.2, y: box.maxY - 1.5, size: style.markerSize,
          color: PageOverlay.Color(red: 1, green: 1, blue: 1), background: color))
    }
  }

  /// The row key, right-aligned just left of the first value cell of each printed row.
  private func addRowLabels(_ keyed: [(CellKey, Box)], to overlay: inout PageOverlay) {
    var first: [String: Box] = [:]
    var order: [String] = []
    for (key, box) in keyed {
      let row = "\(key.table.rawValue)|\(CellLabels.rowLabel(for: key))"
      if let current = first[row] {
        if box.minX < current.minX { first[row] = box }
      } else {
        first[row] = box
        order.append(row)
      }
    }
    for row in order {
      guard let box = first[row], let label = row.split(separator: "|").last else { continue }
      overlay.labels.append(
        .init(
          text: String(label), x: box.minX - 2, y: box.midY + style.rowLabelSize * 0.35,
          size: style.rowLabelSize, color: style.key, background: style.labelBackground,
          alignRight: true))
    }
  }

  /// `第 3 页 · 文本层 · 42 个数值单元 · 5 待复核`: which page, how it was read, what it holds.
  private func banner(
    for page: InspectedPage, keyedCount: Int, index: ReviewIndex, keyed: [CellKey]
  ) -> String {
    let origin = page.origin == .ocr ? "OCR 识别" : "文本层"
    let flagged = keyed.filter { [.review, .repaired].contains(index.status(of: $0.path)) }.count
    return "第 \(page.number) 页 · \(origin) · \(keyedCount) 个数值单元格 · \(flagged) 个待复核"
  }
}
