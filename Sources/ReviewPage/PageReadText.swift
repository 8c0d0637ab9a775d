import DocumentModel

/// How a page was read, in the words the review page shows (`source.page_reads`).
enum PageReadText {
  /// The phrase for one page: `text layer`, `OCR (no text layer; turned 90°)`.
  static func phrase(_ read: PageReading) -> String {
    var details: [String] = []
    if let reason = read.reason { details.append(why(reason)) }
    if read.turn != 0 { details.append("turned \(read.turn)°") }
    let how: String
    switch read.method {
    case .text: how = "text layer"
    case .ocr: how = "OCR"
    case .textAndOCR: how = "text layer + OCR"
    }
    return details.isEmpty ? how : how + " (" + details.joined(separator: "; ") + ")"
  }

  /// The reason for OCR as a reader of the review page needs it.
  static func why(_ reason: PageReading.Reason) -> String {
    switch reason {
    case .noText: "no text layer"
    case .garbledText: "the text layer is garbled"
    case .notAReportText: "the text layer did not read as a report"
    case .outlines: "glyphs drawn as outlines"
    case .imageRegion: "a picture with no text over it"
    case .forced: "--ocr always"
    }
  }

  /// One line per page of `reads`, grouped by what was said: `p. 1–3, 5: text layer`.
  static func lines(_ reads: [PageReading]) -> [String] {
    var order: [String] = []
    var pages: [String: [Int]] = [:]
    for read in reads {
      let phrase = phrase(read)
      if pages[phrase] == nil { order.append(phrase) }
      pages[phrase, default: []].append(read.page)
    }
    return order.map { phrase in "p. \(ranges(pages[phrase] ?? [])): \(phrase)" }
  }

  /// `1–3, 5` for [1, 2, 3, 5].
  static func ranges(_ numbers: [Int]) -> String {
    var parts: [String] = []
    var index = 0
    while index < numbers.count {
      var end = index
      while end + 1 < numbers.count, numbers[end + 1] == numbers[end] + 1 { end += 1 }
      parts.append(
        end == index ? "\(numbers[index])" : "\(numbers[index])–\(numbers[end])")
      index = end + 1
    }
    return parts.joined(separator: ", ")
  }
}
