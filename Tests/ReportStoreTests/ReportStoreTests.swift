import Foundation
import ReportSchema
import ReportStore
import Testing

/// A small output JSON in the §7 shape, written by hand (row keys with dots, a blank cell, a
/// single-value proactive row, a unit string, a failed check, a cell under review).
let sampleOutput = #"""
  {
    "schema_version": 1,
    "source": {"file": "a.pdf", "sha256": "x", "pages": 4, "producer": null, "text_pages": [1], "ocr_pages": []},
    "report": {"title": "甲区2023年报告", "agency": "甲区人民政府", "year": 2023, "format": "2021"},
    "sections": [{"number": "一", "title": "总体情况", "page": 1, "text": "正文"}],
    "proactive": {"licensing": 12, "fees_10k_yuan": 7730.28,
                  "rules": {"issued": 1, "repealed": null, "in_force": 5}},
    "applications": {"row_order": ["new", "denied.state_secret"],
                     "rows": {"new": {"natural_person": 3, "total": 3},
                              "denied.state_secret": {"natural_person": 0, "total": null}}},
    "review_litigation": {"review": {"upheld": 1, "total": 1}},
    "cells": {"applications.rows.denied.state_secret.total": {"page": 3, "bbox": [1.5, 2, 3, 4],
              "text": "", "confidence": 0.5, "origin": "ocr"},
              "proactive.licensing": {"page": 2, "bbox": [1, 2, 3, 4], "text": "12", "confidence": 1, "origin": "text"}},
    "checks": [{"rule": "applications.row_sum", "scope": "new", "ok": true, "expected": 3, "found": 3},
               {"rule": "applications.balance", "scope": "total", "ok": false, "expected": 4, "found": 3}],
    "review": [{"cell": "applications.rows.denied.state_secret.total", "reason": "unreadable"}],
    "warnings": []
  }
  """#

func sampleReport(id: String = "aa11", file: String = "/in/a,\"quoted\".pdf") throws -> StoredReport
{
  StoredReport(
    outputJSON: try JSONParser.parse(sampleOutput), id: id, file: file, status: .checksFailed,
    exitCode: 6, seconds: 1.25, output: "a-aa11.json")
}

@Test func outputJSONFlattensToTheLongFormat() throws {
  let report = try sampleReport()
  #expect(report.agency == "甲区人民政府" && report.year == 2023 && report.pages == 4)
  #expect(report.cells.count == 5 + 4 + 2)  // proactive, applications, review_litigation
  let blank = try #require(
    report.cells.first { $0.row == "denied.state_secret" && $0.column == "total" })
  #expect(blank.value == nil && blank.inReview && blank.page == 3 && blank.bbox == "[1.5, 2, 3, 4]")
  #expect(blank.origin == "ocr" && blank.path == "applications.rows.denied.state_secret.total")
  let fees = try #require(report.cells.first { $0.row == "fees_10k_yuan" })
  #expect(fees.value == "7730.28" && fees.column == "")
  #expect(report.checksFailed == 1 && report.cellsInReview == 1)
  #expect(report.reason?.contains("applications.balance[total]") == true)
  #expect(report.sections == [StoredSection(number: "一", title: "总体情况", page: 1, text: "正文")])
}

@Test func aCompilationsReportAndAMarkupCellKeepTheirPlaces() async throws {
  var json = try JSONParser.parse(sampleOutput)
  guard case .object(var root) = json, case .object(var source) = root["source"],
    case .object(var cells) = root["cells"]
  else { throw CocoaError(.coderInvalidValue) }
  source["report"] = .object([
    "index": .int(2), "count": .int(3), "pages": .array([.int(5), .int(9)]),
  ])
  cells["proactive.licensing"] = .object([
    "table": .int(4), "row": .int(7), "column": .int(2), "text": .string("12"),
    "confidence": .int(1), "origin": .string("text"),
  ])
  root["source"] = .object(source)
  root["cells"] = .object(cells)
  json = .object(root)
  let id = StoredReport.id(sha256: "cc33", reportIndex: 2)
  let report = StoredReport(
    outputJSON: json, id: id, fileSHA256: "cc33", file: "/in/county.pdf", status: .ok)
  #expect(report.id == "cc33-2" && report.fileSHA256 == "cc33")
  #expect(report.place == ReportPosition(index: 2, count: 3, firstPage: 5, lastPage: 9))
  let path = NSTemporaryDirectory() + "govreport-store-\(UUID().uuidString).sqlite"
  defer { try? FileManager.default.removeItem(atPath: path) }
  let store = try await StoreLocation(parsing: "sqlite:" + path).open()
  try await store.save(report)
  try await store.close()
  #expect(
    try sqlite(
      path, "SELECT file_sha256, report_index, report_count, first_page, last_page FROM reports")
      == "cc33|2|3|5|9")
  #expect(
    try sqlite(
      path,
      "SELECT source_table, source_row, source_column, page FROM cells WHERE row_key = 'licensing'")
      == "4|7|2|")
}

@Test func sqliteSavesAreIdempotentAndMigrationsAreVersioned() async throws {
  let path = NSTemporaryDirectory() + "govreport-store-\(UUID().uuidString).sqlite"
  defer { try? FileManager.default.removeItem(atPath: path) }
  try await storeRoundTrip(try await StoreLocation(parsing: "sqlite:" + path).open())
  // Reopening applies nothing twice and keeps the data.
  let reopened = try await StoreLocation(parsing: "sqlite:" + path).open()
  #expect(try await reopened.rowCounts().reports == 2)
  try await reopened.close()
  let versions = try sqlite(path, "SELECT group_concat(version) FROM schema_migrations")
  #expect(versions == "1,2,3")
  #expect(try sqlite(path, "PRAGMA journal_mode") == "wal")
}

@Test(.enabled(if: ProcessInfo.processInfo.environment["GOVREPORT_TEST_PG"] != nil))
func postgresSavesAreIdempotentToo() async throws {
  let server = try #require(ProcessInfo.processInfo.environment["GOVREPORT_TEST_PG"])
  let address = try PostgresAddress(url: server)
  let name = "govreport_store_\(UUID().uuidString.prefix(8).lowercased())"
  let psql = Process()
  psql.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
  psql.arguments = [server, "-qc", "CREATE DATABASE \(name)"]
  try psql.run()
  psql.waitUntilExit()
  let url = "postgres://\(address.user)@\(address.host):\(address.port)/\(name)"
  try await storeRoundTrip(try await StoreLocation(parsing: url).open())
  let again = try await StoreLocation(parsing: url).open()  // migrations already applied
  #expect(try await again.rowCounts().reports == 2)
  try await again.close()
}

/// Saves a report, then it again with a failure in one transaction, then checks counts, values
/// and the export.
func storeRoundTrip(_ store: any ReportStore) async throws {
  let report = try sampleReport()
  try await store.save(report)
  // Several reports in one transaction, one of them again: still one copy of each.
  try await store.save([
    report, StoredReport(id: "bb22", file: "/in/b.pdf", status: .failed, reason: "timeout"),
  ])
  let counts = try await store.rowCounts()
  #expect(counts == StoreRowCounts(reports: 2, cells: report.cells.count, sections: 1, checks: 2))
  let summaries = try await store.reportSummaries()
  #expect(summaries.map(\.status) == [.checksFailed, .failed])
  #expect(summaries[1].reason == "timeout" && summaries[1].cellCount == 0)
  let cells = try await store.exportedCells()
  #expect(cells.count == report.cells.count)
  #expect(Set(cells.map(\.cell)) == Set(report.cells))
  let csv = CellCSVWriter.csv(cells)
  #expect(csv.hasPrefix(CellCSVWriter.header.joined(separator: ",") + "\n"))
  #expect(csv.contains("\"/in/a,\"\"quoted\"\".pdf\""))
  #expect(csv.split(separator: "\n").count == cells.count + 1)
  try await store.close()
}

/// Runs one query with the sqlite3 command-line tool and returns its output line.
func sqlite(_ path: String, _ query: String) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
  process.arguments = [path, query]
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

@Test func carryOverCheckComparesConsecutiveYearsPerColumn() {
  func cell(_ id: String, _ year: Int, _ row: String, _ column: String, _ value: String?)
    -> ExportedCell
  {
    ExportedCell(
      reportID: id, file: "\(id).pdf", agency: "甲区", year: year,
      cell: StoredCell(table: "applications", row: row, column: column, value: value))
  }
  let cells = [
    cell("r1", 2021, "carried_forward", "total", "4"),
    cell("r1", 2021, "carried_forward", "natural_person", nil),
    cell("r2", 2022, "carried_over", "total", "4"),
    cell("r2", 2022, "carried_over", "natural_person", "1"),
    cell("r2", 2022, "carried_forward", "total", "2"),
    cell("r4", 2024, "carried_over", "total", "9"),  // no 2023 report: nothing to compare
  ]
  let mismatches = CarryOverCheck.mismatches(in: cells)
  #expect(mismatches.count == 1)
  #expect(mismatches.first?.column == "natural_person" && mismatches.first?.year == 2022)
  #expect(mismatches.first?.carriedForwardPreviousYear == "0")
}

@Test func storeLocationsParse() throws {
  #expect(try StoreLocation(parsing: "sqlite:/tmp/a.sqlite") == .sqlite(path: "/tmp/a.sqlite"))
  #expect(try StoreLocation(parsing: "out/x.db") == .sqlite(path: "out/x.db"))
  let address = try PostgresAddress(url: "postgres://bob:pw@db.local:6543/reports")
  #expect(address.user == "bob" && address.password == "pw" && address.port == 6543)
  #expect(address.host == "db.local" && address.database == "reports")
  #expect(address.description == "postgres://bob@db.local:6543/reports")
  #expect(try PostgresAddress(url: "postgres://postgres@127.0.0.1/govreport").port == 5432)
  #expect(throws: StoreError.self) { try StoreLocation(parsing: "mysql://x") }
}
