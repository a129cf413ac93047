import ArgumentParser
import Connectors
import Engine
import Foundation

/// `rulesd posts instagram [--limit N]`: the account's recent posts and reels with their ids, to copy into
/// rules (`post is "ID"`).
struct Posts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the Instagram account's recent posts and reels with the ids rules use.",
        discussion: """
            Prints one line per post, newest first: id, date, kind (FEED, REELS...), link and the start of the \
            caption. Reads INSTAGRAM_ACCESS_TOKEN, INSTAGRAM_ACCOUNT_ID (optional: by default the token's account) \
            and GRAPH_API_BASE (default https://graph.facebook.com) from the environment.

            Exit status:
              0  the posts were listed
              1  the platform refused (the reason is printed)
              2  usage: a variable is missing or the channel is not instagram
              3  the Graph API could not be reached (no network, a wrong GRAPH_API_BASE)
            """
    )

    @Argument(help: "instagram (WhatsApp has no posts).")
    var channel: Channel

    @Option(help: "How many recent posts to list, 1 to 100.")
    var limit = 25

    func validate() throws {
        guard (1...100).contains(limit) else { throw ValidationError("--limit must be between 1 and 100") }
    }

    func run() async throws {
        guard channel == .instagram else { fail(UsageError(description: "WhatsApp has no posts; use `rulesd posts instagram`")) }
        guard let access = InstagramAccess(environment: ProcessInfo.processInfo.environment) else { fail(InstagramAccess.missingToken) }
        let account = try await access.account()
        let posts = try await access.value(
            await access.client.recentInstagramPosts(account: account, limit: limit, now: Date()), doing: "list the posts")
        await access.shutdown()
        guard let first = posts.first else {
            print("instagram: no posts on this account yet")
            return
        }
        for post in posts { print(Self.line(post)) }
        print("")
        print("To answer comments on one post only, use its id in a rule: post is \"\(first.id)\"")
    }

    /// `18034567890123456  2025-10-09  FEED   https://www.instagram.com/p/...  "New in: linen dress..."`
    static func line(_ post: InstagramPost) -> String {
        let date = post.timestamp.map { String(Timestamps.formatISO8601($0).prefix(10)) } ?? "----------"
        let type = post.productType ?? post.mediaType ?? "-"
        let kind = type + String(repeating: " ", count: max(0, 6 - type.count))
        var parts = [post.id, date, kind, post.permalink ?? "(no link)"]
        if let caption = post.caption.map(firstLine), !caption.isEmpty { parts.append(JSONObjectWriter.quoted(caption)) }
        return parts.joined(separator: "  ")
    }

    /// The caption's first non-empty line, cut to about 60 characters.
    static func firstLine(_ caption: String) -> String {
        let line = caption.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}
