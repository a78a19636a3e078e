// swift-tools-version: 6.1
import PackageDescription

/// ClusterEstate: plots, tenants, eligibility, leases, allocation and occupancy
/// for the Asosiasi IKM Logam cluster in Kabupaten Bekasi.
///
/// Targets point one way: `EstateDomain` (pure, no I/O) ← `EstateInterchange`
/// (files: seeds, CSV, JSON), `EstateReports` (JSON and text views) ← the `estate`
/// executable and the benchmark.
let package = Package(
    name: "ClusterEstate",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ClusterEstate", targets: ["EstateDomain", "EstateInterchange", "EstateReports"]),
        .executable(name: "estate", targets: ["estate"]),
        .executable(name: "estate-bench", targets: ["EstateBenchmarks"]),
        .executable(name: "estate-store-bench", targets: ["EstateStoreBenchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        // NIOCore and NIOHTTPTypes: the server's request-deadline channel handler (hummingbird's own).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        .target(name: "EstateDomain"),
        // sql/postgres and sql/sqlite, bundled as resources (the SQL stays SQL, no generated Swift).
        .target(name: "EstateMigrationFiles", path: "sql", resources: [.copy("postgres"), .copy("sqlite")]),
        // openapi/estate-api.yaml, bundled as a resource; served as YAML and converted to JSON.
        .target(
            name: "EstateAPIDocument", dependencies: [.product(name: "Yams", package: "Yams")], path: "openapi",
            resources: [.copy("estate-api.yaml")]),
        .target(
            name: "EstateInterchange",
            dependencies: ["EstateDomain", "EstateStore", .product(name: "SwiftCSV", package: "SwiftCSV")]
        ),
        .target(name: "EstateReports", dependencies: ["EstateDomain", "EstateStore"]),
        // The storage contract the adapters import: protocols, value types, errors.
        .target(
            name: "EstateStore",
            dependencies: [
                "EstateDomain", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // What the two engines share and only they import: statements, snapshot reading, the
        // planners that decide a write inside its transaction, the write cache, migrations.
        .target(name: "EstateSQL", dependencies: ["EstateDomain", "EstateStore", "EstateMigrationFiles"]),
        .target(
            name: "EstateSQLite",
            dependencies: ["EstateDomain", "EstateStore", "EstateSQL", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "EstatePostgres",
            dependencies: [
                "EstateDomain", "EstateStore", "EstateSQL",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Every use case once, between the domain and the adapters (CLI, API, dashboard).
        .target(name: "EstateOperations", dependencies: ["EstateDomain", "EstateStore", "EstateInterchange", "EstateReports"]),
        // Reminders by e-mail: the SMTP client (SwiftNIO) and the outbox's sender.
        .target(
            name: "EstateMail",
            dependencies: [
                "EstateDomain", "EstateStore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The one way to open a store from a URL (`sqlite:PATH`, `postgres://…`).
        .target(name: "EstateStores", dependencies: ["EstateStore", "EstateSQLite", "EstatePostgres"]),
        .target(
            name: "EstateServer",
            dependencies: [
                "EstateDomain", "EstateInterchange", "EstateReports", "EstateStore", "EstateAPIDocument", "EstateOperations",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ]
        ),
        .target(
            name: "EstateCLI",
            dependencies: [
                "EstateDomain", "EstateInterchange", "EstateReports", "EstateStore", "EstateStores", "EstateServer",
                "EstateOperations", "EstateMail",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "estate", dependencies: ["EstateCLI"]),
        .executableTarget(name: "EstateBenchmarks", dependencies: ["EstateDomain"]),
        .executableTarget(
            name: "EstateStoreBenchmarks",
            dependencies: [
                "EstateDomain", "EstateStore", "EstateSQL", "EstateSQLite", "EstatePostgres", "EstateStores",
                "EstateInterchange",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "EstateDomainTests",
            dependencies: [
                "EstateDomain", "EstateTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "EstateStoreContractTests",
            dependencies: [
                "EstateDomain", "EstateStore", "EstateSQL", "EstateSQLite", "EstatePostgres", "EstateStores",
                "EstateInterchange", "EstateOperations", "EstateReports", "EstateTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(name: "EstateTestSupport", path: "Tests/EstateTestSupport"),
        .testTarget(
            name: "EstateReportsTests",
            dependencies: ["EstateReports", "EstateDomain", "EstateInterchange", "EstateStore", "EstateTestSupport"]),
        .testTarget(
            name: "EstateCLITests",
            dependencies: [
                "EstateCLI", "estate", "EstateDomain",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "EstateServerTests",
            dependencies: [
                "EstateServer", "EstateStores", "EstateStore", "EstateDomain", "EstateInterchange", "EstateTestSupport",
                "EstateAPIDocument", "EstateOperations",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ]
        ),
        .testTarget(name: "EstateMailTests", dependencies: ["EstateMail", "EstateStore", "EstateDomain"]),
        .testTarget(
            name: "EstateInterchangeTests", dependencies: ["EstateInterchange", "EstateDomain", "EstateReports"]),
    ]
)
