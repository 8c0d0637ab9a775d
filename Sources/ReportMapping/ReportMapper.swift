import DocumentModel
import ReportSchema

/// Turns a document's table grids and page layouts into an `AnnualReport` in canonical keys.
///
/// The steps, in order: cut and classify the grids (`TableSegmenter`); read table 二 and decide the
/// format from its headers; map table 三 (`ApplicationTableMapper`) and table 四
/// (`ReviewTableMapper`); read the title, the sections and the footnotes from the lines outside
/// the tables. Everything not fatal becomes a `Finding`; cell-level findings start their message
/// with the cell path (`applications.rows.new.total: …`).
public struct ReportMapper: Sendable {
  public var settings: MappingSettings

  public init(settings: MappingSettings = MappingSettings()) {
    self.settings = settings
  }

  /// Maps the tables and layouts of one document to a report.
  ///
  /// - Parameters:
  ///   - tables: every grid found, in document order (continuations already stitched).
  ///   - layouts: every page's layout, for the title, sections and notes.
  ///   - findings: receives what was noticed along the way.
  /// - Returns: the report with its values and where each was read.
  /// - Throws: `MappingError.reportNotFound` when none of tables 二, 三, 四 is recognized.
  public func report(
    from tables: [TableGrid], layouts: [PageLayout], findings: inout [Finding]
  ) throws(MappingError) -> AnnualReport {
    let segments = TableSegmenter.segments(of: tables)
    let proactiveGrids = segments.filter { $0.kind == .proactive }.map(\.grid)
    let applicationGrids = segments.filter { $0.kind == .applications }.map(\.grid)
    var reviewGrids = segments.filter { $0.kind == .reviewLitigation }.map(\.grid)
    if !applicationGrids.isEmpty {
      // A table 四 whose header is noise (OCR), or whose data row a page break left alone on
      // the next page under the header's last row, still has its one row of 15 numbers.
      let shaped = segments.filter {
        $0.kind == nil
          && (Self.looksLikeReviewTable($0.grid) || Self.hasReviewHeaderShape($0.grid))
      }
      reviewGrids += shaped.map(\.grid).filter { !reviewGrids.contains($0) }
    }
    let noTable = proactiveGrids.isEmpty && applicationGrids.isEmpty && reviewGrids.isEmpty
    let tablesLost = noTable && readsAsScannedReport(tables: tables, layouts: layouts)
    if tablesLost {
      // Every canonical cell is then listed as not found: the report is returned for review
      // rather than refused as something else.
      findings.append(
        Finding(
          check: "table.not-found", page: nil,
          message:
            "the title of a report was read by OCR, with its section headings or table grids, but none of its tables 二, 三, 四 could be read from the scan; every cell needs a person"
        ))
    }
    guard !noTable || tablesLost else {
      throw .reportNotFound(
        message:
          "No table of a 政府信息公开工作年度报告 was found among \(tables.count) table(s) on \(layouts.count) page(s): "
          + "none reads as table 二 (第二十条…), 三 (申请人情况, 本年新收…) or 四 (行政复议, 行政诉讼…).")
    }
    var recorder = CellRecorder(
      parser: settings.parser, pageOrigins: Self.pageOrigins(layouts),
      ocrRegions: Dictionary(
        layouts.filter { !$0.ocrRegions.isEmpty }.map { ($0.pageNumber, $0.ocrRegions) },
        uniquingKeysWith: +),
      minimumExtent: settings.minimumValueCellExtent,
      unruledCells: Set(
        tables.filter(\.columnsFromText).flatMap(\.cells).map(CellRecorder.PrintedCell.init)),
      separateValuesGapRatio: settings.separateValuesGapRatio,
      wrappedNumberWitnesses: settings.wrappedNumberWitnesses)
    var report = AnnualReport()

    let proactiveMapper = ProactiveTableMapper(settings: settings)
    let proactive = proactiveMapper.read(proactiveGrids)
    let applications =
      applicationGrids.isEmpty
      ? nil
      : ApplicationTableMapper(settings: settings).map(
        applicationGrids, preferred: proactive.format ?? .v2021, into: &recorder)
    // The format comes from table 二's headers; without them, from table 三's rows.
    report.format = proactive.format ?? applications?.rowVariant ?? .v2021
    if proactive.format == nil {
      // Table 二's headers did not tell the format (or table 二 was not found): the cells of
      // the other format's table 二 are outside this report's canonical cells and were not read,
      // so they are listed rather than left out silently.
      recorder.findings.append(
        Self.otherFormatCells(
          read: report.format,
          because:
            "table 二 does not tell the 2019 from the 2021 format; the report was read as \(report.format.rawValue)"
        ))
    }
    if !proactiveGrids.isEmpty {
      proactiveMapper.map(proactive, format: report.format, into: &recorder)
    }
    if let applications { report.applicationRowOrder = applications.rowOrder }
    var notes: [String] = []
    let reviewMapper = ReviewTableMapper(settings: settings)
    // The grid whose data row holds the most numbers: a header cut off by a page break holds
    // none, or only the few a seal's remains read as (stress scan 9763:104).
    if let grid = reviewMapper.gridWithDataRow(reviewGrids) ?? reviewGrids.first {
      notes += reviewMapper.map(grid, into: &recorder)
    }
    for (kind, grids) in [("二", proactiveGrids), ("三", applicationGrids), ("四", reviewGrids)]
    where grids.isEmpty {
      recorder.findings.append(
        Finding(
          check: "mapping.table-not-found",
          message: "table \(kind) was not found; its cells are null"))
    }
    if applicationGrids.isEmpty {
      // Without table 三 nothing tells whether its （六）其他处理 block is printed as one row or
      // three; the chosen row set's cells are listed as not found, and so must the other's be
      // (stress 9701:78: a 2019-format report printing the single row, table 三 lost on a
      // bilevel scan, its other.unsplit cells were in no list).
      let sets = ReportFormat.allCases.map { Set(CanonicalSchema.applicationRows($0).map(\.key)) }
      let eitherButNotBoth = sets.reduce(Set<String>()) { $0.symmetricDifference($1) }
      for row in eitherButNotBoth.sorted() {
        recorder.findings.append(
          Finding(
            check: CellRecorder.cellCheck, page: nil,
            cells: CanonicalSchema.applicationColumns.map {
              CellKey(.applications, row: row, column: $0.key).path
            },
            code: .notFound,
            reason:
              "table 三 was not found; the report may print this row of the other row set instead"))
      }
    }

    let areas = Self.tableAreas(tables)
    let prose = ProseLines.lines(of: layouts, tableAreas: areas)
    if let title = TitleReader.title(
      in: layouts, lineLimit: settings.titleLineLimit, pageLimit: settings.titlePageLimit)
    {
      report.title = title.title
      report.agency = title.agency
      report.year = title.year
      // The title's own words: page 1 may be a text page with a picture read by OCR.
      let ocrTitle = title.confidence != nil
      if ocrTitle, let verdict = AgencyVoter().verdict(for: title, prose: prose) {
        if verdict.corrected {
          // The body text is OCR too, read at a lower resolution than the title: a variant it
          // repeats (s08's 包屯 read 包地 twice in the prose) is no better evidence than the
          // title's own vote. Keep the title's reading and let a person decide.
          recorder.findings.append(
            Finding(
              check: "mapping.agency-uncertain", page: 1,
              message:
                "report.agency: the title was read by OCR as '\(verdict.read)' with low confidence, and the body text prints '\(verdict.agency)'; compare both with the page"
            ))
        } else if verdict.uncertain {
          recorder.findings.append(
            Finding(
              check: "mapping.agency-uncertain", page: 1,
              message:
                "report.agency: the title was read by OCR with low confidence and the agency '\(verdict.read)' is printed nowhere else; compare it with the page"
            ))
        }
      }
      if title.confidence != nil {
        // OCR misreads the rare characters of place names (stress 9401:0 read 玉泉区应急管理局 as
        // 得局) and no check covers the title: like table 二's cells, a person confirms it.
        recorder.findings.append(
          Finding(
            check: "mapping.title-ocr", page: nil, cells: ["report.agency", "report.year"],
            code: .ocrUnchecked,
            reason: "read by OCR from the title and covered by no check; compare with the page"))
      }
    } else {
      recorder.findings.append(
        Finding(
          check: "mapping.title-not-found", page: 1,
          message: "no title line `<机关><年>年政府信息公开工作年度报告` at the top of page 1"))
    }
    if proactive.format != nil, let year = report.year,
      ReportFormat(usualFor: year) != report.format
    {
      // A second witness. Table 二's headers decide the format, but when they name the format
      // not in use for the title's year, a misread header may have decided it (stress scan
      // 9770:56: a split header voted 2019 in a 2021 report, and the 2021 cells were in no
      // list): the other format's cells are listed, as when the headers do not tell.
      recorder.findings.append(
        Self.otherFormatCells(
          read: report.format,
          because:
            "table 二's headers read as the \(report.format.rawValue) format, but a \(year) report is usually in the other"
        ))
    }
    report.sections = SectionReader(settings: settings).sections(in: prose)
    if report.sections.isEmpty {
      recorder.findings.append(
        Finding(
          check: "mapping.sections-not-found", message: "no numbered section heading (一、…) found"))
    }
    report.notes = notes + NoteReader.notes(in: prose)
    recorder.doubtRowsWithSlivers()
    report.values = recorder.values
    report.cells = recorder.cells
    report.units = recorder.units
    findings += recorder.findings
    return report
  }

  /// The table-二 cells of the format the report was not read in, listed `format-uncertain`:
  /// they are outside the report's canonical cells, and were not read.
  static func otherFormatCells(read format: ReportFormat, because reason: String) -> Finding {
    let other: ReportFormat = format == .v2021 ? .v2019 : .v2021
    return Finding(
      check: "mapping.format-uncertain", page: nil,
      cells: CanonicalSchema.proactiveRows(other).flatMap(ProactiveTableMapper.cellKeys)
        .map(\.path),
      code: .formatUncertain,
      reason: "\(reason), so this cell of the \(other.rawValue) format was not read")
  }

  /// Whether a grid of 15 columns has a row of two cells spanning 5 and 10 of them: table 四's
  /// header, 行政复议 over its five columns and 行政诉讼 over ten, a shape no other table of
  /// the report has.
  ///
  /// The rulings of a scan's table survive where its small header text does not: on stress
  /// 9806:73 (150 dpi bilevel) table 四's header read as noise (`行攻改从`, `条所放生`) and its
  /// data row held CJK look-alikes of digits (`怠`, `册`), so neither its words nor its data row
  /// told it, and its 20 cells were lost while its grid was found whole.
  static func hasReviewHeaderShape(_ grid: TableGrid) -> Bool {
    grid.columnCount == 15
      && (0..<grid.rowCount).contains { row in
        grid.cells(inRow: row).map(\.columnSpan) == [5, 10]
      }
  }

  /// Whether a grid has a row of at least 15 cells, at least 5 of them numbers, the others
  /// blank or unread digits: the shape of table 四's data row.
  ///
  /// An unread digit is OCR's `?` or `|` for a value it could not read, never a label's
  /// characters. On stress scan 9771:1 (150 dpi, blurred) table 四 broke over a page: its
  /// header's first rows ended page 3, and page 4's piece, its leaf headers misread
  /// (`尚未市结`), held the data row with one `?` among 15 cells; it was not taken for table
  /// 四 and its 15 values were lost.
  static func looksLikeReviewTable(_ grid: TableGrid) -> Bool {
    let parser = ValueParser()
    return (0..<grid.rowCount).contains { row in
      let cells = grid.cells(inRow: row)
      let outcomes = cells.map { parser.parse($0.text).outcome }
      let numbers = outcomes.filter { if case .number = $0 { true } else { false } }.count
      let unreadDigits = zip(cells, outcomes).filter { cell, outcome in
        outcome == .unreadable && !cell.text.unicodeScalars.contains(where: \.isHan)
      }.count
      let blanks = outcomes.filter { $0 == .blank }.count
      return outcomes.count >= 15 && numbers >= 5
        && numbers + blanks + unreadDigits == outcomes.count
    }
  }

  /// Whether pages read by OCR show a report whose tables were all lost: its title at the top
  /// and at least `scannedReportSections` of its numbered section headings, or one heading and
  /// `scannedReportTables` grids that read as none of its tables.
  ///
  /// A bilevel 150 dpi scan can break a table's small text and light borders beyond reading
  /// (stress 9706:7): the file is still a report, to be returned with every cell in review, not
  /// refused as something else (exit 4). A text layer's tables do not vanish that way, and a
  /// compilation's cover has a title but no section headings.
  func readsAsScannedReport(tables: [TableGrid], layouts: [PageLayout]) -> Bool {
    guard layouts.contains(where: { $0.words.contains { $0.origin == .ocr } }),
      TitleReader.title(
        in: layouts, lineLimit: settings.titleLineLimit, pageLimit: settings.titlePageLimit)
        != nil
    else { return false }
    let prose = ProseLines.lines(of: layouts, tableAreas: Self.tableAreas(tables))
    let sections = SectionReader(settings: settings).sections(in: prose).count
    // Grids found but none readable, under a heading: a report scanned too poorly for its
    // cells. A notice that names a report in its title, or a compilation's cover and contents,
    // holds no section heading.
    return sections >= Self.scannedReportSections
      || (sections >= 1 && tables.count >= Self.scannedReportTables)
  }

  /// The numbered section headings (of six) that make an OCR'd document without tables a
  /// report (`readsAsScannedReport`): half of them.
  static let scannedReportSections = 3

  /// The grids that, under an OCR'd report title and one section heading, make a document a
  /// report whose tables could not be read (`readsAsScannedReport`): two, as a report has three
  /// tables.
  ///
  /// Stress 9744:17 (100 dpi gray, light falling off by 38 %): the title read at 0.77, five grids
  /// were found and none read as a report table, one heading of six was read; it exited 4 as no
  /// report.
  static let scannedReportTables = 2

  /// Per page, the union box of each table's cells on that page, grown by 1 pt.
  static func tableAreas(_ tables: [TableGrid]) -> [Int: [Box]] {
    var areas: [Int: [Box]] = [:]
    for table in tables {
      for page in Set(table.cells.map(\.page)) {
        if let box = Box.union(of: table.cells.filter { $0.page == page }.map(\.box)) {
          areas[page, default: []].append(box.expanded(by: 1))
        }
      }
    }
    return areas
  }

  /// Per page, `.ocr` when any word outside the page's `ocrRegions` was recognized by OCR, else
  /// the words' origin (a text page's pictures count through `CellRecorder.ocrRegions`).
  static func pageOrigins(_ layouts: [PageLayout]) -> [Int: TextOrigin] {
    var origins: [Int: TextOrigin] = [:]
    for layout in layouts {
      guard layout.ocrRegions.isEmpty else {
        origins[layout.pageNumber] = .text
        continue
      }
      origins[layout.pageNumber] =
        layout.words.contains { $0.origin == .ocr } ? .ocr : (layout.words.first?.origin ?? .text)
    }
    return origins
  }
}
