package dev.rotor.harness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rotor} command line: {@code serve} runs the emulator, {@code run} runs scenarios. */
@Command(name = "rotor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Test AWS Secrets Manager rotation without AWS.",
        subcommands = {ServeCommand.class})
public final class RotorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new RotorCommand()).execute(args));
    }
}
