import Foundation
import ReportSchema
import Testing

@testable import ReportExtraction

/// `InspectionValidator` (`govreport validate`) after hand corrections.
@Suite struct ValidateTests {
  /// The correction a person would make to the defect sample: its `new` row's applicant
  /// columns add up to more than the printed total because 自然人 was misprinted, so 自然人
  /// becomes the total less the other five applicant columns.
  static func corrections(in json: JSONValue) throws -> [(column: String, value: String)] {
    let row = try #require(json["applications"]?["rows"]?["new"])
    func value(_ column: String) -> Int { row[column]?.numberLiteral.flatMap { Int($0) } ?? 0 }
    let others = ["commercial", "research", "nonprofit", "legal_services", "other"].map(value)
    return [("natural_person", String(value("total") - others.reduce(0, +)))]
  }

  @Test func untouchedOutputStaysByteIdenticalAndFailing() throws {
    let text = try Fixtures.output(Fixtures.defectSample).json().formatted()
    let result = try InspectionValidator().revalidate(text)
    #expect(result.output.json().formatted() == text)
    #expect(result.manualCells.isEmpty)
    #expect(!result.output.allChecksPass)
  }

  @Test func correctingTheWrongCellsMakesTheChecksPass() throws {
    var json = try Fixtures.output(Fixtures.defectSample).json()
    let corrections = try Self.corrections(in: json)
    for (column, value) in corrections {
      json = json.setting(["applications", "rows", "new", column], to: .number(value))
    }
    let result = try InspectionValidator().revalidate(json.formatted())
    #expect(result.output.allChecksPass)
    #expect(result.output.checks.count > 0)
    let corrected = corrections.map { "applications.rows.new.\($0.column)" }
    #expect(Set(result.manualCells) == Set(corrected))
    for path in corrected {
      let reading = try #require(result.output.report.cells.first { $0.key.path == path }?.value)
      #expect(reading.origin == .manual && reading.confidence == 1)
    }
    #expect(result.output.review.isEmpty)
    // Validating the result again changes nothing.
    let again = try InspectionValidator().revalidate(result.output.json().formatted())
    #expect(again.output.json().formatted() == result.output.json().formatted())
  }

  @Test func aPartialCorrectionStillFailsAndKeepsTheOtherCellsListed() throws {
    let json = try Fixtures.output(Fixtures.defectSample).json()
      .setting(["applications", "rows", "new", "total"], to: .number("27"))
    let result = try InspectionValidator().revalidate(json.formatted())
    // The row now sums, but the column balance of 总计 breaks instead.
    #expect(!result.output.allChecksPass)
    #expect(result.manualCells == ["applications.rows.new.total"])
    #expect(result.output.review.contains { $0.cell == "applications.rows.carried_over.total" })
  }

  @Test func settingOriginManualConfirmsAValue() throws {
    let output = try Fixtures.output(Fixtures.cleanSample)
    let path = "applications.rows.granted.total"
    let cell = try #require(output.json()["cells"]?[path])
    let json = output.json().setting(
      ["cells", path], to: cell.setting(["origin"], to: .string("manual")))
    let result = try InspectionValidator().revalidate(json.formatted())
    #expect(result.manualCells == [path])
    #expect(result.output.report.values == output.report.values)
  }

  @Test func unreadableAndInvalidJSONAreRefused() throws {
    guard case .unreadable = Self.failure("{") else {
      Issue.record("a syntax error was not reported as unreadable")
      return
    }
    guard case .invalid(let violations) = Self.failure(#"{"schema_version": 1}"#) else {
      Issue.record("a JSON without the required members was not reported as invalid")
      return
    }
    #expect(violations.contains { $0.contains("\"cells\"") })
  }

  /// The failure `revalidate` reports for `text`, or nil when it succeeds.
  static func failure(_ text: String) -> InspectionValidator.Failure? {
    do {
      _ = try InspectionValidator().revalidate(text)
      return nil
    } catch {
      return error
    }
  }

  @Test func reviewItemsFromReadingThePageSurviveUntilTheCellIsSetByHand() throws {
    var output = try Fixtures.output(Fixtures.cleanSample)
    let doubted = "applications.rows.denied.state_secret.total"
    let other = "applications.rows.granted.natural_person"
    output.review = [
      ReviewItem(cell: doubted, code: .rowUnmapped, reason: "a row with values matched no key"),
      ReviewItem(cell: other, code: .ambiguous, reason: "merged with another cell"),
    ]
    let kept = try InspectionValidator().revalidate(output.json().formatted())
    #expect(kept.output.review.map(\.cell) == [other, doubted])
    #expect(kept.output.review.map(\.code) == [.ambiguous, .rowUnmapped])
    // A person confirms the doubted cell: its item goes, the other stays.
    let cell = try #require(output.json()["cells"]?[doubted])
    let json = output.json().setting(
      ["cells", doubted], to: cell.setting(["origin"], to: .string("manual")))
    let settled = try InspectionValidator().revalidate(json.formatted())
    #expect(settled.output.review.map(\.cell) == [other])
  }
}
