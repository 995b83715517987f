package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Python functions under the bootstrap Rotor ships (the interpreters here cannot import awslambdaric), checked against
 * the contract of Lambda's Python runtime: handler forms, the context, errors, init errors, timeouts, logging, and
 * boto3 provided by the runtime.
 */
class PythonRuntimeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NAMES = new AtomicInteger();

    @TempDir
    static Path cache;

    static FunctionRegistry registry;
    static FunctionHost host;

    @BeforeAll
    static void startHost() {
        TestFunctions.requirePythonWithBoto3();
        LambdaSettings settings = TestFunctions.settings(null, cache);
        registry = new FunctionRegistry(settings);
        host = new FunctionHost(settings, registry, FunctionHost.Options.defaults().withAppCds(false));
    }

    @AfterAll
    static void closeHost() {
        if (host != null) {
            host.close();
        }
    }

    private static FunctionDefinition register(Path code, String handler, Duration timeout, Path python) {
        FunctionDefinition function = new FunctionDefinition("py-" + NAMES.incrementAndGet(), code, handler, Map.of(),
                timeout, 0, FunctionRuntime.PYTHON311, null, python);
        host.check(function);
        return registry.register(function);
    }

    private static FunctionDefinition register(String handler) {
        return register(TestFunctions.pythonFunctions(), handler, null, null);
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Test
    void hands_the_handler_its_event_and_lambdas_context() throws Exception {
        FunctionDefinition echo = register("echo.lambda_handler");

        Invocation invocation = host.invoke(echo.name(), "{\"say\":\"rotor\",\"env\":[\"AWS_EXECUTION_ENV\","
                + "\"LAMBDA_TASK_ROOT\",\"_HANDLER\"]}");

        assertThat(invocation.outcome()).as(invocation.logs()).isInstanceOf(InvocationOutcome.Succeeded.class);
        JsonNode response = json(invocation.response());
        assertThat(response.at("/event/say").asText()).isEqualTo("rotor");
        assertThat(response.get("requestId").asText()).isEqualTo(invocation.requestId());
        assertThat(response.get("functionName").asText()).isEqualTo(echo.name());
        assertThat(response.get("functionVersion").asText()).isEqualTo("$LATEST");
        assertThat(response.get("memoryLimitInMb").asText()).as("a string, as in Lambda").isEqualTo("512");
        assertThat(response.get("invokedFunctionArn").asText())
                .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:" + echo.name());
        assertThat(response.get("logGroupName").asText()).isEqualTo("/aws/lambda/" + echo.name());
        assertThat(response.get("logStreamName").asText()).contains("[$LATEST]");
        assertThat(response.get("remainingMs").asLong()).isPositive().isLessThanOrEqualTo(30_000L);
        assertThat(response.get("identityId").isNull()).isTrue();
        assertThat(response.get("clientContext").isNull()).isTrue();
        assertThat(response.at("/env/AWS_EXECUTION_ENV").asText()).isEqualTo("AWS_Lambda_python3.11");
        assertThat(response.at("/env/_HANDLER").asText()).isEqualTo("echo.lambda_handler");
        assertThat(response.get("firstOnPath").asText()).as("the task root comes first on sys.path")
                .isEqualTo(response.at("/env/LAMBDA_TASK_ROOT").asText())
                .isEqualTo(response.get("cwd").asText())
                .isEqualTo(TestFunctions.pythonFunctions().toString());
        assertThat(response.get("region").asText()).as("boto3, provided by the runtime").isEqualTo("eu-west-1");
    }

    @Test
    void prints_and_logs_to_the_functions_log_in_lambdas_format() {
        FunctionDefinition echo = register("echo.lambda_handler");

        Invocation invocation = host.invoke(echo.name(), "{\"say\":\"the log\"}");

        assertThat(invocation.logs()).contains("printed line for the log\n")
                .containsPattern("\\[INFO]\\t\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\t"
                        + invocation.requestId() + "\\tlogged line for the log\\n");
        assertThat(invocation.logs().indexOf("printed line")).as("unbuffered: in the order written")
                .isLessThan(invocation.logs().indexOf("logged line"));
    }

    @Test
    void reuses_the_warm_interpreter() throws Exception {
        FunctionDefinition echo = register("echo.lambda_handler");

        Invocation first = host.invoke(echo.name(), "{}");
        Invocation second = host.invoke(echo.name(), "{}");

        assertThat(first.coldStart()).isTrue();
        assertThat(second.coldStart()).isFalse();
        assertThat(json(second.response()).get("pid").asLong()).isEqualTo(json(first.response()).get("pid").asLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pkg.handler", "pkg.sub.module.handler", "pkg/sub/module.handler"})
    void loads_handlers_from_packages_and_dotted_modules(String handler) throws Exception {
        FunctionDefinition function = register(handler);

        Invocation invocation = host.invoke(function.name(), "{}");

        assertThat(invocation.outcome()).as(invocation.logs()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(json(invocation.response()).get("module").asText())
                .isEqualTo(handler.substring(0, handler.lastIndexOf('.')).replace('/', '.'));
    }

    @Test
    void posts_a_raised_exception_with_lambdas_error_shape_and_keeps_the_process() {
        FunctionDefinition thrower = register("thrower.lambda_handler");

        Invocation invocation = host.invoke(thrower.name(), "{\"why\":\"testing\"}");

        assertThat(invocation.failureKind()).contains(FailureKind.FUNCTION_ERROR);
        FunctionError error = invocation.error();
        assertThat(error.errorType()).isEqualTo("ValueError");
        assertThat(error.errorMessage()).isEqualTo("it broke: testing");
        assertThat(error.stackTrace()).hasSize(2);
        assertThat(error.stackTrace().get(0)).as("Lambda's format: the frame, then its line")
                .matches("(?s)  File \".*/thrower\\.py\", line \\d+, in lambda_handler\\n    check\\(.*\\n");
        assertThat(error.stackTrace().get(1)).contains("in check\n    raise ValueError(");
        assertThat(error.stackTrace()).noneMatch(frame -> frame.contains("bootstrap.py"));
        assertThat(invocation.logs()).contains("[ERROR] ValueError: it broke: testing\rTraceback (most recent call"
                + " last):\r\u00a0\u00a0File");
        assertThat(host.invoke(thrower.name(), "{}").coldStart()).isFalse();
    }

    @Test
    void reports_a_handler_module_that_does_not_exist_as_lambdas_import_module_error() {
        FunctionDefinition missing = register("no_such_module.lambda_handler");

        Invocation invocation = host.invoke(missing.name(), "{}");

        assertThat(invocation.failureKind()).contains(FailureKind.INIT_FAILED);
        assertThat(invocation.error().errorType()).isEqualTo("Runtime.ImportModuleError");
        assertThat(invocation.error().errorMessage())
                .isEqualTo("Unable to import module 'no_such_module': No module named 'no_such_module'");
        assertThat(invocation.error().functionErrorType()).isEqualTo("Runtime.ImportModuleError");
        assertThat(invocation.logs()).contains("[ERROR] Runtime.ImportModuleError: Unable to import module");
        assertThat(host.processId(missing.name())).as("the runtime exits after an init error").isEmpty();
    }

    @Test
    void reports_a_module_whose_own_imports_fail_as_an_import_module_error() {
        FunctionDefinition broken = register("broken_import.lambda_handler");

        Invocation invocation = host.invoke(broken.name(), "{}");

        assertThat(invocation.failureKind()).contains(FailureKind.INIT_FAILED);
        assertThat(invocation.error().errorMessage())
                .isEqualTo("Unable to import module 'broken_import': No module named 'no_such_dependency'");
    }

    @Test
    void reports_a_missing_handler_function_as_handler_not_found() {
        FunctionDefinition missing = register("echo.no_such_function");

        Invocation invocation = host.invoke(missing.name(), "{}");

        assertThat(invocation.failureKind()).contains(FailureKind.INIT_FAILED);
        assertThat(invocation.error().errorType()).isEqualTo("Runtime.HandlerNotFound");
        assertThat(invocation.error().errorMessage()).isEqualTo("Handler 'no_such_function' missing on module 'echo'");
    }

    @Test
    void times_out_a_handler_that_runs_too_long_and_kills_the_interpreter() {
        FunctionDefinition sleeper = register(TestFunctions.pythonFunctions(), "sleeper.lambda_handler",
                Duration.ofSeconds(1), null);

        Invocation invocation = host.invoke(sleeper.name(), "{}");

        assertThat(invocation.failureKind()).contains(FailureKind.TIMED_OUT);
        assertThat(invocation.error().errorMessage()).endsWith(invocation.requestId() + " Task timed out after 1.00 seconds");
        assertThat(invocation.logs()).contains("going to sleep");
        assertThat(host.processId(sleeper.name())).isEmpty();
    }

    @Test
    void refuses_an_interpreter_without_boto3_naming_it_and_the_fix() {
        Path python = TestFunctions.pythonFixtures().resolve("python-without-boto3");
        FunctionDefinition function = new FunctionDefinition("no-boto3", TestFunctions.pythonFunctions(),
                "echo.lambda_handler", Map.of(), null, 0, FunctionRuntime.PYTHON311, null, python);

        assertThatThrownBy(() -> host.check(function)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the interpreter " + python)
                .hasMessageContaining("cannot import boto3")
                .hasMessageContaining("apt-get install python3-boto3")
                .hasMessageContaining("pip install boto3")
                .hasMessageContaining("python=PATH");
    }

    @Test
    void runs_a_function_that_bundles_boto3_with_an_interpreter_that_has_none(@TempDir Path dir) throws Exception {
        Path python = TestFunctions.pythonFixtures().resolve("python-without-boto3");
        Path zip = zip(TestFunctions.pythonFixtures().resolve("with-boto3"), dir.resolve("with-boto3.zip"));

        for (Path code : List.of(TestFunctions.pythonFixtures().resolve("with-boto3"), zip)) {
            FunctionDefinition function = register(code, "handler.lambda_handler", null, python);
            Invocation invocation = host.invoke(function.name(), "{}");
            assertThat(invocation.outcome()).as(invocation.logs()).isInstanceOf(InvocationOutcome.Succeeded.class);
            assertThat(json(invocation.response()).get("bundledBoto3").asBoolean()).isTrue();
        }
    }

    @Test
    void imports_the_functions_own_boto3_before_the_runtimes() throws Exception {
        FunctionDefinition function = register(TestFunctions.pythonFixtures().resolve("with-boto3"),
                "handler.lambda_handler", null, null);

        Invocation invocation = host.invoke(function.name(), "{}");

        assertThat(json(invocation.response()).get("bundledBoto3").asBoolean()).isTrue();
    }

    @Test
    void runs_lambdas_own_runtime_client_when_the_interpreter_can_import_it() throws Exception {
        FunctionDefinition function = register(TestFunctions.pythonFunctions(), "echo.lambda_handler", null,
                TestFunctions.pythonFixtures().resolve("python-with-awslambdaric"));

        Invocation invocation = host.invoke(function.name(), "{}");

        assertThat(invocation.outcome()).as(invocation.logs()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(json(invocation.response()).get("runtime").asText()).isEqualTo("awslambdaric");
        assertThat(json(invocation.response()).get("handler").asText()).isEqualTo("echo.lambda_handler");
    }

    @Test
    void runs_a_zip_package(@TempDir Path dir) throws Exception {
        Path zip = zip(TestFunctions.pythonFunctions(), dir.resolve("functions.zip"));
        FunctionDefinition function = register(zip, "pkg.sub.module.handler", null, null);

        Invocation invocation = host.invoke(function.name(), "{}");

        assertThat(invocation.outcome()).as(invocation.logs()).isInstanceOf(InvocationOutcome.Succeeded.class);
        assertThat(json(invocation.response()).get("module").asText()).isEqualTo("pkg.sub.module");
    }

    @Test
    void a_closed_host_leaves_no_byte_code_of_its_temporary_task_roots_in_the_cache(@TempDir Path dir)
            throws Exception {
        Path ownCache = Files.createDirectories(dir.resolve("cache"));
        LambdaSettings settings = TestFunctions.settings(null, ownCache);
        FunctionRegistry functions = new FunctionRegistry(settings);
        functions.register(new FunctionDefinition("py-bytecode", zip(TestFunctions.pythonFunctions(),
                dir.resolve("functions.zip")), "pkg.sub.module.handler", Map.of(), null, 0, FunctionRuntime.PYTHON311,
                null, null));
        Path workMirrors = PythonBytecodeCache.in(ownCache).mirrorOf(Path.of(System.getProperty("java.io.tmpdir")));
        try (FunctionHost own = new FunctionHost(settings, functions, FunctionHost.Options.defaults().withAppCds(false))) {
            Invocation invocation = own.invoke("py-bytecode", "{}");
            assertThat(invocation.outcome()).as(invocation.logs()).isInstanceOf(InvocationOutcome.Succeeded.class);
            assertThat(pycFiles(workMirrors)).as("byte code of the unzipped package, under the cache").isNotEmpty();
        }

        assertThat(pycFiles(workMirrors)).isEmpty();
    }

    private static List<Path> pycFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".pyc")).toList();
        }
    }

    static Path zip(Path folder, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(path).toString()));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return zip;
    }
}
