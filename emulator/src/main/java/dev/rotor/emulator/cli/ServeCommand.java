package dev.rotor.emulator.cli;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.admin.FunctionInfo;
import dev.rotor.emulator.lambda.FunctionConfigFile;
import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.emulator.rotation.RotationSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code rotor serve}: runs the Secrets Manager emulator until SIGTERM or Ctrl-C (or until its thread is
 * interrupted). The main class of the emulator's standalone jar; {@code rotor} registers it as a subcommand. Writes to
 * the command line's output stream. Every option can also come from a {@code ROTOR_*} environment variable
 * ({@link EnvironmentDefaults}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = ServeCommand.Version.class,
        defaultValueProvider = EnvironmentDefaults.class,
        description = "Start the Secrets Manager emulator (AWS JSON 1.1 on POST /, control plane under /_rotor/)."
                + " Each option's default can be set by an environment variable: --data-dir by ROTOR_DATA_DIR,"
                + " --sync-rotation by ROTOR_SYNC_ROTATION=true, and so on.")
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "" + EmulatorConfig.DEFAULT_PORT, description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--data-dir", description = "Keep state in this directory (durable across restarts). Default: in memory.")
    Path dataDir;

    @Option(names = "--region", defaultValue = "us-east-1", description = "Region in ARNs (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--account-id", defaultValue = "000000000000", description = "Account id in ARNs (default: ${DEFAULT-VALUE}).")
    String accountId;

    @Option(names = "--function", paramLabel = "SPEC",
            description = "Register a rotation function: name=N,code=JAR|ZIP|DIR,handler=H[,env.KEY=VALUE]"
                    + "[,timeout=30s][,memory=512][,runtime=java17|java21|python3.9..python3.13|provided][,java=PATH]"
                    + "[,python=PATH]. H is pkg.Class[::method] for Java, module.function for Python. Repeatable.")
    List<String> functions = new ArrayList<>();

    @Option(names = "--functions-file", paramLabel = "FILE",
            description = "Register the functions listed in a YAML or JSON file.")
    Path functionsFile;

    @Option(names = "--rotation-retries", defaultValue = "0",
            description = "Retries of a failed rotation, with the same token (default: ${DEFAULT-VALUE}).")
    int rotationRetries;

    @Option(names = "--rotation-retry-delay", defaultValue = "1s",
            description = "Delay between rotation retries (default: ${DEFAULT-VALUE}).")
    String rotationRetryDelay;

    @Option(names = "--sync-rotation", description = "RotateSecret answers once the rotation has finished.")
    boolean syncRotation;

    @Option(names = "--journal-retention", defaultValue = "20000",
            description = "Journal events kept (default: ${DEFAULT-VALUE}).")
    int journalRetention;

    @Option(names = "--allowed-hosts", split = ",", paramLabel = "HOST", defaultValue = "${env:ROTOR_ALLOWED_HOSTS}",
            description = "More host names requests may use in Host and browsers in Origin (name or *.domain),"
                    + " comma-separated; default: $ROTOR_ALLOWED_HOSTS. IP addresses, localhost, *.localhost,"
                    + " names without a dot, host.docker.internal and host.containers.internal are always accepted.")
    List<String> allowedHosts = new ArrayList<>();

    /** Runs {@code serve} as its own program: a failure is one line on stderr and exit code 2. */
    public static void main(String[] args) {
        // the standalone jar's logging (slf4j-simple), as quiet as rotor.jar's unless set on the command line
        quietByDefault("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        quietByDefault("org.slf4j.simpleLogger.log.io.javalin", "warn");
        System.exit(commandLine(new ServeCommand()).execute(args));
    }

    private static void quietByDefault(String property, String level) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, level);
        }
    }

    /** A command line with Rotor's error handling: a failure is one line on stderr and exit code 2. */
    public static CommandLine commandLine(Object command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("rotor: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Emulator emulator = Emulator.start(config());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop(out, emulator);
            stopped.countDown();
        }, "rotor-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ReadyBanner.of(emulator).lines().forEach(out::println);
        for (FunctionInfo function : emulator.admin().functions()) {
            out.println("rotor: function " + function.name() + " = " + function.arn());
        }
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                stop(out, emulator);
            } catch (IllegalStateException shuttingDown) {
                // the hook stops it
            }
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void stop(PrintWriter out, Emulator emulator) {
        out.println("rotor: stopping");
        out.flush();
        emulator.stop();
    }

    /** The emulator's settings from the options (and the {@code ROTOR_*} variables). */
    EmulatorConfig config() {
        EmulatorConfig config = EmulatorConfig.defaults().withHost(host).withPort(port).withDataDir(dataDir)
                .withRegion(region).withAccountId(accountId).withJournalRetention(journalRetention)
                .withAllowedHosts(allowedHosts == null ? List.of() : allowedHosts)
                .withRotation(RotationSettings.defaults()
                        .withRetries(rotationRetries, FunctionDefinition.parseTimeout(rotationRetryDelay))
                        .withSynchronous(syncRotation));
        if (functionsFile != null) {
            for (FunctionDefinition function : FunctionConfigFile.load(functionsFile)) {
                config = config.withFunction(function);
            }
        }
        for (String function : functions) {
            config = config.withFunction(FunctionDefinition.parse(function));
        }
        return config;
    }

    /** {@code --version}. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rotor " + Emulator.version()};
        }
    }
}
