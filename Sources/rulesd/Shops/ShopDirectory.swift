import Engine
import Foundation
import Synchronization

/// The shops of one server, and which answers each account: webhooks are routed by account id
/// (Instagram `entry.id`, WhatsApp `metadata.phone_number_id`). The index follows each shop's reloads.
final class ShopDirectory: Sendable {
    let shops: [Shop]
    /// Whether the shops came from `--shops` (each must declare its accounts).
    let underShops: Bool
    /// Shop position by `channel:account`; a shop answering every account is not in it.
    private let index: Mutex<[String: Int]>

    init(_ shops: [Shop], underShops: Bool) {
        self.shops = shops
        self.underShops = underShops
        index = Mutex([:])
        reindex()
    }

    /// Reads each shop's declared accounts again (after a reload).
    func reindex() {
        var fresh: [String: Int] = [:]
        for (position, shop) in shops.enumerated() {
            for account in shop.accounts where fresh["\(account.channel.rawValue):\(account.id)"] == nil {
                fresh["\(account.channel.rawValue):\(account.id)"] = position
            }
        }
        index.withLock { $0 = fresh }
    }

    /// The shop answering an account, or nil when none does (its messages are kept, never evaluated).
    func shop(for channel: Channel, account: String) -> Shop? {
        if let position = index.withLock({ $0["\(channel.rawValue):\(account)"] }) { return shops[position] }
        return shops.first(where: \.answersEveryAccount)
    }

    /// The accounts every shop but `name` declares, for the checks of a reload.
    func accounts(besides name: String) -> [(shop: String, account: ShopAccount)] {
        shops.filter { $0.name != name }.flatMap { shop in shop.accounts.map { (shop.name, $0) } }
    }

    /// The contacts each shop answers, for marking what no shop answers any more.
    var scopes: [ContactScope] { shops.map(\.scope) }
}
