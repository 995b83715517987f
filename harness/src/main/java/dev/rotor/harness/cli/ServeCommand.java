package dev.rotor.harness.cli;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code rotor serve}: runs the Secrets Manager emulator until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the Secrets Manager emulator (AWS JSON 1.1 on POST /, control plane under /_rotor/).")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "4566", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--data-dir", description = "Keep state in this directory (durable across restarts). Default: in memory.")
    Path dataDir;

    @Option(names = "--region", defaultValue = "us-east-1", description = "Region in ARNs (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--account-id", defaultValue = "000000000000", description = "Account id in ARNs (default: ${DEFAULT-VALUE}).")
    String accountId;

    @Override
    public Integer call() throws InterruptedException {
        EmulatorConfig config = EmulatorConfig.defaults().withHost(host).withPort(port).withDataDir(dataDir)
                .withRegion(region).withAccountId(accountId);
        Emulator emulator = Emulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("rotor: stopping");
            emulator.stop();
            stopped.countDown();
        }, "rotor-shutdown"));
        System.out.println("rotor: Secrets Manager emulator ready at " + emulator.endpoint()
                + (dataDir == null ? " (in memory)" : " (data in " + dataDir.toAbsolutePath() + ")"));
        System.out.flush();
        stopped.await();
        return 0;
    }
}
