package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

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

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.SUCCEEDED);
        assertThat(invocation.coldStart()).isTrue();
        JsonNode response = json(invocation.response());
        assertThat(response.at("/echo/hello").asText()).isEqualTo("world");
        assertThat(response.get("requestId").asText()).isEqualTo(invocation.requestId());
        assertThat(response.get("functionName").asText()).isEqualTo(echo.name());
        assertThat(response.get("functionArn").asText())
                .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:" + echo.name())
                .isEqualTo(invocation.functionArn());
        assertThat(response.get("memoryLimitMb").asInt()).isEqualTo(512);
        assertThat(response.get("remainingMs").asLong()).isBetween(20_000L, 30_000L);
        assertThat(invocation.logs()).contains("line from the handler");
        assertThat(host.recentInvocations(echo.name())).containsExactly(invocation);
    }

    @Test
    void runs_a_class_and_method_handler() {
        FunctionDefinition upper = register(PACKAGE + "Echo::upper");

        Invocation invocation = host.invoke(upper.name(), "\"quiet words\"");

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.SUCCEEDED);
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
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!unpacked(tasks, "early-") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(unpacked(tasks, "early-")).as("task root of 'early' unpacked without an invocation").isTrue();

            Invocation first = started.invoke("early", "{}");
            assertThat(first.outcome()).isEqualTo(Invocation.Outcome.SUCCEEDED);
            assertThat(first.coldStart()).isTrue();
        }
    }

    private static boolean unpacked(Path tasks, String prefix) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(tasks)) {
            return false;
        }
        try (var roots = java.nio.file.Files.list(tasks)) {
            return roots.anyMatch(root -> root.getFileName().toString().startsWith(prefix)
                    && java.nio.file.Files.exists(root.resolve(".rotor-unzipped")));
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

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.FAILED);
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

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.FAILED);
        assertThat(invocation.error().functionErrorType()).isEqualTo("Runtime.BadFunctionCode");
        assertThat(invocation.error().errorType()).isEqualTo("java.lang.ClassNotFoundException");
    }

    @Test
    void reports_a_throwing_constructor_as_an_init_error_and_retries_with_a_fresh_process() {
        FunctionDefinition broken = register(PACKAGE + "ConstructorFails");

        Invocation first = host.invoke(broken.name(), "{}");
        Invocation second = host.invoke(broken.name(), "{}");

        assertThat(first.outcome()).isEqualTo(Invocation.Outcome.INIT_FAILED);
        assertThat(first.error().errorMessage()).contains("cannot initialise: missing configuration");
        assertThat(first.error().functionErrorType()).startsWith("Runtime.");
        assertThat(second.outcome()).isEqualTo(Invocation.Outcome.INIT_FAILED);
        assertThat(second.coldStart()).isTrue();
    }

    @Test
    void reports_system_exit_as_a_crash_and_starts_a_fresh_process_next_time() {
        FunctionDefinition exiting = register(PACKAGE + "ExitingFunction");

        Invocation first = host.invoke(exiting.name(), "{}");

        assertThat(first.outcome()).isEqualTo(Invocation.Outcome.CRASHED);
        assertThat(first.error().errorType()).isEqualTo("Runtime.ExitError");
        assertThat(first.error().errorMessage())
                .isEqualTo("RequestId: " + first.requestId() + " Error: Runtime exited with error: exit status 3");
        assertThat(first.logs()).contains("about to exit");
        assertThat(host.processId(exiting.name())).isEmpty();
        Invocation second = host.invoke(exiting.name(), "{}");
        assertThat(second.coldStart()).isTrue();
        assertThat(second.outcome()).isEqualTo(Invocation.Outcome.CRASHED);
    }

    @Test
    void times_out_a_hanging_function_and_kills_its_process() throws Exception {
        FunctionDefinition hanging = register(PACKAGE + "HangingRotation", Map.of("HANG_AT_STEP", "finishSecret"),
                Duration.ofSeconds(2));
        Invocation warm = host.invoke(hanging.name(), rotationEvent("setSecret"));
        long pid = host.processId(hanging.name()).orElseThrow();
        assertThat(warm.outcome()).as("no Secrets Manager here: the SDK call fails").isEqualTo(Invocation.Outcome.FAILED);

        Invocation hung = host.invoke(hanging.name(), rotationEvent("finishSecret"));

        assertThat(hung.outcome()).isEqualTo(Invocation.Outcome.TIMED_OUT);
        assertThat(hung.error().errorType()).isEqualTo("Sandbox.Timedout");
        assertThat(hung.error().errorMessage()).endsWith(hung.requestId() + " Task timed out after 2.00 seconds");
        assertThat(hung.duration()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(6));
        assertThat(hung.logs()).contains("hanging at step finishSecret");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(host.processId(hanging.name())).isEmpty();
    }

    @Test
    void truncates_the_logs_of_a_flooding_function_and_stays_well() {
        FunctionDefinition flood = register(PACKAGE + "Flood", Map.of("FLOOD_MB", "50"), null);

        Invocation invocation = host.invoke(flood.name(), "{}");

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.SUCCEEDED);
        assertThat(invocation.response()).isEqualTo("\"flooded\"");
        assertThat(invocation.logs()).hasSizeLessThan(70 * 1024).contains("[rotor: output truncated, ")
                .contains("flood done");
        assertThat(host.invoke(flood.name(), "{}").coldStart()).isFalse();
    }

    @Test
    void runs_two_functions_in_parallel_each_with_its_own_process_and_environment() throws Exception {
        FunctionDefinition red = register(PACKAGE + "Echo", Map.of("COLOR", "red"), null);
        FunctionDefinition blue = register(PACKAGE + "Echo", Map.of("COLOR", "blue"), null);
        host.invoke(red.name(), "{}");
        host.invoke(blue.name(), "{}");
        String event = "{\"sleepMs\":1500,\"env\":[\"COLOR\"]}";

        long start = System.nanoTime();
        CompletableFuture<Invocation> onRed = CompletableFuture.supplyAsync(() -> host.invoke(red.name(), event));
        CompletableFuture<Invocation> onBlue = CompletableFuture.supplyAsync(() -> host.invoke(blue.name(), event));
        JsonNode redAnswer = json(onRed.join().response());
        JsonNode blueAnswer = json(onBlue.join().response());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(redAnswer.at("/env/COLOR").asText()).isEqualTo("red");
        assertThat(blueAnswer.at("/env/COLOR").asText()).isEqualTo("blue");
        assertThat(redAnswer.get("pid").asLong()).isNotEqualTo(blueAnswer.get("pid").asLong());
        assertThat(elapsed).as("ran in parallel").isLessThan(Duration.ofMillis(2900));
    }

    @Test
    void serializes_invocations_of_one_function() {
        FunctionDefinition echo = register(PACKAGE + "Echo");
        host.invoke(echo.name(), "{}");
        String event = "{\"sleepMs\":500}";

        long start = System.nanoTime();
        CompletableFuture<Invocation> first = CompletableFuture.supplyAsync(() -> host.invoke(echo.name(), event));
        CompletableFuture<Invocation> second = CompletableFuture.supplyAsync(() -> host.invoke(echo.name(), event));
        assertThat(first.join().outcome()).isEqualTo(Invocation.Outcome.SUCCEEDED);
        assertThat(second.join().outcome()).isEqualTo(Invocation.Outcome.SUCCEEDED);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
        assertThat(second.join().coldStart()).isFalse();
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

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.SUCCEEDED);
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
                TestFunctions.providedEcho(), null, Map.of("GREETING", "hi"), null, 0, FunctionRuntime.PROVIDED, null));

        Invocation first = host.invoke(provided.name(), "{\"n\":1}");
        Invocation second = host.invoke(provided.name(), "{\"n\":2}");

        assertThat(first.outcome()).isEqualTo(Invocation.Outcome.SUCCEEDED);
        assertThat(json(first.response()).get("greeting").asText()).isEqualTo("hi");
        assertThat(json(second.response()).at("/event/n").asInt()).isEqualTo(2);
        assertThat(second.coldStart()).isFalse();
        assertThat(first.logs()).contains("bootstrap init").contains("provided runtime got {\"n\":1}");
    }

    @Test
    void reports_a_missing_jar_as_an_init_failure() {
        FunctionDefinition missing = registry.register(FunctionDefinition.of("missing-" + NAMES.incrementAndGet(),
                Path.of("/nonexistent/function.jar"), PACKAGE + "Echo"));

        Invocation invocation = host.invoke(missing.name(), "{}");

        assertThat(invocation.outcome()).isEqualTo(Invocation.Outcome.INIT_FAILED);
        assertThat(invocation.error().errorMessage()).contains("/nonexistent/function.jar");
    }

    static String rotationEvent(String step) {
        return "{\"Step\":\"" + step + "\",\"SecretId\":\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:s-AbCdEf\","
                + "\"ClientRequestToken\":\"11111111-2222-3333-4444-555555555555\","
                + "\"RotationToken\":\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"}";
    }
}
