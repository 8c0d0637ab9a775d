/// Finds table footnotes in the prose (`注：行政复议、行政诉讼数量含上年度结转数量。`).
enum NoteReader {
  /// Each footnote with its continuation lines (until a new paragraph), whitespace removed.
  static func notes(in lines: [ProseLine]) -> [String] {
    var notes: [String] = []
    var open = false
    var previous: ProseLine?
    for line in lines {
      let text = line.text.removingWhitespace
      let continues =
        open && !line.startsParagraph && previous.map { $0.page == line.page } == true
      if ReviewTableMapper.isNote(text) {
        notes.append(text)
        open = true
      } else if continues {
        notes[notes.count - 1] += text
      } else {
        open = false
      }
      previous = line
    }
    return notes
  }
}
