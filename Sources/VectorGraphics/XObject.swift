/// What a `Do` operator paints, as the document's resources describe it.
public enum XObject {
  /// A form: its decoded content, its `/Matrix`, and where its own `Do` names resolve.
  case form(content: [UInt8], matrix: TransformMatrix, resources: any XObjectResolver)
  /// A raster image, painted into the unit square of the current transform.
  case image
  /// A name the resources do not define, or one that could not be read.
  case missing
}

/// Looks up the XObjects a content stream names (its `/Resources /XObject` dictionary).
public protocol XObjectResolver {
  func xobject(named name: String) -> XObject
}

/// Resolves nothing: for content with no resources.
public struct NoXObjects: XObjectResolver {
  public init() {}
  public func xobject(named name: String) -> XObject { .missing }
}
