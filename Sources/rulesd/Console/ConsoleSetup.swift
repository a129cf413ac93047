import Connectors
import Engine
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// Opens the console when a password is set: for `--rules`, `RULESD_CONSOLE_PASSWORD` (or the variable
/// the rules name with `console password env`); under `--shops`, each shop's `console password env`.
enum ConsoleSetup {
    /// Registers the console's routes when some shop has a password; returns the services it needs (the
    /// sessions' memory), or none when the console is off.
    static func register(
        on router: Router<RulesdRequestContext>, shops: [ShopPipeline], underShops: Bool, configuration: ServerConfiguration, store: MessageStore,
        storeHealth: StoreHealth, clock: @escaping @Sendable () -> Date, logger: Logger
    ) -> [any Service] {
        guard let access = access(shops: shops, underShops: underShops, configuration: configuration, logger: logger) else {
            logger.info(
                underShops
                    ? "the console is off: no shop's rules name a set password variable (console password env \"NAME\")"
                    : "the console is off: set RULESD_CONSOLE_PASSWORD to open it at /console")
            return []
        }
        ConsoleRoutes(
            access: access, store: store, shops: Dictionary(uniqueKeysWithValues: shops.map { ($0.shop.name, $0) }), storeHealth: storeHealth,
            clock: clock, logger: logger
        ).register(on: router)
        return [access.sessionMemory]
    }

    /// Who may sign in: each shop whose declared password variable is set (a declared one that is not is
    /// logged); for the one shop of `--rules` without a declaration, the configuration's console.
    static func access(shops: [ShopPipeline], underShops: Bool, configuration: ServerConfiguration, logger: Logger) -> ConsoleAccess? {
        var passwords: [String: String] = [:]
        for served in shops {
            guard let variable = served.shop.rules.program.ruleSet.consolePasswordVariable else { continue }
            if let password = configuration.environment[variable]?.value {
                passwords[served.shop.name] = password
            } else {
                logger.warning(
                    "\(served.shop.displayName)'s console stays closed: its rules read the password from \(variable), which is not set")
            }
        }
        if !underShops, passwords.isEmpty { return configuration.console }
        return ConsoleAccess(passwords: passwords, asksForShop: underShops, bcryptCost: configuration.consoleBcryptCost)
    }
}
