// swift-tools-version: 6.2
import Foundation
import PackageDescription

/// Everything under the package folder that the resources target (`path: "."`) must not take as its own:
/// every top-level entry but `Sources/TsuhoResources` and the two data folders it bundles.
let resourcesTargetExcludes: [String] = {
    let root = Context.packageDirectory
    let kept: Set<String> = ["Sources", "Dictionaries", "Pictograms"]
    let topLevel = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    let sources = (try? FileManager.default.contentsOfDirectory(atPath: root + "/Sources")) ?? []
    return topLevel.filter { !kept.contains($0) && !$0.hasPrefix(".") }.sorted()
        + sources.filter { $0 != "TsuhoResources" }.map { "Sources/" + $0 }.sorted()
}()

let strictSwift: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Tsuho",
    products: [
        .library(name: "Tsuho", targets: ["Tsuho"]),
        .library(name: "TsuhoText", targets: ["TsuhoText"]),
        .executable(name: "tsuho", targets: ["TsuhoCLI"]),
        .executable(name: "tsuho-bench", targets: ["TsuhoBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        .target(name: "CICUShim", dependencies: ["CICU"]),
        .target(name: "TsuhoText", dependencies: ["CICUShim"], swiftSettings: strictSwift),
        .target(
            name: "TsuhoResources",
            path: ".",
            exclude: resourcesTargetExcludes,
            sources: ["Sources/TsuhoResources"],
            resources: [.copy("Dictionaries"), .copy("Pictograms")]
        ),
        .target(name: "Tsuho", dependencies: ["TsuhoText", "TsuhoResources"], swiftSettings: strictSwift),
        .executableTarget(
            name: "TsuhoCLI",
            dependencies: ["Tsuho", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "TsuhoBench",
            dependencies: ["Tsuho", "TsuhoText"],
            path: "Benchmarks/TsuhoBench",
            swiftSettings: strictSwift
        ),
        .target(name: "TsuhoTestSupport", path: "Tests/TsuhoTestSupport", swiftSettings: strictSwift),
        .testTarget(
            name: "TsuhoTextTests", dependencies: ["TsuhoText", "TsuhoTestSupport"], swiftSettings: strictSwift),
        .testTarget(
            name: "TsuhoTests", dependencies: ["Tsuho", "TsuhoText", "TsuhoTestSupport"], swiftSettings: strictSwift),
        .testTarget(
            name: "TsuhoCLITests", dependencies: ["TsuhoCLI", "TsuhoText", "TsuhoTestSupport"],
            swiftSettings: strictSwift),
    ]
)

// The libFuzzer target is only part of the package when asked for, because it must be compiled with
// `-sanitize=fuzzer -parse-as-library` (libFuzzer brings its own `main`):
//   TSUHO_FUZZ=1 swift build -c release --product tsuho-fuzz -Xswiftc -sanitize=fuzzer,address \
//       -Xswiftc -parse-as-library --scratch-path .build-fuzz
if ProcessInfo.processInfo.environment["TSUHO_FUZZ"] != nil {
    package.products.append(.executable(name: "tsuho-fuzz", targets: ["TsuhoFuzz"]))
    package.targets.append(
        .executableTarget(
            name: "TsuhoFuzz", dependencies: ["Tsuho", "TsuhoText"], path: "Fuzz/TsuhoFuzz", swiftSettings: strictSwift)
    )
}
