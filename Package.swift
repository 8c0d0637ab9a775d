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
    .executable(name: "govreport", targets: ["govreport"]),
    .executable(name: "govreport-store", targets: ["govreport-store"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    .package(url: "https://github.com/apple/swift-crypto", "3.9.0"..<"5.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
  ],
  targets: [
    // C libraries: module.modulemap + shim.h, flags from pkg-config.
    .systemLibrary(
      name: "CPoppler", pkgConfig: "poppler-glib",
      providers: [.apt(["libpoppler-glib-dev", "libcairo2-dev"])]),
    // Leptonica and tesseract: headers only. They are not linked but loaded on first use by
    // OCRLibraryLoader (generated forwarding stubs + dlopen), so a text-layer run never loads them.
    .systemLibrary(name: "CLeptonica", providers: [.apt(["libleptonica-dev"])]),
    // zlib: FlateDecode for the page drawings, with a size cap. Not named CZlib: ZIPFoundation's
    // own zlib module has that name, and two modules of one name cannot meet in one target.
    .systemLibrary(name: "CLibZ", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(
      name: "CTesseract", providers: [.apt(["libtesseract-dev", "libleptonica-dev"])]),
    .target(name: "OCRLibraryLoader", linkerSettings: [.linkedLibrary("dl")]),
    // libxml2: the HTML parser (tag soup, encodings) and the XML parser for DOCX. Linked, not
    // loaded on demand: it and the ICU it pulls in add about 0.1 ms to a process start
    // (LD_DEBUG=statistics), against ~6 ms for the rest of govreport's libraries.
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

    // Vocabularies: plain value types, no dependencies.
    .target(name: "DocumentModel"),
    .target(name: "ReportSchema", dependencies: ["DocumentModel"]),
    // Page drawings → ruling lines: a pure content-stream interpreter (no C), fed by PDFSource.
    .target(name: "VectorGraphics", dependencies: ["DocumentModel"]),
    // A PDF's file structure (objects, cross-reference data, page tree): pure Swift, zlib
    // injected, so drawings are read without linking a C PDF library.
    .target(name: "PDFStructure", dependencies: ["DocumentModel"]),

    // Thin bindings: the only importers of C.
    .target(
      name: "PDFSource",
      dependencies: ["CPoppler", "CLibZ", "DocumentModel", "PDFStructure", "VectorGraphics"]),
    .target(
      name: "PageImaging", dependencies: ["CLeptonica", "OCRLibraryLoader", "DocumentModel"]),
    // Markup documents: libxml2's trees as Swift values; HTML pages and DOCX files → MarkupDocument.
    .target(name: "MarkupTree", dependencies: ["CLibXML2"]),
    .target(name: "HTMLSource", dependencies: ["MarkupTree", "DocumentModel"]),
    .target(
      name: "DOCXSource",
      dependencies: [
        "MarkupTree", "DocumentModel", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .target(
      name: "TextRecognition",
      dependencies: [
        "CTesseract", "CLeptonica", "OCRLibraryLoader", "DocumentModel", "PageImaging",
      ]),

    // Pure stages.
    .target(name: "LayoutAnalysis", dependencies: ["DocumentModel"]),
    .target(name: "TableReconstruction", dependencies: ["DocumentModel"]),
    // A markup document's blocks laid out as one page of lines and table grids (no PDF geometry).
    .target(name: "MarkupLayout", dependencies: ["DocumentModel"]),
    .target(name: "ReportMapping", dependencies: ["DocumentModel", "ReportSchema"]),
    .target(name: "ReportValidation", dependencies: ["DocumentModel", "ReportSchema"]),
    .target(name: "ReviewPage", dependencies: ["DocumentModel", "ReportSchema"]),

    // Reading scanned pages: binarization, OCR sessions, the re-reads of numbers, labels, prose.
    .target(
      name: "ScanReading", dependencies: ["DocumentModel", "PageImaging", "TextRecognition"]),

    // The pipeline and the CLI.
    .target(
      name: "ReportExtraction",
      dependencies: [
        "DocumentModel", "ReportSchema", "PDFSource", "PageImaging", "TextRecognition",
        "ScanReading",
        "LayoutAnalysis", "TableReconstruction", "ReportMapping", "ReportValidation", "ReviewPage",
        "HTMLSource", "DOCXSource", "MarkupLayout",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    // What both executables share: stderr/stdout helpers, the store hand-over, and the line
    // protocol between the batch (govreport-store) and its workers (govreport worker).
    .target(name: "CommandSupport"),
    .executableTarget(
      name: "govreport", dependencies: ["ReportExtraction", "CommandSupport", argumentParser]),
    // The database half of the command line: `govreport batch` and `govreport export` hand over
    // to it, so `govreport extract` (and every batch worker) starts without GRDB and SwiftNIO.
    .executableTarget(
      name: "govreport-store",
      dependencies: ["BatchProcessing", "ReportStore", "CommandSupport", argumentParser]),

    // Batch processing: worker processes, the manifest, and the report database.
    .target(
      name: "ReportStore",
      dependencies: [
        "ReportSchema",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    .target(
      name: "BatchProcessing",
      dependencies: [
        "ReportSchema", "ReportStore", "CommandSupport",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),

    // Tests.
    .target(name: "ReportTestSupport", dependencies: ["ReportSchema", "DocumentModel"]),
    .testTarget(name: "DocumentModelTests", dependencies: ["DocumentModel", "ReportSchema"]),
    .testTarget(name: "LayoutAnalysisTests", dependencies: ["LayoutAnalysis", "DocumentModel"]),
    .testTarget(
      name: "TableReconstructionTests", dependencies: ["TableReconstruction", "DocumentModel"]),
    .testTarget(
      name: "ReportMappingTests",
      dependencies: ["ReportMapping", "ReportValidation", "DocumentModel", "ReportSchema"]),
    .testTarget(
      name: "ReportValidationTests",
      dependencies: ["ReportValidation", "DocumentModel", "ReportSchema"]),
    .testTarget(
      name: "TextRecognitionTests",
      dependencies: ["TextRecognition", "PageImaging", "DocumentModel", "ReportTestSupport"]),
    .testTarget(
      name: "ScanReadingTests", dependencies: ["ScanReading", "DocumentModel", "ReportTestSupport"]),
    .testTarget(
      name: "BindingTests",
      dependencies: [
        "PDFSource", "PageImaging", "TextRecognition", "DocumentModel", "VectorGraphics", "CLibZ",
        "ReportTestSupport",
      ]),
    .testTarget(
      name: "PDFStructureTests", dependencies: ["PDFStructure", "DocumentModel", "CLibZ"]),
    .testTarget(name: "VectorGraphicsTests", dependencies: ["VectorGraphics", "DocumentModel"]),
    .testTarget(
      name: "MarkupSourceTests",
      dependencies: [
        "MarkupTree", "HTMLSource", "DOCXSource", "MarkupLayout", "DocumentModel",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .testTarget(
      name: "ReportExtractionTests",
      dependencies: ["ReportExtraction", "ReportSchema", "DocumentModel", "ReportTestSupport"]),
    .testTarget(name: "CLITests", dependencies: ["ReportSchema", "ReportTestSupport"]),
    .testTarget(
      name: "ReviewPageTests",
      dependencies: [
        "ReviewPage", "ReportExtraction", "ReportSchema", "DocumentModel", "PDFSource",
        "ReportTestSupport",
      ]),
    .testTarget(name: "ReportStoreTests", dependencies: ["ReportStore", "ReportSchema"]),
    .testTarget(
      name: "BatchProcessingTests",
      dependencies: ["BatchProcessing", "ReportStore", "ReportSchema", "DocumentModel"]),
  ]
)
