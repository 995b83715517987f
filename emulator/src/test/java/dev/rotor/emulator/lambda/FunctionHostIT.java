package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.rotor.emulator.lambda.TestFunctions.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

/** Real child JVMs under the real RIC, running the real fixture jar. */
class FunctionHostIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NAMES = new AtomicInteger();

    @TempDir
    static Path cache;

    static FunctionRegistry registry;
    static FunctionHost host;

    @BeforeAll
    static void startHost() {
        LambdaSettings settings = TestFunctions.settings(null, cache);
        registry = new FunctionRegistry(settings);
        host = new FunctionHost(settings, registry, FunctionHost.Options.defaults().withLogLimitBytes(64 * 1024)
                .withAppCds(false));
    }

    @AfterAll
    static void closeHost() {
        host.close();
    }

    private static FunctionDefinition register(String handler) {
        return register(handler, Map.of(), null);
    }

    private static FunctionDefinition register(String handler, Map<String, String> env, Duration timeout) {
        String name = "fn-" + NAMES.incrementAndGet();
        return registry.register(FunctionDefinition.of(name, TestFunctions.jar(), handler).withEnvironment(env)
                .withTimeout(timeout));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void echoes_an_event_through_the_runtime_interface_client() throws Exception {
        FunctionDefinition echo = register(PACKAGE + "Echo");

        Invocation invocation = host.invoke(echo.name(), "{\"hello\":\"world\",\"print\":\"line from the handler\"}");

        assertThat(invocation.outcome()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(invocation.coldStart()).isTrue();
        JsonNode response = json(invocation.response());
        assertThat(response.at("/echo/hello").asText()).isEqualTo("world");
        assertThat(response.get("requestId").asText()).isEqualTo(invocation.requestId());
        assertThat(response.get("functionName").asText()).isEqualTo(echo.name());
        assertThat(response.get("functionArn").asText())
                .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:" + echo.name())
                .isEqualTo(invocation.functionArn());
        assertThat(response.get("memoryLimitMb").asInt()).isEqualTo(512);
        assertThat(response.get("remainingMs").asLong()).isPositive().isLessThanOrEqualTo(30_000L);
        assertThat(invocation.logs()).contains("line from the handler");
        assertThat(host.recentInvocations(echo.name())).containsExactly(invocation);
    }

    @Test
    void runs_a_class_and_method_handler() {
        FunctionDefinition upper = register(PACKAGE + "Echo::upper");

        Invocation invocation = host.invoke(upper.name(), "\"quiet words\"");

        assertThat(invocation.outcome()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(invocation.response()).isEqualTo("\"QUIET WORDS\"");
    }

    @Test
    void unpacks_the_code_of_the_functions_registered_at_start_before_their_first_invocation(@TempDir Path work)
            throws Exception {
        LambdaSettings settings = TestFunctions.settings(work, cache);
        FunctionRegistry early = new FunctionRegistry(settings);
        early.register(FunctionDefinition.of("early", TestFunctions.jar(), PACKAGE + "Echo"));
        try (FunctionHost started = new FunctionHost(settings, early,
                FunctionHost.Options.defaults().withAppCds(false))) {
            Path tasks = work.resolve("lambda").resolve("task");
            started.prepare("early").get(30, TimeUnit.SECONDS);
            assertThat(unpacked(tasks, TestFunctions.jar().getFileName() + "-"))
                    .as("task root of 'early' unpacked without an invocation").isTrue();

            Invocation first = started.invoke("early", "{}");
            assertThat(first.outcome()).isInstanceOf(InvocationOutcome.Succeeded.class);
            assertThat(first.coldStart()).isTrue();
        }
    }

    private static boolean unpacked(Path tasks, String prefix) throws java.io.IOException {
        if (!Files.isDirectory(tasks)) {
            return false;
        }
        try (var roots = Files.list(tasks)) {
            return roots.anyMatch(root -> root.getFileName().toString().startsWith(prefix)
                    && Files.exists(root.resolve(".rotor-unzipped")));
        }
    }

    @Test
    void reuses_the_warm_process_for_the_next_invocation() throws Exception {
        FunctionDefinition echo = register(PACKAGE + "Echo");

        Invocation first = host.invoke(echo.name(), "{}");
        Invocation second = host.invoke(registry.arnOf(echo.name()), "{}");

        assertThat(first.coldStart()).isTrue();
        assertThat(second.coldStart()).isFalse();
        assertThat(json(second.response()).get("pid").asLong()).isEqualTo(json(first.response()).get("pid").asLong())
                .isEqualTo(host.processId(echo.name()).orElseThrow());
    }

    @Test
    void reports_a_handler_exception_as_a_user_exception_with_its_class() {
        FunctionDefinition thrower = register(PACKAGE + "Thrower");

        Invocation invocation = host.invoke(thrower.name(), "{\"why\":\"testing\"}");

        assertThat(invocation.failureKind()).contains(FailureKind.FUNCTION_ERROR);
        assertThat(invocation.error().functionErrorType()).isEqualTo("Runtime.UserException");
        assertThat(invocation.error().errorType()).isEqualTo(PACKAGE + "Thrower$RotationBroke");
        assertThat(invocation.error().errorMessage()).isEqualTo("it broke: testing");
        assertThat(invocation.error().stackTrace()).isNotEmpty();
        assertThat(host.invoke(thrower.name(), "{}").coldStart()).as("a user exception keeps the process").isFalse();
    }

    @Test
    void reports_a_missing_handler_class_as_bad_function_code() {
        FunctionDefinition missing = register(PACKAGE + "NoSuchHandler");

        Invocation invocation = host.invoke(missing.name(), "{}");

        assertThat(invocation.failureKind()).contains(FailureKind.FUNCTION_ERROR);
        assertThat(invocation.error().functionErrorType()).isEqualTo("Runtime.BadFunctionCode");
        assertThat(invocation.error().errorType()).isEqualTo("java.lang.ClassNotFoundException");
    }

    @Test
    void reports_a_throwing_constructor_as_an_init_error_and_retries_with_a_fresh_process() {
        FunctionDefinition broken = register(PACKAGE + "ConstructorFails");

        Invocation first = host.invoke(broken.name(), "{}");
        Invocation second = host.invoke(broken.name(), "{}");

        assertThat(first.failureKind()).contains(FailureKind.INIT_FAILED);
        assertThat(first.error().errorMessage()).contains("cannot initialise: missing configuration");
        assertThat(first.error().functionErrorType()).startsWith("Runtime.");
        assertThat(second.failureKind()).contains(FailureKind.INIT_FAILED);
        assertThat(second.coldStart()).isTrue();
    }

    @Test
    void reports_system_exit_as_a_crash_and_starts_a_fresh_process_next_time() {
        FunctionDefinition exiting = register(PACKAGE + "ExitingFunction");

        Invocation first = host.invoke(exiting.name(), "{}");

        assertThat(first.failureKind()).contains(FailureKind.CRASHED);
        assertThat(first.error().errorType()).isEqualTo("Runtime.ExitError");
        assertThat(first.error().errorMessage())
                .isEqualTo("RequestId: " + first.requestId() + " Error: Runtime exited with error: exit status 3");
        assertThat(first.logs()).contains("about to exit");
        assertThat(host.processId(exiting.name())).isEmpty();
        Invocation second = host.invoke(exiting.name(), "{}");
        assertThat(second.coldStart()).isTrue();
        assertThat(second.failureKind()).contains(FailureKind.CRASHED);
    }

    @Test
    void times_out_a_hanging_function_and_kills_its_process() throws Exception {
        FunctionDefinition hanging = register(PACKAGE + "HangingRotation", Map.of("HANG_AT_STEP", "finishSecret"),
                Duration.ofSeconds(2));
        Invocation warm = host.invoke(hanging.name(), rotationEvent("setSecret"));
        long pid = host.processId(hanging.name()).orElseThrow();
        assertThat(warm.failureKind()).as("no Secrets Manager here: the SDK call fails").contains(FailureKind.FUNCTION_ERROR);

        Invocation hung = host.invoke(hanging.name(), rotationEvent("finishSecret"));

        assertThat(hung.failureKind()).contains(FailureKind.TIMED_OUT);
        assertThat(hung.error().errorType()).isEqualTo("Sandbox.Timedout");
        assertThat(hung.error().errorMessage()).endsWith(hung.requestId() + " Task timed out after 2.00 seconds");
        assertThat(hung.duration()).as("not before its timeout").isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(hung.logs()).contains("hanging at step finishSecret");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(host.processId(hanging.name())).isEmpty();
    }

    @Test
    void truncates_the_logs_of_a_flooding_function_and_stays_well() {
        FunctionDefinition flood = register(PACKAGE + "Flood", Map.of("FLOOD_MB", "50"), null);

        Invocation invocation = host.invoke(flood.name(), "{}");

        assertThat(invocation.outcome()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(invocation.response()).isEqualTo("\"flooded\"");
        assertThat(invocation.logs()).hasSizeLessThan(70 * 1024).contains("[rotor: output truncated, ")
                .contains("flood done");
        assertThat(host.invoke(flood.name(), "{}").coldStart()).isFalse();
    }

    @Test
    void answers_a_large_response_or_error_whole_but_remembers_only_the_log_limit_of_each() {
        String large = "y".repeat(200_000);
        FunctionDefinition echo = register(PACKAGE + "Echo");
        FunctionDefinition thrower = register(PACKAGE + "Thrower");

        Invocation answered = host.invoke(echo.name(), "{\"large\":\"" + large + "\"}");
        Invocation failed = host.invoke(thrower.name(), "{\"why\":\"" + large + "\"}");

        assertThat(answered.response()).contains(large);
        assertThat(failed.error().errorMessage()).isEqualTo("it broke: " + large);
        Invocation rememberedAnswer = host.recentInvocations(echo.name()).get(0);
        Invocation rememberedFailure = host.recentInvocations(thrower.name()).get(0);
        assertThat(rememberedAnswer.response()).hasSizeLessThan(65 * 1024).contains("[rotor: truncated, ");
        assertThat(rememberedFailure.error().errorMessage()).hasSizeLessThan(65 * 1024).startsWith("it broke: yyy")
                .contains("[rotor: truncated, ");
        assertThat(rememberedFailure.error().errorType()).isEqualTo(PACKAGE + "Thrower$RotationBroke");
    }

    @Test
    void runs_two_functions_in_parallel_each_with_its_own_process_and_environment(@TempDir Path meeting)
            throws Exception {
        FunctionDefinition red = register(PACKAGE + "Echo", Map.of("COLOR", "red"), Duration.ofSeconds(20));
        FunctionDefinition blue = register(PACKAGE + "Echo", Map.of("COLOR", "blue"), Duration.ofSeconds(20));
        Path redArrived = meeting.resolve("red");
        Path blueArrived = meeting.resolve("blue");

        // each waits for the other to arrive: both answer only if they run at the same time
        CompletableFuture<Invocation> onRed = inThread(() -> host.invoke(red.name(),
                meetingEvent(redArrived, blueArrived)));
        CompletableFuture<Invocation> onBlue = inThread(() -> host.invoke(blue.name(),
                meetingEvent(blueArrived, redArrived)));
        Invocation redDone = onRed.join();
        Invocation blueDone = onBlue.join();

        assertThat(redDone.outcome()).as(redDone.logs()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(blueDone.outcome()).as(blueDone.logs()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(json(redDone.response()).at("/env/COLOR").asText()).isEqualTo("red");
        assertThat(json(blueDone.response()).at("/env/COLOR").asText()).isEqualTo("blue");
        assertThat(json(redDone.response()).get("pid").asLong())
                .isNotEqualTo(json(blueDone.response()).get("pid").asLong());
    }

    private static CompletableFuture<Invocation> inThread(java.util.function.Supplier<Invocation> call) {
        CompletableFuture<Invocation> done = new CompletableFuture<>();
        new Thread(() -> done.complete(call.get()), "invoker").start();
        return done;
    }

    private static String meetingEvent(Path arrive, Path await) {
        return "{\"arrive\":\"" + arrive + "\",\"awaitFile\":\"" + await + "\",\"env\":[\"COLOR\"]}";
    }

    @Test
    void serializes_invocations_of_one_function() {
        FunctionDefinition echo = register(PACKAGE + "Echo");
        host.invoke(echo.name(), "{}");
        String event = "{\"sleepMs\":300}";

        CompletableFuture<Invocation> one = inThread(() -> host.invoke(echo.name(), event));
        CompletableFuture<Invocation> other = inThread(() -> host.invoke(echo.name(), event));
        Invocation first = one.join().started().isBefore(other.join().started()) ? one.join() : other.join();
        Invocation second = first == one.join() ? other.join() : one.join();

        assertThat(first.outcome()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(second.outcome()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(second.started()).as("the second starts once the first has answered")
                .isAfterOrEqualTo(first.started().plus(first.duration()).minusMillis(1));
        assertThat(second.coldStart()).isFalse();
    }

    @Test
    void gives_the_function_lambdas_environment_and_its_own_variables() throws Exception {
        FunctionDefinition echo = register(PACKAGE + "Echo", Map.of("CUSTOM_SETTING", "on"), null);

        Invocation invocation = host.invoke(echo.name(), "{\"env\":[\"AWS_ENDPOINT_URL_SECRETS_MANAGER\","
                + "\"SECRETS_MANAGER_ENDPOINT\",\"AWS_REGION\",\"AWS_LAMBDA_FUNCTION_NAME\",\"AWS_EC2_METADATA_DISABLED\","
                + "\"AWS_EXECUTION_ENV\",\"LAMBDA_TASK_ROOT\",\"CUSTOM_SETTING\",\"HOME\",\"AWS_ACCESS_KEY_ID\"]}");

        JsonNode response = json(invocation.response());
        JsonNode env = response.get("env");
        assertThat(env.get("AWS_ENDPOINT_URL_SECRETS_MANAGER").asText()).isEqualTo(TestFunctions.ENDPOINT.toString());
        assertThat(env.get("SECRETS_MANAGER_ENDPOINT").asText()).isEqualTo(TestFunctions.ENDPOINT.toString());
        assertThat(env.get("AWS_REGION").asText()).isEqualTo("eu-west-1");
        assertThat(env.get("AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo(echo.name());
        assertThat(env.get("AWS_EC2_METADATA_DISABLED").asText()).isEqualTo("true");
        assertThat(env.get("AWS_EXECUTION_ENV").asText()).isEqualTo("AWS_Lambda_java17");
        assertThat(env.get("CUSTOM_SETTING").asText()).isEqualTo("on");
        assertThat(env.get("AWS_ACCESS_KEY_ID").asText()).isNotBlank();
        assertThat(env.hasNonNull("HOME")).as("a clean environment").isFalse();
        assertThat(env.get("LAMBDA_TASK_ROOT").asText()).isEqualTo(response.get("cwd").asText());
    }

    @Test
    void builds_an_sdk_client_with_the_configured_region() {
        FunctionDefinition sdk = register(PACKAGE + "SdkClientFunction");

        Invocation invocation = host.invoke(sdk.name(), "{}");

        assertThat(invocation.outcome()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(invocation.response()).isEqualTo("\"eu-west-1\"");
    }

    @Test
    void restarts_the_process_when_the_definition_changes() throws Exception {
        FunctionDefinition echo = register(PACKAGE + "Echo", Map.of("COLOR", "red"), null);
        host.invoke(echo.name(), "{}");

        registry.register(echo.withEnvironment(Map.of("COLOR", "green")));
        Invocation after = host.invoke(echo.name(), "{\"env\":[\"COLOR\"]}");

        assertThat(after.coldStart()).isTrue();
        assertThat(json(after.response()).at("/env/COLOR").asText()).isEqualTo("green");
    }

    @Test
    void runs_a_provided_runtime_bootstrap() throws Exception {
        FunctionDefinition provided = registry.register(new FunctionDefinition("provided-" + NAMES.incrementAndGet(),
                TestFunctions.providedEcho(), null, Map.of("GREETING", "hi"), null, 0, FunctionRuntime.PROVIDED, null,
                null));

        Invocation first = host.invoke(provided.name(), "{\"n\":1}");
        Invocation second = host.invoke(provided.name(), "{\"n\":2}");

        assertThat(first.outcome()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(json(first.response()).get("greeting").asText()).isEqualTo("hi");
        assertThat(json(second.response()).at("/event/n").asInt()).isEqualTo(2);
        assertThat(second.coldStart()).isFalse();
        assertThat(first.logs()).contains("bootstrap init").contains("provided runtime got {\"n\":1}");
    }

    @Test
    void runs_a_java_zip_package_with_its_jars_under_lib(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("function.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("lib/rotor-test-functions.jar"));
            Files.copy(TestFunctions.jar(), out);
            out.closeEntry();
        }
        FunctionDefinition zipped = FunctionDefinition.of("zipped-" + NAMES.incrementAndGet(), zip, PACKAGE + "Echo");
        host.check(zipped);
        registry.register(zipped);

        Invocation invocation = host.invoke(zipped.name(), "{\"hello\":\"zip\"}");

        assertThat(invocation.outcome()).as(invocation.logs()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(json(invocation.response()).at("/echo/hello").asText()).isEqualTo("zip");
    }

    @Test
    void reports_a_missing_jar_as_an_init_failure() {
        FunctionDefinition missing = registry.register(FunctionDefinition.of("missing-" + NAMES.incrementAndGet(),
                Path.of("/nonexistent/function.jar"), PACKAGE + "Echo"));

        Invocation invocation = host.invoke(missing.name(), "{}");

        assertThat(invocation.failureKind()).contains(FailureKind.INIT_FAILED);
        assertThat(invocation.error().errorMessage()).contains("/nonexistent/function.jar");
    }

    static String rotationEvent(String step) {
        return "{\"Step\":\"" + step + "\",\"SecretId\":\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:s-AbCdEf\","
                + "\"ClientRequestToken\":\"11111111-2222-3333-4444-555555555555\","
                + "\"RotationToken\":\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"}";
    }
}
