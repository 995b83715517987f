package dev.rotor.harness.cli;

import dev.rotor.emulator.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rotor} command line: {@code serve} (the emulator module's command) and {@code run} (scenarios). */
@Command(name = "rotor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Test AWS Secrets Manager rotation without AWS.",
        subcommands = {ServeCommand.class, RunCommand.class})
public final class RotorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with Rotor's error handling: a failure is one line on stderr and exit code 2. */
    public static CommandLine commandLine() {
        return ServeCommand.commandLine(new RotorCommand());
    }
}
