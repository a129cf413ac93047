import Connectors
import Engine
import Foundation
import Prometheus

/// Loads the shops `serve` answers for: the one of `--rules`, or a shop per folder of `--shops DIR`.
enum ShopLoading {
    /// A shop's folder and compiled rules, before the server is built.
    struct LoadedShop {
        var name: String
        var paths: [String]
        var program: RuleProgram
    }

    /// The folders of `directory` that hold shops (hidden ones skipped), in name order.
    static func shopFolders(in directory: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ShopsError(problems: ["--shops \(directory): there is no such folder; give a folder holding one folder of rule files per shop"])
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { name in
            var folder: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &folder)
                && folder.boolValue
        }.sorted()
        guard !names.isEmpty else {
            throw ShopsError(problems: ["--shops \(directory) holds no shop: make a folder per shop (its name is the shop's) with its rule files"])
        }
        return names
    }

    /// Checks the shops' accounts together: each declares some, one per channel, none twice across shops,
    /// and (unless no token is set anywhere: dry mode) every token variable is set.
    static func problems(_ shops: [LoadedShop], underShops: Bool, environment: SecretEnvironment, dryMode: Bool) -> [String] {
        shops.flatMap { shop in
            let others = shops.filter { $0.name < shop.name }.flatMap { other in other.program.ruleSet.accounts.map { (other.name, $0) } }
            return ShopAccountProblems.of(
                shop.program.ruleSet.accounts, shop: shop.name, underShops: underShops, others: others, environment: environment,
                requireTokens: !dryMode)
        }
    }

    /// Whether no token at all is set: neither the environment's nor any declared account's (dry mode).
    static func noTokenSet(_ shops: [LoadedShop], environment: SecretEnvironment, fallback: Bool) -> Bool {
        let declared = shops.flatMap { $0.program.ruleSet.accounts.map(\.tokenVariable) }
        return fallback && declared.allSatisfy { environment[$0] == nil }
    }

    /// The shops, ready to serve: their holders and their metrics (in one registry).
    static func shops(_ loaded: [LoadedShop], underShops: Bool, registry: PrometheusCollectorRegistry) -> [Shop] {
        loaded.map { shop in
            Shop(
                name: shop.name, paths: shop.paths, rules: RuleProgramHolder(shop.program),
                metrics: ServeMetrics(registry: registry, shop: underShops ? shop.name : nil), isOnlyShop: !underShops)
        }
    }
}

/// Why the shops cannot be served: each problem a sentence saying what to change.
struct ShopsError: Error, CustomStringConvertible {
    var problems: [String]
    var description: String { problems.joined(separator: "\n") }
}
