/// A PDF transformation matrix `[a b c d e f]`: (x, y) → (a·x + c·y + e, b·x + d·y + f).
public struct TransformMatrix: Sendable, Equatable {
  public var a, b, c, d, e, f: Double

  public init(_ a: Double, _ b: Double, _ c: Double, _ d: Double, _ e: Double, _ f: Double) {
    (self.a, self.b, self.c, self.d, self.e, self.f) = (a, b, c, d, e, f)
  }

  public static let identity = TransformMatrix(1, 0, 0, 1, 0, 0)

  /// The point mapped by this transform.
  public func apply(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
    (a * x + c * y + e, b * x + d * y + f)
  }

  /// `self` applied first, then `other` (PDF's `cm` multiplies as `self × CTM`).
  public func then(_ other: TransformMatrix) -> TransformMatrix {
    TransformMatrix(
      a * other.a + b * other.c, a * other.b + b * other.d,
      c * other.a + d * other.c, c * other.b + d * other.d,
      e * other.a + f * other.c + other.e, e * other.b + f * other.d + other.f)
  }

  /// How much the transform scales lengths on average: a line width of 1 becomes this wide.
  public var scale: Double { (abs(a * d - b * c)).squareRoot() }
}
