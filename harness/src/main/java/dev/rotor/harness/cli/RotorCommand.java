package dev.rotor.harness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rotor} command line: {@code serve} runs the emulator, {@code run} runs scenarios. */
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
        CommandLine commandLine = new CommandLine(new RotorCommand());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("rotor: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        });
        return commandLine;
    }
}
