import Engine
import Foundation

/// Which contacts a store query sees: every contact (one shop answering every account, as `--rules`
/// without `account` declarations), or the contacts of some accounts (one shop of `--shops`).
///
/// Contact keys are `channel:account:contact`, so one account's contacts are one range of keys: the scope
/// is a few range conditions the indexes on `contact_key` serve.
struct ContactScope: Sendable, Hashable {
    /// The accounts seen, as `channel:account`; nil: every contact.
    let accounts: [String]?

    /// Every contact.
    static let everyone = ContactScope(accounts: nil)

    /// The contacts of these accounts.
    init(_ accounts: [ShopAccount]) {
        self.accounts = accounts.map { "\($0.channel.rawValue):\($0.id)" }
    }

    private init(accounts: [String]?) { self.accounts = accounts }

    /// Whether a contact key (`channel:account:contact`) is in the scope.
    func contains(contactKey: String) -> Bool {
        guard let accounts else { return true }
        return accounts.contains { contactKey.hasPrefix($0 + ":") }
    }

    /// An SQL condition (with a leading ` AND `) on `column`, a contact key; empty for every contact. The
    /// accounts are written into the SQL: their ids are digits (the checker allows nothing else) and the
    /// channel is a known word, and quotes are doubled anyway.
    func condition(on column: String = "contact_key") -> String {
        accounts == nil ? "" : " AND " + expression(on: column)
    }

    /// The scope as an SQL expression on `column`: true for the keys in the scope.
    func expression(on column: String = "contact_key") -> String {
        guard let accounts else { return "TRUE" }
        guard !accounts.isEmpty else { return "FALSE" }
        let ranges = accounts.map { account in
            let quoted = account.replacingOccurrences(of: "'", with: "''")
            // ':' + 1 is ';': every key of the account, and no other.
            return "(\(column) >= '\(quoted):' AND \(column) < '\(quoted);')"
        }
        return "(" + ranges.joined(separator: " OR ") + ")"
    }
}
