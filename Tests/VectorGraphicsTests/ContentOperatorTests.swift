import Testing

@testable import VectorGraphics

/// The packed raw values of `ContentOperator` spell the PDF operators they name.
@Suite struct ContentOperatorTests {
  @Test func everyOperatorIsReadFromItsSpelling() {
    let spellings: [(String, ContentOperator)] = [
      ("q", .save), ("Q", .restore), ("cm", .concatenate), ("w", .lineWidth), ("g", .fillGray),
      ("G", .strokeGray), ("rg", .fillRGB), ("RG", .strokeRGB), ("k", .fillCMYK),
      ("K", .strokeCMYK), ("cs", .fillSpace), ("CS", .strokeSpace), ("sc", .fillColour),
      ("scn", .fillColourN), ("SC", .strokeColour), ("SCN", .strokeColourN), ("m", .moveTo),
      ("l", .lineTo), ("c", .curveTo), ("v", .curveV), ("y", .curveY), ("re", .rectangle),
      ("h", .closePath), ("S", .stroke), ("s", .closeStroke), ("f", .fill), ("F", .fillOld),
      ("f*", .fillEvenOdd), ("B", .fillStroke), ("B*", .fillStrokeEvenOdd),
      ("b", .closeFillStroke), ("b*", .closeFillStrokeEvenOdd), ("n", .endPath),
      ("Do", .paintXObject), ("ID", .inlineImageData),
    ]
    for (spelling, expected) in spellings {
      #expect(ContentOperator(Array(spelling.utf8)) == expected, "\(spelling)")
    }
  }

  @Test func otherWordsAreOther() {
    for word in ["BT", "Tj", "TJ", "gs", "scnx", "sh", "d0", "true", "\u{0}"] {
      #expect(ContentOperator(Array(word.utf8)) == .other, "\(word)")
    }
  }
}
