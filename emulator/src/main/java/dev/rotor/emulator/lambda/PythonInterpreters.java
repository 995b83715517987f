package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Finds the interpreter a Python function runs with: {@code python=PATH} when given (a path, or a command on
 * {@code PATH}), else {@code python3.X} for the runtime's version on {@code PATH}, else {@code python3}. Each candidate
 * is run once ({@code -c}, a few lines) to learn its real executable, its version and whether it can import
 * {@code boto3} and {@code awslambdaric}; a candidate that does not run (a pyenv shim for a version that is not
 * installed) is passed over. Results are kept for the emulator's life.
 */
final class PythonInterpreters {

    /** What an interpreter is and can import; {@code executable} is what function processes are started with. */
    record Interpreter(Path executable, String version, boolean boto3, boolean awslambdaric) {
    }

    private static final String PROBE = "import sys, json, importlib.util as u\n"
            + "print(json.dumps({'executable': sys.executable, 'version': '%d.%d.%d' % sys.version_info[:3],"
            + " 'boto3': u.find_spec('boto3') is not None, 'awslambdaric': u.find_spec('awslambdaric') is not None}))";
    private static final long PROBE_SECONDS = 30;

    private final String searchPath;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Optional<Interpreter>> probed = new ConcurrentHashMap<>();

    /** {@code searchPath}: the {@code PATH} to look commands up in (the emulator's own). */
    PythonInterpreters(String searchPath) {
        this.searchPath = searchPath == null ? "" : searchPath;
    }

    /** The interpreter for a Python function, or a clear message naming what was tried and the way out. */
    Interpreter resolve(FunctionDefinition function) {
        Path configured = function.pythonExecutable();
        if (configured != null) {
            String given = configured.toString();
            Path file = given.contains("/") ? configured.toAbsolutePath() : onPath(given).orElse(null);
            Optional<Interpreter> found = file == null ? Optional.empty() : probe(file);
            return found.map(python -> given.contains("/") ? withExecutable(python, file) : python)
                    .orElseThrow(() -> new IllegalArgumentException("The python given for function " + function.name()
                            + " with python= does not run as a Python interpreter: give the path of a working python3"));
        }
        List<String> tried = new ArrayList<>();
        for (String command : List.of("python3." + function.runtime().pythonMinor(), "python3")) {
            tried.add(command);
            Optional<Interpreter> found = onPath(command).flatMap(this::probe);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalArgumentException("No Python interpreter for function " + function.name() + " ("
                + function.runtime().id() + "): none of " + String.join(", ", tried) + " on PATH runs. Install"
                + " Python 3 (apt-get install python3 python3-boto3) or give one with python=PATH");
    }

    private static Interpreter withExecutable(Interpreter python, Path executable) {
        return new Interpreter(executable, python.version(), python.boto3(), python.awslambdaric());
    }

    private Optional<Path> onPath(String command) {
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, command);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Interpreter> probe(Path executable) {
        return probed.computeIfAbsent(executable.toString(), key -> run(executable));
    }

    private Optional<Interpreter> run(Path executable) {
        if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
            return Optional.empty();
        }
        Path output = null;
        try {
            output = Files.createTempFile("rotor-python-probe", ".json");
            Process process = new ProcessBuilder(executable.toString(), "-c", PROBE)
                    .directory(output.getParent().toFile())
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            JsonNode facts = json.readTree(Files.readString(output, StandardCharsets.UTF_8));
            String real = facts.get("executable").asText();
            return Optional.of(new Interpreter(real.isBlank() ? executable : Path.of(real),
                    facts.get("version").asText(), facts.get("boto3").asBoolean(),
                    facts.get("awslambdaric").asBoolean()));
        } catch (IOException | RuntimeException notAnInterpreter) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }
}
