// swift-tools-version:6.0
// Dependencies run one way: C bindings → document access → layout → report → pipeline → CLI.
// Pure stages (LayoutAnalysis, TableReconstruction, ReportMapping, ReportValidation) import only
// the two vocabularies (DocumentModel, ReportSchema), so they build and test without any C library.
import PackageDescription

let argumentParser = Target.Dependency.product(
  name: "ArgumentParser", package: "swift-argument-parser")

let package = Package(
  name: "GovReport",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "govreport", targets: ["govreport"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // C libraries: module.modulemap + shim.h, flags from pkg-config.
    .systemLibrary(
      name: "CPoppler", pkgConfig: "poppler-glib",
      providers: [.apt(["libpoppler-glib-dev", "libcairo2-dev"])]),
    .systemLibrary(
      name: "CLeptonica", pkgConfig: "lept", providers: [.apt(["libleptonica-dev"])]),
    .systemLibrary(
      name: "CTesseract", pkgConfig: "tesseract",
      providers: [.apt(["libtesseract-dev", "libleptonica-dev"])]),

    // Vocabularies: plain value types, no dependencies.
    .target(name: "DocumentModel"),
    .target(name: "ReportSchema", dependencies: ["DocumentModel"]),

    // Thin bindings: the only importers of C.
    .target(name: "PDFSource", dependencies: ["CPoppler", "DocumentModel"]),
    .target(name: "PageImaging", dependencies: ["CLeptonica", "DocumentModel"]),
    .target(name: "TextRecognition", dependencies: ["CTesseract", "CLeptonica", "DocumentModel"]),

    // Pure stages.
    .target(name: "LayoutAnalysis", dependencies: ["DocumentModel"]),
    .target(name: "TableReconstruction", dependencies: ["DocumentModel"]),
    .target(name: "ReportMapping", dependencies: ["DocumentModel", "ReportSchema"]),
    .target(name: "ReportValidation", dependencies: ["DocumentModel", "ReportSchema"]),
    .target(name: "ReviewPage", dependencies: ["DocumentModel", "ReportSchema"]),

    // The pipeline and the CLI.
    .target(
      name: "ReportExtraction",
      dependencies: [
        "DocumentModel", "ReportSchema", "PDFSource", "PageImaging", "TextRecognition",
        "LayoutAnalysis", "TableReconstruction", "ReportMapping", "ReportValidation", "ReviewPage",
      ]),
    .executableTarget(name: "govreport", dependencies: ["ReportExtraction", argumentParser]),

    // Tests.
    .target(name: "ReportTestSupport", dependencies: ["ReportSchema"]),
    .testTarget(name: "DocumentModelTests", dependencies: ["DocumentModel", "ReportSchema"]),
    .testTarget(name: "LayoutAnalysisTests", dependencies: ["LayoutAnalysis", "DocumentModel"]),
    .testTarget(
      name: "TableReconstructionTests", dependencies: ["TableReconstruction", "DocumentModel"]),
    .testTarget(
      name: "ReportMappingTests", dependencies: ["ReportMapping", "DocumentModel", "ReportSchema"]),
    .testTarget(
      name: "ReportValidationTests",
      dependencies: ["ReportValidation", "DocumentModel", "ReportSchema"]),
    .testTarget(name: "TextRecognitionTests", dependencies: ["TextRecognition", "DocumentModel"]),
    .testTarget(
      name: "BindingTests", dependencies: ["PDFSource", "PageImaging", "TextRecognition", "DocumentModel"]),
    .testTarget(
      name: "ReportExtractionTests",
      dependencies: ["ReportExtraction", "ReportSchema", "DocumentModel", "ReportTestSupport"]),
    .testTarget(name: "CLITests", dependencies: ["ReportSchema", "ReportTestSupport"]),
    .testTarget(
      name: "ReviewPageTests",
      dependencies: [
        "ReviewPage", "ReportExtraction", "ReportSchema", "DocumentModel", "PDFSource", "ReportTestSupport",
      ]),
  ]
)
