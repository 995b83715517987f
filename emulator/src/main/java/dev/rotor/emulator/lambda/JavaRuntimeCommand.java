package dev.rotor.emulator.lambda;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Java managed runtimes: a JVM sized like Lambda's, running the official Runtime Interface Client with the
 * handler, started from an AppCDS archive when one exists (or recording one).
 */
final class JavaRuntimeCommand implements RuntimeCommand {
    static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    private final RuntimeClasspath runtime;
    private final AppCdsArchives archives;

    /** {@code archives} null: no AppCDS. */
    JavaRuntimeCommand(RuntimeClasspath runtime, AppCdsArchives archives) {
        this.runtime = runtime;
        this.archives = archives;
    }

    @Override
    public ProcessCommand build(PreparedCode code, Map<String, String> environment) {
        FunctionDefinition function = code.function();
        JavaInstallation java = JavaInstallation.of(function.javaExecutable());
        AppCdsArchives.Plan plan = archives == null ? new AppCdsArchives.Plan.None()
                : archives.plan(java.executable(), java.version(), code.fingerprint(), function.handler(),
                        runtime.classpath());
        List<String> command = new ArrayList<>();
        command.add(java.executable().toString());
        command.add("-XX:MaxHeapSize=" + (function.memoryMb() * 85 / 100) + "m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:+TieredCompilation");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("--add-opens=java.base/java.io=ALL-UNNAMED");
        command.add("-Djava.net.preferIPv4Stack=true");
        if (java.feature() >= 22) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.add("-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI="
                + runtime.jniLibrary());
        command.addAll(plan.jvmOptions());
        command.add("-cp");
        command.add(runtime.classpath());
        command.add(MAIN_CLASS);
        command.add(function.handler());
        return new ProcessCommand(command, environment, plan);
    }

    @Override
    public Path runtimeDirectory() {
        return runtime.directory();
    }
}
