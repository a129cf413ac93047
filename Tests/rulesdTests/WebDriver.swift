import Connectors
import Foundation
import Testing

/// A real browser for end-to-end tests: Debian's headless Chromium driven by its chromedriver through the
/// W3C WebDriver protocol (plain JSON over HTTP on loopback).
final class WebDriver: Sendable {
    static let chromium = "/usr/bin/chromium"
    static let chromedriver = "/usr/bin/chromedriver"
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    let driver: Process
    let base: String
    let session: String
    let client: AsyncHTTPTransport

    /// Whether this machine has the browser (`.ci/run` installs `chromium` and `chromium-driver`).
    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: chromium) && FileManager.default.isExecutableFile(atPath: chromedriver) }

    private init(driver: Process, base: String, session: String, client: AsyncHTTPTransport) {
        self.driver = driver
        self.base = base
        self.session = session
        self.client = client
    }

    deinit {
        if driver.isRunning { driver.terminate() }
    }

    /// Starts chromedriver on a free loopback port and opens a headless Chromium window of `width`×`height`.
    static func start(width: Int = 1200, height: Int = 900, log: URL) async throws -> WebDriver {
        let client = AsyncHTTPTransport()
        for _ in 0..<5 {
            let port = Int.random(in: 20_000..<60_000)
            let driver = Process()
            driver.executableURL = URL(fileURLWithPath: chromedriver)
            driver.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            driver.standardOutput = handle
            driver.standardError = handle
            try driver.run()
            let base = "http://127.0.0.1:\(port)"
            let ready = await eventually(within: .seconds(10)) {
                guard driver.isRunning else { return true }
                let status = try? await client.execute(OutboundRequest(method: "GET", url: base + "/status"), timeout: .seconds(2))
                return status?.status == 200
            }
            guard ready, driver.isRunning else {
                if driver.isRunning { driver.terminate() }
                continue
            }
            let capabilities: [String: Any] = [
                "capabilities": [
                    "alwaysMatch": [
                        "browserName": "chrome",
                        "goog:chromeOptions": [
                            "binary": chromium,
                            "args": [
                                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                                "--window-size=\(width),\(height)", "--lang=en-US",
                            ],
                        ],
                    ]
                ]
            ]
            let answer = try await call(client, "POST", base + "/session", capabilities, timeout: .seconds(60))
            guard let value = answer["value"] as? [String: Any], let session = value["sessionId"] as? String else {
                driver.terminate()
                throw TestFailure("chromedriver did not open a browser: \(answer)")
            }
            return WebDriver(driver: driver, base: base, session: session, client: client)
        }
        try? await client.shutdown()
        throw TestFailure("chromedriver did not start:\n\((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
    }

    /// Closes the browser and the driver.
    func stop() async {
        _ = try? await Self.call(client, "DELETE", "\(base)/session/\(session)", nil)
        if driver.isRunning { driver.terminate() }
        try? await client.shutdown()
    }

    // MARK: Commands

    func open(_ url: String) async throws { _ = try await command("POST", "url", ["url": url]) }

    var currentURL: String { get async throws { try await command("GET", "url")["value"] as? String ?? "" } }

    /// The page's HTML as the browser has it now.
    var source: String { get async throws { try await command("GET", "source")["value"] as? String ?? "" } }

    /// The first element matching a CSS selector.
    func element(_ selector: String) async throws -> String {
        let answer = try await command("POST", "element", ["using": "css selector", "value": selector])
        guard let value = answer["value"] as? [String: Any], let id = value[Self.elementKey] as? String else {
            throw TestFailure("no element \(selector) on \(try await currentURL): \(answer)")
        }
        return id
    }

    func type(_ text: String, into selector: String) async throws {
        let id = try await element(selector)
        _ = try await command("POST", "element/\(id)/value", ["text": text])
    }

    func click(_ selector: String) async throws {
        let id = try await element(selector)
        _ = try await command("POST", "element/\(id)/click", [:])
    }

    /// The visible text of an element.
    func text(of selector: String) async throws -> String {
        let id = try await element(selector)
        return try await command("GET", "element/\(id)/text")["value"] as? String ?? ""
    }

    /// Waits (up to 10 s) until `condition` holds: a click that submits a form returns before the next page
    /// has loaded.
    func waitFor(_ condition: @escaping (WebDriver) async throws -> Bool) async -> Bool {
        await eventually(within: .seconds(10)) { (try? await condition(self)) ?? false }
    }

    func resize(width: Int, height: Int) async throws {
        _ = try await command("POST", "window/rect", ["width": width, "height": height])
    }

    /// A PNG of the viewport.
    func screenshot() async throws -> Data {
        guard let encoded = try await command("GET", "screenshot")["value"] as? String, let data = Data(base64Encoded: encoded) else {
            throw TestFailure("no screenshot")
        }
        return data
    }

    private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
        try await Self.call(client, method, "\(base)/session/\(session)/\(path)", body)
    }

    private static func call(
        _ client: AsyncHTTPTransport, _ method: String, _ url: String, _ body: [String: Any]?, timeout: Duration = .seconds(30)
    ) async throws -> [String: Any] {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let result = try await client.execute(
            OutboundRequest(method: method, url: url, headers: ["Content-Type": "application/json; charset=utf-8"], body: data), timeout: timeout)
        let object = (try? JSONSerialization.jsonObject(with: result.body)) as? [String: Any] ?? [:]
        if result.status >= 400 { throw TestFailure("WebDriver \(method) \(url) answered \(result.status): \(object)") }
        return object
    }
}
