import DocumentModel

/// One report's share of a file's pages (a compilation holds several reports).
public struct ReportSegment: Hashable, Sendable {
  /// The layouts of its pages in order; the first and last may be parts of a page it shares with
  /// the report before or after it (`PageLayout.slice(fromY:toY:)`).
  public var layouts: [PageLayout]
  /// Its first and last page, counted from 1 (inclusive).
  public var firstPage: Int
  public var lastPage: Int

  public init(layouts: [PageLayout], firstPage: Int, lastPage: Int) {
    self.layouts = layouts
    self.firstPage = firstPage
    self.lastPage = lastPage
  }
}
