import DocumentModel

/// The whole output contract for one report (`schema_version` 1), as written to JSON.
public struct ExtractionOutput: Hashable, Sendable {
  /// The version of the JSON layout; bumped on any incompatible change.
  public static let schemaVersion = 1

  public var source: SourceInfo
  public var report: AnnualReport
  public var checks: [CheckResult]
  public var review: [ReviewItem]
  public var warnings: [String]

  public init(
    source: SourceInfo, report: AnnualReport, checks: [CheckResult], review: [ReviewItem],
    warnings: [String]
  ) {
    self.source = source
    self.report = report
    self.checks = checks
    self.review = review
    self.warnings = warnings
  }

  /// Whether every hard cross-check passed.
  public var allChecksPass: Bool { checks.allSatisfy(\.ok) }

  /// Whether a person has to look at the report: a hard check failed or a cell is in `review`.
  ///
  /// report-format.md §7: a file with anything in `review` is not "ok" — it needs review.
  public var needsReview: Bool { !allChecksPass || !review.isEmpty }

  /// The output as a JSON value (objects print with sorted keys).
  public func json() -> JSONValue {
    .object([
      "schema_version": .int(Self.schemaVersion),
      "source": sourceJSON,
      "report": .object([
        "title": report.title.map(JSONValue.string) ?? .null,
        "agency": report.agency.map(JSONValue.string) ?? .null,
        "year": report.year.map(JSONValue.int) ?? .null,
        "format": .string(report.format.rawValue),
      ]),
      "sections": .array(
        report.sections.map {
          .object([
            "number": .string($0.number), "title": .string($0.title), "page": .int($0.page),
            "text": .string($0.text),
          ])
        }),
      "proactive": proactiveJSON,
      "applications": applicationsJSON,
      "review_litigation": reviewLitigationJSON,
      "notes": .array(report.notes.map(JSONValue.string)),
      "cells": cellsJSON,
      "checks": .array(
        checks.map {
          .object([
            "rule": .string($0.rule.rawValue), "scope": .string($0.scope), "ok": .bool($0.ok),
            "expected": .number($0.expected), "found": .number($0.found),
          ])
        }),
      "review": .array(review.map(Self.reviewJSON)),
      "warnings": .array(warnings.map(JSONValue.string)),
    ])
  }

  private var sourceJSON: JSONValue {
    var members: [String: JSONValue] = [
      "file": .string(source.file), "sha256": .string(source.sha256), "pages": .int(source.pages),
      "producer": source.producer.map(JSONValue.string) ?? .null,
      "text_pages": .array(source.textPages.map(JSONValue.int)),
      "ocr_pages": .array(source.ocrPages.map(JSONValue.int)),
    ]
    // Only for markup: a PDF's output stays as it was.
    if source.kind != .pdf { members["kind"] = .string(source.kind.rawValue) }
    // Only when a page was turned: most files have none, and their output stays as it was.
    if !source.turnedPages.isEmpty {
      members["turned_pages"] = .array(
        source.turnedPages.keys.sorted().map { page in
          .object(["page": .int(page), "degrees": .int(source.turnedPages[page] ?? 0)])
        })
    }
    // Every PDF: how each page was read (markup has no pages).
    if !source.pageReads.isEmpty {
      members["page_reads"] = .array(
        source.pageReads.map { read in
          .object([
            "page": .int(read.page), "read": .string(read.method.rawValue),
            "reason": read.reason.map { .string($0.rawValue) } ?? .null,
            "turned": .int(read.turn),
          ])
        })
    }
    // Only for a compilation's reports: a one-report file's output stays as it was.
    if let position = source.report {
      members["report"] = .object([
        "index": .int(position.index), "count": .int(position.count),
        "pages": .array([.int(position.firstPage), .int(position.lastPage)]),
      ])
    }
    return .object(members)
  }

  private var proactiveJSON: JSONValue {
    var members: [String: JSONValue] = [:]
    for row in CanonicalSchema.proactiveRows(report.format) {
      if row.columns.isEmpty {
        members[row.key] = .optional(report.values[CellKey(.proactive, row: row.key, column: nil)])
      } else {
        var columns: [String: JSONValue] = [:]
        for column in row.columns {
          let key = CellKey(.proactive, row: row.key, column: column)
          columns[column] = .optional(report.values[key])
          if row.key == "procurement" && column == "total_amount" {
            columns["total_amount_unit"] = report.units[key].map(JSONValue.string) ?? .null
          }
        }
        members[row.key] = .object(columns)
      }
    }
    return .object(members)
  }

  private var applicationsJSON: JSONValue {
    var rows: [String: JSONValue] = [:]
    for row in report.applicationRowOrder {
      var columns: [String: JSONValue] = [:]
      for column in CanonicalSchema.applicationColumns {
        columns[column.key] = .optional(report.application(row, column.key))
      }
      rows[row] = .object(columns)
    }
    return .object([
      "row_order": .array(report.applicationRowOrder.map(JSONValue.string)), "rows": .object(rows),
    ])
  }

  private static func reviewJSON(_ item: ReviewItem) -> JSONValue {
    .object([
      "cell": .string(item.cell), "code": .string(item.code.rawValue),
      "reason": .string(item.reason),
    ])
  }

  private var reviewLitigationJSON: JSONValue {
    var groups: [String: JSONValue] = [:]
    for group in CanonicalSchema.reviewGroups {
      var columns: [String: JSONValue] = [:]
      for column in CanonicalSchema.reviewColumns {
        columns[column.key] = .optional(report.reviewLitigation(group.key, column.key))
      }
      groups[group.key] = .object(columns)
    }
    return .object(groups)
  }

  private var cellsJSON: JSONValue {
    var members: [String: JSONValue] = [:]
    for (key, reading) in report.cells {
      var cell: [String: JSONValue] = [
        "text": .string(reading.text),
        "confidence": .number(Self.rounded(reading.confidence, places: 3)),
        "origin": .string(reading.origin.rawValue),
      ]
      if let position = reading.position {
        // Markup has no pages: the cell's table, row and column, never a made-up page and box.
        cell["table"] = .int(position.table)
        cell["row"] = .int(position.row)
        cell["column"] = .int(position.column)
      } else {
        let box = [reading.box.minX, reading.box.minY, reading.box.maxX, reading.box.maxY]
        cell["page"] = .int(reading.page)
        cell["bbox"] = .array(box.map { .number(Self.rounded($0, places: 2)) })
      }
      members[key.path] = .object(cell)
    }
    return .object(members)
  }

  /// A double as a fixed-point literal with at most `places` decimals, trailing zeros removed.
  ///
  /// Rounding here (0.01 pt for boxes) keeps the JSON byte-identical across runs and machines.
  static func rounded(_ value: Double, places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (value * scale).rounded()
    // Past 2^53 a double keeps no fractional digits: whole units then. NaN and infinities cannot
    // occur in a box or a confidence, and print as 0 rather than trap.
    guard scaled.isFinite, scaled.magnitude < 9e15 else {
      return value.isFinite && value.magnitude < 9e18 ? String(Int64(value.rounded())) : "0"
    }
    // Digits built as bytes, least significant first: ~4 of these per cell, 2,000 per report.
    var magnitude = Int(scaled.magnitude)
    var reversed: [UInt8] = []
    reversed.reserveCapacity(24)
    var position = 0
    var printing = false  // past the fraction's trailing zeros
    while magnitude > 0 || position <= places {
      let digit = UInt8(magnitude % 10)
      magnitude /= 10
      if position < places {
        if digit != 0 || printing {
          reversed.append(UInt8(ascii: "0") + digit)
          printing = true
        }
      } else {
        if position == places && printing { reversed.append(UInt8(ascii: ".")) }
        reversed.append(UInt8(ascii: "0") + digit)
      }
      position += 1
    }
    let isZero = reversed.allSatisfy { $0 == UInt8(ascii: "0") }
    if scaled < 0 && !isZero { reversed.append(UInt8(ascii: "-")) }
    reversed.reverse()
    return String(decoding: reversed, as: UTF8.self)
  }
}
