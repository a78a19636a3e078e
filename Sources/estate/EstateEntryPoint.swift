import ArgumentParser
import EstateCLI

// The `estate` executable: everything lives in `EstateCLI`, where tests can reach it.
// `@main` here lets ArgumentParser pick its async entry point for the root command.
@main
extension EstateCommand {}
