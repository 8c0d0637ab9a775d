import DocumentModel
import Testing

@testable import VectorGraphics

/// Content streams written by hand: each test draws something and checks which rulings come out.
@Suite struct VectorRulingReaderTests {
  /// A 400 × 300 pt page in poppler's coordinates: y flipped, origin top-left.
  let flip = TransformMatrix(1, 0, 0, -1, 0, 300)

  func rulings(_ content: String, resources: any XObjectResolver = NoXObjects()) -> [Ruling] {
    VectorRulingReader().read(Array(content.utf8), transform: flip, resources: resources)?.rulings
      ?? []
  }

  @Test func thinFilledRectangleIsARulingAtItsCentre() {
    let found = rulings("0 g 50 199.5 200 1 re f")
    #expect(found == [Ruling(axis: .horizontal, position: 100, start: 50, end: 250)])
  }

  @Test func lightShadingThickFillsAndUnpaintedPathsAreNotRulings() {
    #expect(rulings("0.9 g 50 199.5 200 1 re f").isEmpty)  // shading
    #expect(rulings("0 g 50 150 200 20 re f").isEmpty)  // a filled block
    #expect(rulings("0 g 50 199.5 200 1 re W n").isEmpty)  // a clip
    #expect(rulings("1 1 1 RG 50 200 m 250 200 l S").isEmpty)  // a white line
  }

  @Test func strokedRectangleGivesFourBorders() {
    let found = rulings("0.5 w 0 0 0 RG 50 100 200 100 re S")
    #expect(found.filter { $0.axis == .horizontal }.map(\.position) == [100, 200])
    #expect(found.filter { $0.axis == .vertical }.map(\.position) == [50, 250])
    #expect(found.allSatisfy { $0.length == 200 || $0.length == 100 })
  }

  @Test func cellBordersDrawnPieceByPieceJoinIntoOneRuling() {
    let pieces = (0..<5).map { "\(50 + $0 * 40) 200 m \(90 + $0 * 40) 200 l S" }.joined(
      separator: "\n")
    #expect(rulings(pieces) == [Ruling(axis: .horizontal, position: 100, start: 50, end: 250)])
  }

  @Test func shortLineIsKeptOnlyBetweenTwoLongOnes() {
    let frame = "50 200 m 250 200 l S 50 185 m 250 185 l S "
    let found = rulings(frame + "100 200 m 100 185 l S 300 100 m 300 85 l S")
    let vertical = found.filter { $0.axis == .vertical }
    #expect(vertical == [Ruling(axis: .vertical, position: 100, start: 100, end: 115)])
  }

  @Test func transformsAndStateStackApply() {
    // Drawn at half size and moved; the line width scales too.
    let found = rulings("q 0.5 0 0 0.5 100 100 cm 2 w 0 0 m 100 0 l S Q 0 0 m 60 0 l S")
    #expect(found.contains(Ruling(axis: .horizontal, position: 200, start: 100, end: 150)))
    #expect(found.contains(Ruling(axis: .horizontal, position: 300, start: 0, end: 60)))
  }

  @Test func stringsArraysAndInlineImagesDoNotConfuseTheOperators() {
    let content = """
      BT /F1 12 Tf (a \\) re (nested) S) Tj [(x) -20 (y] f)] TJ <48 65> Tj ET
      /Span <</MCID 3 /Alt (l S) >> BDC EMC
      BI /W 4 /H 1 /BPC 8 /CS /G ID \u{01}re S\u{02}f EI
      50 200 m 250 200 l S
      """
    #expect(rulings(content) == [Ruling(axis: .horizontal, position: 100, start: 50, end: 250)])
  }

  @Test func numbersInEveryPDFSpelling() {
    #expect(ContentLexer.number(Array("-.5".utf8)[...]) == -0.5)
    #expect(ContentLexer.number(Array("4.".utf8)[...]) == 4)
    #expect(ContentLexer.number(Array("+12.25".utf8)[...]) == 12.25)
    #expect(ContentLexer.number(Array("re".utf8)[...]) == nil)
    #expect(ContentLexer.number(Array("1.2.3".utf8)[...]) == nil)
  }

  @Test func formsAreFollowedAndImagesMeasured() {
    struct Resources: XObjectResolver {
      func xobject(named name: String) -> XObject {
        switch name {
        case "Fm1":
          return .form(
            content: Array("0.1 w 0 0 m 200 0 l S /Im1 Do".utf8),
            matrix: TransformMatrix(1, 0, 0, 1, 50, 100),
            resources: Resources())
        case "Im1": return .image
        default: return .missing
        }
      }
    }
    let result = VectorRulingReader().read(
      Array("q 10 0 0 10 0 0 cm /Fm1 Do Q /Nope Do".utf8), transform: flip, resources: Resources())
    #expect(result?.rulings == [Ruling(axis: .horizontal, position: -700, start: 500, end: 2500)])
    #expect(result?.imageArea == 100)
  }

  @Test func fillsThatAreNotLinesAreCountedAsShapes() {
    // A glyph drawn as an outline (curves), a filled block, a ruling, shading: two shapes in
    // ink; the ruling is a line and the shading is not ink.
    let content = """
      0 g 10 10 m 20 30 30 30 40 10 c 30 0 l h f
      0 g 50 150 200 20 re f
      0 g 50 199.5 200 1 re f
      0.9 g 50 100 200 20 re f
      """
    let result = VectorRulingReader().read(
      Array(content.utf8), transform: flip, resources: NoXObjects())
    #expect(result?.filledShapes == 2)
    #expect(result?.rulings.count == 1)
  }

  @Test func contentOverTheOperatorBudgetGivesNoAnswer() {
    var settings = VectorSettings()
    settings.operatorBudget = 10
    let content = Array(String(repeating: "0 0 m 10 0 l S\n", count: 20).utf8)
    #expect(
      VectorRulingReader(settings: settings).read(content, transform: flip, resources: NoXObjects())
        == nil)
  }
}
