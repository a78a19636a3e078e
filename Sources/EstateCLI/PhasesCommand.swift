import ArgumentParser
import EstateDomain
import EstateOperations
import EstateStore

/// `estate phases add`: a phase of an estate, built or planned (until now phases came only from
/// the seed folder).
struct PhasesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phases", abstract: "Add a phase to an estate.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a phase: its number, name, gross land and how the land is divided.")

        @Argument(help: "The phase number, e.g. 3.")
        var number: Int

        @Option(help: "The phase's name, e.g. \"Tahap 3\".")
        var name: String

        @Option(name: .customLong("gross-m2"), help: "The phase's gross land in m², e.g. 12000 or 12.000,5.")
        var grossM2: String

        @Option(name: .customLong("plot-share"), help: "The share of the land for plots, in whole percent, e.g. 70.")
        var plotShare: Int

        @Option(
            name: .customLong("green-share"),
            help: "The share for green space and buffer, in whole percent, e.g. 10 (roads and utilities take the rest).")
        var greenShare: Int

        @Option(name: .customLong("opens-on"), help: "The first day its plots can be leased (omit while only planned).")
        var opensOn: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let phase = try parsed {
                    guard number >= 1 else {
                        throw InputError(
                            field: "number", value: String(number), problem: "is not a phase number",
                            fix: "Number phases from 1, e.g. 3 for the third.")
                    }
                    return Phase(
                        id: number,
                        name: try FreeText.checked(name, field: "--name", limit: 200, example: "Tahap 3"),
                        grossArea: try Area(parsing: grossM2, field: "--gross-m2"),
                        landUse: try LandUseSplit(
                            leasablePercent: plotShare, greenBufferPercent: greenShare,
                            roadsUtilitiesPercent: 100 - plotShare - greenShare),
                        opensOn: try opensOn.map { try CivilDate(parsing: $0, field: "--opens-on") }, boundary: nil)
                }
                let summary = try await options.operations { try await $0.addPhase(phase, actor: currentActor) }
                options.output.say(
                    summary.totalInserted == 0
                        ? "Phase \(phase.id) is already there with the same values; nothing written."
                        : "Added phase \(phase.id) (\(phase.name)): \(phase.grossArea.format(options.language)) gross, "
                            + "\(phase.landUse.leasablePercent)% for plots, "
                            + (phase.opensOn.map { "opens \($0.format(options.language))." } ?? "planned."))
            }
        }
    }
}
