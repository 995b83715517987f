package dev.rotor.emulator.lambda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Lambda's Python runtimes ({@code python3.9} to {@code python3.13}): the function's interpreter runs
 * {@code awslambdaric} (Lambda's runtime interface client) when it can import it, otherwise the bootstrap Rotor ships
 * ({@code bootstrap.py}, standard library only), extracted once into the cache folder. Byte code goes to the cache
 * folder too ({@code -X pycache_prefix}), never into the function's own folder.
 */
final class PythonRuntimeCommand implements RuntimeCommand {

    private static final String BOOTSTRAP = "python/bootstrap.py";

    private final PythonInterpreters interpreters;
    private final Path cacheDir;
    private volatile Path bootstrap;

    PythonRuntimeCommand(PythonInterpreters interpreters, Path cacheDir) {
        this.interpreters = interpreters;
        this.cacheDir = cacheDir;
    }

    @Override
    public ProcessCommand build(PreparedCode code, Map<String, String> environment) {
        FunctionDefinition function = code.function();
        PythonInterpreters.Interpreter python = interpreters.resolve(function);
        List<String> command = new ArrayList<>(List.of(python.executable().toString(),
                "-X", "pycache_prefix=" + PythonBytecodeCache.in(cacheDir).directory()));
        if (python.awslambdaric()) {
            command.addAll(List.of("-m", "awslambdaric", function.handler()));
        } else {
            command.addAll(List.of(bootstrap().toString(), function.handler()));
        }
        return new ProcessCommand(command, environment, new AppCdsArchives.Plan.None());
    }

    /** Where the bundled bootstrap lives ({@code LAMBDA_RUNTIME_DIR}). */
    @Override
    public Path runtimeDirectory() {
        return bootstrap().getParent();
    }

    /**
     * Refuses a function whose interpreter cannot be found, or cannot import boto3 (which Lambda provides to every
     * Python function) when its code does not bundle it.
     */
    void check(FunctionDefinition function) {
        PythonInterpreters.Interpreter python = interpreters.resolve(function);
        if (!python.boto3() && !bundlesBoto3(function.code())) {
            throw new IllegalArgumentException("Function " + function.name() + " (" + function.runtime().id()
                    + "): the interpreter " + python.executable() + " (Python " + python.version() + ") cannot"
                    + " import boto3, which Lambda provides to every Python function, and the function's code does"
                    + " not bundle it. Install it for that interpreter (apt-get install python3-boto3, or pip install"
                    + " boto3), or name another interpreter with python=PATH");
        }
    }

    private static boolean bundlesBoto3(Path code) {
        try {
            return Files.isDirectory(code) ? Files.isDirectory(code.resolve("boto3"))
                    : ZipPackage.contains(code, "boto3/");
        } catch (IOException unreadable) {
            return false;
        }
    }

    private Path bootstrap() {
        Path current = bootstrap;
        if (current == null) {
            current = extract();
            bootstrap = current;
        }
        return current;
    }

    private Path extract() {
        try (InputStream in = PythonRuntimeCommand.class.getResourceAsStream(BOOTSTRAP)) {
            if (in == null) {
                throw new IllegalStateException("The emulator was built without its Python bootstrap (" + BOOTSTRAP
                        + " is missing from the class path)");
            }
            byte[] content = in.readAllBytes();
            String version = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 6);
            Path target = cacheDir.resolve("python-runtime").resolve(version).resolve("bootstrap.py");
            if (!Files.isRegularFile(target)) {
                Files.createDirectories(target.getParent());
                RuntimeClasspath.writeAtomically(new ByteArrayInputStream(content), target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract the Python bootstrap into " + cacheDir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
