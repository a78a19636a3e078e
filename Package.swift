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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        .target(name: "EstateDomain"),
        .target(
            name: "EstateInterchange",
            dependencies: ["EstateDomain", .product(name: "SwiftCSV", package: "SwiftCSV")]
        ),
        .target(name: "EstateReports", dependencies: ["EstateDomain"]),
        .executableTarget(
            name: "estate",
            dependencies: [
                "EstateDomain", "EstateInterchange", "EstateReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "EstateBenchmarks", dependencies: ["EstateDomain"]),
        .testTarget(
            name: "EstateDomainTests",
            dependencies: [
                "EstateDomain",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "EstateInterchangeTests", dependencies: ["EstateInterchange", "EstateDomain", "EstateReports"]),
    ]
)
