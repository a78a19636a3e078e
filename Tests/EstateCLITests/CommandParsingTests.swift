import ArgumentParser
import EstateDomain
import EstateReports
import Testing

@testable import EstateCLI

/// The command line as ArgumentParser reads it: options land where they should, and bad
/// input is refused as a usage error (exit 64) before anything runs.
@Suite("Command parsing")
struct CommandParsingTests {
    @Test("report: kind, format, CSV options, date and language")
    func report() throws {
        // act
        let command = try EstateCommand.parseAsRoot([
            "report", "vacancy", "--format", "csv", "--separator", "semicolon", "--bom", "--section", "plots",
            "--as-of", "22/11/2026", "--lang", "id", "--output", "v.csv", "--database", "sqlite:/tmp/x.sqlite",
        ])
        // check
        let report = try #require(command as? ReportCommand)
        #expect(report.kind == .vacancy)
        #expect(report.options.format == .csv)
        #expect(report.separator == .semicolon)
        #expect(report.bom)
        #expect(report.section == "plots")
        #expect(report.output == "v.csv")
        #expect(report.options.date == CivilDate(year: 2026, month: 11, day: 22))
        #expect(report.options.language == .indonesian)
        #expect(report.options.store.location == "sqlite:/tmp/x.sqlite")
    }

    @Test("every report kind parses", arguments: ReportKind.allCases)
    func reportKinds(kind: ReportKind) throws {
        let command = try EstateCommand.parseAsRoot(["report", kind.rawValue])
        #expect((command as? ReportCommand)?.kind == kind)
    }

    @Test("plots list filters, declare figures, lease terminate reason, allocate policy and seed")
    func subcommands() throws {
        let list = try #require(
            try EstateCommand.parseAsRoot(["plots", "list", "--phase", "1", "--status", "vacant", "-q"])
                as? PlotsCommand.List)
        #expect(list.phase == 1)
        #expect(list.status == .vacant)
        #expect(list.options.output.quiet)
        let declare = try #require(
            try EstateCommand.parseAsRoot([
                "declare", "9120999000013", "--year", "2025", "--turnover", "Rp50.000.000.000", "--workers", "15",
                "--local-workers", "9", "--investment", "2 miliar",
            ]) as? DeclareCommand)
        #expect(declare.turnover == "Rp50.000.000.000")
        #expect(declare.localWorkers == 9)
        let terminate = try #require(
            try EstateCommand.parseAsRoot(["lease", "terminate", "A-03", "--on", "2026-12-01", "--reason", "tutup"])
                as? LeaseCommand.Terminate)
        #expect(terminate.plot == "A-03")
        #expect(terminate.reason == "tutup")
        let allocate = try #require(
            try EstateCommand.parseAsRoot(["allocate", "--policy", "scored", "--seed", "42", "--commit"])
                as? AllocateCommand)
        #expect(allocate.policy == .scored)
        #expect(allocate.seed == 42)
        #expect(allocate.commit)
        #expect(try EstateCommand.parseAsRoot(["plots"]) is PlotsCommand.List)
        #expect(try EstateCommand.parseAsRoot([]) is OverviewCommand)
    }

    @Test(
        "bad usage is refused with exit code 64",
        arguments: [
            ["report", "nonsense"], ["report", "occupancy", "--format", "pdf"], ["check", "--lang", "fr"],
            ["check", "--as-of", "31/02/2026"], ["allocate", "--policy", "random"],
            ["lease", "terminate", "A-03"], ["lease", "terminate", "A-03", "--reason", " "],
            ["declare", "9120999000013", "--year", "2025"],
            ["plots", "list", "--status", "sold"], ["report", "occupancy", "--separator", "tab"],
        ])
    func refused(arguments: [String]) {
        do {
            _ = try EstateCommand.parseAsRoot(arguments)
            Issue.record("\(arguments) parsed")
        } catch {
            #expect(EstateCommand.exitCode(for: error).rawValue == 64, "\(arguments): \(error)")
        }
    }

    @Test("the language comes from --lang, then ESTATE_LANG, then the locale, then English")
    func languageDefault() throws {
        let explicit = try #require(try EstateCommand.parseAsRoot(["check", "--lang", "en"]) as? CheckCommand)
        #expect(explicit.options.language == .english)
    }
}
