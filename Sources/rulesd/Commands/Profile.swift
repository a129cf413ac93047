import ArgumentParser
import Connectors
import Engine
import Foundation

/// `rulesd profile show|push instagram`: the Instagram account's ice breakers and persistent menu.
struct Profile: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the Instagram account's ice breakers and menu, or set them from the rules.",
        discussion: """
            Reads INSTAGRAM_ACCESS_TOKEN, INSTAGRAM_ACCOUNT_ID (optional: by default the token's account) and \
            GRAPH_API_BASE (default https://graph.facebook.com) from the environment.

            Exit status:
              0  done (or, with --dry-run, the differences were printed)
              1  the platform refused (the reason is printed), or the rules have errors
              2  usage: a variable or file is missing, or the channel is not instagram
              3  the Graph API could not be reached (no network, a wrong GRAPH_API_BASE)
            """,
        subcommands: [ProfileShow.self, ProfilePush.self])

    /// Exits with status 2 unless the channel is Instagram (WhatsApp has no such profile).
    static func requireInstagram(_ channel: Channel, subcommand: String) {
        guard channel == .instagram else {
            printError("rulesd: error: WhatsApp has no ice breakers or menu; use `rulesd profile \(subcommand) instagram`")
            Foundation.exit(ExitStatus.usage)
        }
    }

    /// `"What are your prices?" -> PRICES`, one per line under a heading, or `menu: none`.
    static func render(_ settings: InstagramProfileSettings) -> String {
        func side(_ name: String, _ items: [ReplyButton]) -> String {
            items.isEmpty ? "\(name): none" : "\(name):\n" + items.map { "  " + InstagramProfile.describe($0) }.joined(separator: "\n")
        }
        return side("ice breakers", settings.iceBreakers) + "\n" + side("menu", settings.menu)
    }
}

/// `rulesd profile show instagram`: what is live on the account now.
struct ProfileShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print the ice breakers and menu live on the Instagram account.")

    @Argument(help: "instagram")
    var channel: Channel

    func run() async throws {
        Profile.requireInstagram(channel, subcommand: "show")
        guard let access = InstagramAccess(environment: ProcessInfo.processInfo.environment) else { fail(InstagramAccess.missingToken) }
        let account = try await access.account()
        let live = try await access.value(await access.client.instagramProfile(account: account, now: Date()), doing: "read the profile")
        await access.shutdown()
        print(Profile.render(live))
    }
}

/// `rulesd profile push instagram [--dry-run] [RULES...]`: makes the account's ice breakers and menu what the
/// rules declare (`ice breakers ...`, `menu ...`), printing the differences first.
struct ProfilePush: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Set the Instagram account's ice breakers and menu to what the rules declare.",
        discussion: """
            Prints what will change first. A side the rules no longer declare is removed from the account. \
            Instagram may take a while to show a new menu.
            """)

    @Argument(help: "instagram")
    var channel: Channel

    @Flag(help: "Only print the differences; change nothing.")
    var dryRun = false

    /// Required, unlike the other commands' example default: pushing the bundled example shop's menu to a
    /// real account would replace the seller's.
    @Argument(help: "Your rule files or directories of .rules files (required: they replace what customers see on your profile).")
    var rules: [String]

    func run() async throws {
        Profile.requireInstagram(channel, subcommand: "push")
        let environment = ProcessInfo.processInfo.environment
        guard MetaCredentials(environment: environment).instagramAccessToken != nil else { fail(InstagramAccess.missingToken) }
        let program = try loadRules(rules)
        let wanted = InstagramProfileSettings(iceBreakers: program.ruleSet.iceBreakers, menu: program.ruleSet.menu)
        guard let access = InstagramAccess(environment: environment) else { fail(InstagramAccess.missingToken) }
        let account = try await access.account()
        let live = try await access.value(await access.client.instagramProfile(account: account, now: Date()), doing: "read the profile")
        let differences = InstagramProfile.differences(live: live, wanted: wanted)
        guard !differences.isEmpty else {
            await access.shutdown()
            print("instagram: the profile is already up to date")
            return
        }
        print("instagram: changes to the profile:")
        for line in differences { print("  " + line) }
        guard !dryRun else {
            await access.shutdown()
            print("dry run: nothing was changed; run without --dry-run to apply these changes")
            return
        }

        var changed = InstagramProfileSettings()
        if !wanted.iceBreakers.isEmpty, wanted.iceBreakers != live.iceBreakers { changed.iceBreakers = wanted.iceBreakers }
        if !wanted.menu.isEmpty, wanted.menu != live.menu { changed.menu = wanted.menu }
        if changed != InstagramProfileSettings() {
            _ = try await access.value(
                await access.client.setInstagramProfile(changed, account: account, now: Date()), doing: "set the profile")
            let sides = [
                changed.iceBreakers.isEmpty ? nil : count(changed.iceBreakers.count, "ice breaker"),
                changed.menu.isEmpty ? nil : count(changed.menu.count, "menu item"),
            ].compactMap(\.self)
            print("instagram: set " + sides.joined(separator: " and "))
        }
        var removed: [(field: String, name: String)] = []
        if wanted.iceBreakers.isEmpty, !live.iceBreakers.isEmpty { removed.append((InstagramProfile.iceBreakersField, "the ice breakers")) }
        if wanted.menu.isEmpty, !live.menu.isEmpty { removed.append((InstagramProfile.menuField, "the menu")) }
        if !removed.isEmpty {
            _ = try await access.value(
                await access.client.deleteInstagramProfile(fields: removed.map { $0.field }, account: account, now: Date()), doing: "remove from the profile")
            print("instagram: removed " + removed.map { $0.name }.joined(separator: " and ") + " (the rules declare none)")
        }
        await access.shutdown()
    }

    private func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
