import EstateDomain
import EstateTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EstateServer

/// The dashboard in Debian's headless Chromium, on a live server on a loopback port: the
/// signed-in overview is fetched over the socket with the session cookie and rendered
/// (screenshot and DOM); the sign-in page is loaded by Chromium straight from the server.
/// Required under CI (`.ci/run` installs Chromium); skipped elsewhere only when it is missing.
@Suite("dashboard in a real browser", .serialized)
struct DashboardBrowserTests {
    @Test(
        "the site plan has one shape per plot and the occupancy figure matches the JSON report",
        .enabled(
            if: Chromium.executable != nil || Chromium.required, "Chromium is not installed (apt-get install chromium)"),
        arguments: Language.allCases)
    func dashboard(language: Language) async throws {
        let chromium = try #require(Chromium.executable, "CI=true but Chromium is missing: .ci/run must install it")
        let server = try await ServerFixture()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("estate-dashboard-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let asOf = ServerFixture.asOf
        let session = "\(server.sessions[.viewer]!)"
        let (html, json, port) = try await server.app.test(.live) { client in
            let page = try await client.execute(
                uri: "/?as_of=\(asOf)&lang=\(language.rawValue)", method: .get, headers: [.cookie: session])
            let report = try await client.execute(
                uri: "/api/v1/reports/occupancy?as_of=\(asOf)", method: .get, headers: [.cookie: session])
            // While the server runs, Chromium itself loads a page from it.
            let live = try await Chromium.runOffThread(
                chromium, Chromium.flags(folder) + ["--dump-dom", "http://127.0.0.1:\(client.port!)/dashboard/signin"])
            #expect(live.contains("name=\"token\""), "Chromium did not get the sign-in page: \(live.prefix(300))")
            return (String(buffer: page.body), String(buffer: report.body), client.port!)
        }
        #expect(port > 0)
        let file = folder.appendingPathComponent("dashboard.html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        let png = folder.appendingPathComponent("dashboard-\(language.rawValue).png")
        _ = try Chromium.run(
            chromium,
            Chromium.flags(folder) + ["--window-size=1100,2400", "--screenshot=\(png.path)", file.absoluteString])
        let dom = try Chromium.run(chromium, Chromium.flags(folder) + ["--dump-dom", file.absoluteString])
        if let keep = ProcessInfo.processInfo.environment["ESTATE_SCREENSHOTS"] {
            try? FileManager.default.copyItem(
                at: png, to: URL(fileURLWithPath: keep).appendingPathComponent(png.lastPathComponent))
        }
        let image = try Data(contentsOf: png)
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(image.count > 60_000, "the screenshot looks empty (\(image.count) bytes)")
        // One shape per plot of the store.
        let plots = try #require(try await server.store.loadEstate()).plots
        #expect(dom.components(separatedBy: "<polygon class=\"plot\"").count - 1 == plots.count)
        for plot in plots { #expect(dom.contains("data-code=\"\(plot.code)\""), "\(plot.code) missing") }
        // The occupancy figure on the page is the JSON report's.
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let total = try #require(report["total"] as? [String: Any])
        // From the exact areas (occupancy_by_area is itself rounded to four places).
        let leased = try #require(total["leased_m2"] as? NSNumber).doubleValue
        let leasable = try #require(total["leasable_m2"] as? NSNumber).doubleValue
        let percent = String(format: "%.1f", leased / leasable * 100)
        let shown = language == .indonesian ? percent.replacingOccurrences(of: ".", with: ",") : percent
        #expect(dom.contains("(\(shown)%)"), "the page does not show \(shown)% by area")
        #expect(dom.contains("\(total["plots_leased"]!) / \(total["plots_leasable"]!)"))
    }
}
