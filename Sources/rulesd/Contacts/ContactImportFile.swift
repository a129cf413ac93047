import Engine
import Foundation

/// A customer to import: who they are on which account, and what the shop knows of them.
struct ImportedContact: Sendable, Equatable {
    var key: ContactKey
    var name: String?
    var username: String?
    var tags: [String]
}

/// A row of an import file that was skipped, and why.
struct SkippedRow: Sendable, Equatable, CustomStringConvertible {
    var line: Int
    var reason: String
    var description: String { "line \(line): \(reason)" }
}

/// Reads the seller's customer list: a CSV file with the header `channel,id,name,tags` (tags separated by
/// `;`) and an optional `account` column. Bad rows are skipped with their line and the reason; the others
/// are imported.
struct ContactImportFile {
    /// The columns the importer reads.
    static let columns = ["channel", "id", "name", "tags", "account", "username"]

    /// The account a row without an `account` column belongs to, per channel (from the environment).
    var defaultAccounts: [Channel: String]

    /// Reads `INSTAGRAM_ACCOUNT_ID` and `WHATSAPP_PHONE_NUMBER_ID`.
    init(environment: [String: String]) {
        var accounts: [Channel: String] = [:]
        if let id = environment["INSTAGRAM_ACCOUNT_ID"], !id.isEmpty { accounts[.instagram] = id }
        if let id = environment["WHATSAPP_PHONE_NUMBER_ID"], !id.isEmpty { accounts[.whatsapp] = id }
        defaultAccounts = accounts
    }

    init(defaultAccounts: [Channel: String]) {
        self.defaultAccounts = defaultAccounts
    }

    /// The contacts of a CSV text and the rows skipped; throws when the file as a whole cannot be read
    /// (no header, no `channel` or `id` column, a quote never closed).
    func read(_ text: String) throws(SkippedRow) -> (contacts: [ImportedContact], skipped: [SkippedRow]) {
        let records: [CSVRecords.Record]
        do { records = try CSVRecords.parse(text) } catch { throw SkippedRow(line: error.line, reason: error.description) }
        guard let header = records.first else {
            throw SkippedRow(line: 1, reason: "the file is empty; its first line must be the header channel,id,name,tags")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for required in ["channel", "id"] where !names.contains(required) {
            throw SkippedRow(
                line: header.line,
                reason: "the header has no '\(required)' column; the first line must be channel,id,name,tags (and optionally account)")
        }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        var contacts: [ImportedContact] = []
        var skipped: [SkippedRow] = []
        for unknown in names where !Self.columns.contains(unknown) {
            skipped.append(SkippedRow(line: header.line, reason: "column '\(unknown)' is not read (known columns: \(Self.columns.joined(separator: ", ")))"))
        }
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                skipped.append(SkippedRow(
                    line: record.line,
                    reason: "\(record.fields.count) fields where the header has \(header.fields.count); a name or tag with a comma must be in double quotes"))
                continue
            }
            func value(_ name: String) -> String? {
                column(name).map { record.fields[$0].trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            switch contact(channel: value("channel"), id: value("id"), account: value("account")) {
            case .failure(let reason):
                skipped.append(SkippedRow(line: record.line, reason: reason.reason))
            case .success(let key):
                let tags = (value("tags") ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                let username = value("username").map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
                contacts.append(ImportedContact(key: key, name: value("name"), username: username, tags: tags))
            }
        }
        return (contacts, skipped)
    }

    /// The contact a row names, or why it names none.
    private func contact(channel: String?, id: String?, account: String?) -> Result<ContactKey, SkippedRow> {
        func skip(_ reason: String) -> Result<ContactKey, SkippedRow> { .failure(SkippedRow(line: 0, reason: reason)) }
        guard let channelText = channel else { return skip("no channel; write instagram or whatsapp") }
        guard let channel = Channel(rawValue: channelText.lowercased()) else {
            return skip("channel '\(channelText)' is not instagram or whatsapp")
        }
        guard var id else { return skip("no id") }
        switch channel {
        case .whatsapp:
            // Sellers write numbers as they dial them; WhatsApp's id is the digits with the country code.
            let digits = id.filter { !" +-().".contains($0) }
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else {
                return skip("'\(id)' is not a phone number; write it with its country code, such as +34 600 123 456")
            }
            id = digits
        case .instagram:
            guard id.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return skip(
                    "'\(id)' is not an Instagram contact id (the number webhooks carry, not an @username); "
                        + "`rulesd contacts import instagram` imports the account's conversations with their ids")
            }
        }
        guard let account = account ?? defaultAccounts[channel] else {
            let variable = channel == .instagram ? "INSTAGRAM_ACCOUNT_ID" : "WHATSAPP_PHONE_NUMBER_ID"
            return skip("no account for \(channel.rawValue): add an account column, or set \(variable)")
        }
        return .success(ContactKey(channel: channel, account: account, contact: id))
    }
}

extension SkippedRow: Error {}
