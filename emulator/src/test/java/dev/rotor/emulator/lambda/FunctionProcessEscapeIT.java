package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No process a function starts outlives its invocation's kill or the emulator, not even a daemon in a session of its
 * own that init adopted: with a cgroup per process where the system allows, and with the environment-marker sweep.
 */
class FunctionProcessEscapeIT {
    private static final Pattern STARTED = Pattern.compile("started daemon (\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path cache;

    private static FunctionDefinition daemonStarter(String name, Duration timeout) {
        return new FunctionDefinition(name, TestFunctions.providedDaemon(), null, Map.of(), timeout, 0,
                FunctionRuntime.PROVIDED, null, null);
    }

    /** The daemon an invocation started (its logs say which), running. */
    private static ProcessHandle runningDaemonIn(String logs) {
        ProcessHandle daemon = ProcessHandle.of(daemonPid(logs)).orElseThrow();
        assertThat(MarkedProcesses.running(daemon)).as("the daemon runs until something kills it").isTrue();
        return daemon;
    }

    private static long daemonPid(String logs) {
        Matcher started = STARTED.matcher(logs);
        assertThat(started.find()).as(logs).isTrue();
        return Long.parseLong(started.group(1));
    }

    /** Whether the process runs (a killed orphan may linger as a zombie until init reaps it: it runs nothing). */
    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(MarkedProcesses::running).orElse(false);
    }

    @ParameterizedTest(name = "cgroups {0}")
    @ValueSource(booleans = {true, false})
    void a_daemon_started_by_a_function_does_not_outlive_its_timeout_kill(boolean cgroups) {
        LambdaSettings settings = TestFunctions.settings(null, cache);
        FunctionRegistry registry = new FunctionRegistry(settings);
        registry.register(daemonStarter("escapes", Duration.ofSeconds(1)));
        try (FunctionHost host = new FunctionHost(settings, registry,
                FunctionHost.Options.defaults().withAppCds(false).withCgroups(cgroups))) {
            ProcessHandle earlier = runningDaemonIn(host.invoke("escapes", "{}").logs());

            Invocation hung = host.invoke("escapes", "{\"hang\":true}");

            assertThat(hung.failureKind()).contains(FailureKind.TIMED_OUT);
            assertThat(running(daemonPid(hung.logs()))).as("the hung invocation's daemon: %s", hung.logs()).isFalse();
            assertThat(MarkedProcesses.running(earlier)).as("the earlier invocation's daemon went with the process")
                    .isFalse();
        }
    }

    @ParameterizedTest(name = "cgroups {0}")
    @ValueSource(booleans = {true, false})
    void a_daemon_started_by_a_python_function_does_not_outlive_its_timeout_kill(boolean cgroups) {
        TestFunctions.requirePythonWithBoto3();
        LambdaSettings settings = TestFunctions.settings(null, cache);
        FunctionRegistry registry = new FunctionRegistry(settings);
        registry.register(new FunctionDefinition("escapes-py", TestFunctions.pythonFunctions(), "daemon.lambda_handler",
                Map.of(), Duration.ofSeconds(2), 0, FunctionRuntime.PYTHON311, null, null));
        try (FunctionHost host = new FunctionHost(settings, registry,
                FunctionHost.Options.defaults().withAppCds(false).withCgroups(cgroups))) {
            Invocation first = host.invoke("escapes-py", "{}");
            ProcessHandle earlier = runningDaemonIn(first.logs());

            Invocation hung = host.invoke("escapes-py", "{\"hang\":true}");

            assertThat(hung.failureKind()).contains(FailureKind.TIMED_OUT);
            assertThat(running(daemonPid(hung.logs()))).as("the hung invocation's daemon: %s", hung.logs()).isFalse();
            assertThat(MarkedProcesses.running(earlier)).as("the earlier invocation's daemon went with the process")
                    .isFalse();
        }
    }

    @ParameterizedTest(name = "cgroups {0}")
    @ValueSource(booleans = {true, false})
    void a_daemon_started_by_a_function_does_not_outlive_the_emulator(boolean cgroups) throws Exception {
        Emulator emulator = Emulator.start(EmulatorConfig.defaults()
                        .withFunction(daemonStarter("escapes", Duration.ofSeconds(30))),
                FunctionHost.Options.defaults().withAppCds(false).withCgroups(cgroups));
        ProcessHandle daemon;
        try {
            Invocation invocation = emulator.admin().invoke("escapes", "{}");
            daemon = runningDaemonIn(invocation.logs());
            assertThat(JSON.readTree(invocation.response()).get("daemon").asLong()).isEqualTo(daemon.pid());
        } finally {
            emulator.stop();
        }

        assertThat(MarkedProcesses.running(daemon)).isFalse();
    }
}
