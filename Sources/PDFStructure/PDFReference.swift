/// An indirect reference `n g R`: object number and generation (PDF 32000-1 §7.3.10).
public struct PDFReference: Hashable, Sendable {
  public var number: Int
  public var generation: Int

  public init(number: Int, generation: Int) {
    self.number = number
    self.generation = generation
  }
}
