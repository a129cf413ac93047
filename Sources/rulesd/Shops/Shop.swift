import Connectors
import Engine
import Foundation

/// One shop `serve` answers for: its rules (reloaded on their own), the accounts they declare, its
/// counters. `--rules` serves one shop; `--shops DIR` one per folder.
struct Shop: Sendable {
    /// The folder's name under `--shops`; empty for the one shop of `--rules`.
    let name: String
    /// The rule files or folder.
    let paths: [String]
    let rules: RuleProgramHolder
    let metrics: ServeMetrics
    /// The one shop of `--rules` (not a folder of `--shops`).
    let isOnlyShop: Bool

    /// `--rules` without `account` declarations: the shop answers every account, with the tokens of the
    /// environment (`INSTAGRAM_ACCESS_TOKEN`, `WHATSAPP_ACCESS_TOKEN`).
    var answersEveryAccount: Bool { isOnlyShop && accounts.isEmpty }

    /// The accounts the rules in use declare.
    var accounts: [ShopAccount] { rules.program.ruleSet.accounts }

    /// The contacts the shop's pipeline, console and health see.
    var scope: ContactScope { answersEveryAccount ? .everyone : ContactScope(accounts) }

    /// How the shop is named in the log and on `/healthz`.
    var displayName: String { name.isEmpty ? "the shop" : "shop \(name)" }

    /// The Meta credentials the shop's sends use: the environment's for a shop answering every account,
    /// else each declared account's token (`token env "NAME"`), read from `environment`.
    func credentials(environment: SecretEnvironment, fallback: MetaCredentials) -> MetaCredentials {
        guard !answersEveryAccount else { return fallback }
        func token(_ channel: Channel) -> String? {
            accounts.first { $0.channel == channel }.flatMap { environment[$0.tokenVariable]?.value }
        }
        return MetaCredentials(instagramAccessToken: token(.instagram), whatsappAccessToken: token(.whatsapp))
    }
}

/// What is wrong with a shop's accounts for `serve`, for the start (which refuses them) and a reload
/// (which keeps the previous rules): none declared under `--shops`, two on one channel, one another shop
/// declares, a token variable that is not set.
enum ShopAccountProblems {
    /// The problems, each a sentence for the seller or operator; empty when the accounts can be served.
    /// - Parameters:
    ///   - others: the accounts of the other shops, with the shop's name.
    ///   - requireTokens: whether each token variable must be set (false in dry mode, where no shop has one).
    static func of(
        _ accounts: [ShopAccount], shop: String, underShops: Bool, others: [(shop: String, account: ShopAccount)],
        environment: SecretEnvironment, requireTokens: Bool
    ) -> [String] {
        var problems: [String] = []
        if underShops, accounts.isEmpty {
            problems.append(
                "shop \(shop) declares no account: add a line such as account instagram \"17841400000001\" token env \"\(shop.uppercased().filter { $0.isLetter || $0.isNumber })_INSTAGRAM_TOKEN\" to its rules")
        }
        for channel in Channel.allCases {
            let on = accounts.filter { $0.channel == channel }
            if on.count > 1 {
                problems.append(
                    "shop \(shop) declares \(on.count) \(channel.rawValue) accounts (\(on.map(\.id).joined(separator: ", "))); a shop answers one account per channel: give the others shops of their own")
            }
        }
        for account in accounts {
            if let other = others.first(where: { $0.account.channel == account.channel && $0.account.id == account.id }) {
                problems.append("\(account.channel.rawValue) account \(account.id) is declared by shop \(other.shop) and shop \(shop): an account belongs to one shop")
            }
            if requireTokens, environment[account.tokenVariable] == nil {
                problems.append(
                    "shop \(shop): the token of \(account.channel.rawValue) account \(account.id) is read from \(account.tokenVariable), which is not set in serve's environment")
            }
        }
        return problems
    }
}
