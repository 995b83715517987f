package dev.rotor.harness.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rotor.harness.result.RunResult;
import dev.rotor.harness.result.ScenarioResult;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Writes the whole {@link RunResult} as pretty-printed JSON. Formats, everywhere: instants are ISO-8601 UTC strings
 * ({@code "2025-05-01T10:00:00.123Z"}); every {@link Duration} is a whole number of milliseconds (as
 * {@code StepResult.durationMs} already is); enums are their constant names. The run and each scenario also carry
 * a read-only {@code "passed"} verdict. {@link #read} turns the file back into a {@code RunResult}.
 */
public final class JsonReport {

    private final ObjectMapper mapper = mapper();

    public void write(RunResult run, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(run, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JSON report to " + file, e);
        }
    }

    public void write(RunResult run, OutputStream out) {
        try {
            mapper.writeValue(out, run);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JSON report", e);
        }
    }

    public String toJson(RunResult run) {
        try {
            return mapper.writeValueAsString(run);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JSON report", e);
        }
    }

    /** A run read back from a report this class wrote. */
    public RunResult read(String json) {
        try {
            return mapper.readValue(json, RunResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a Rotor JSON report", e);
        }
    }

    static ObjectMapper mapper() {
        SimpleModule durations = new SimpleModule("rotor-durations-as-millis")
                .addSerializer(Duration.class, new MillisSerializer())
                .addDeserializer(Duration.class, new MillisDeserializer());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(durations)
                .addMixIn(RunResult.class, WithVerdict.class)
                .addMixIn(ScenarioResult.class, WithVerdict.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Adds the computed {@code passed()} to the output; ignores it when reading. */
    @JsonIgnoreProperties(value = "passed", allowGetters = true)
    private abstract static class WithVerdict {
        @JsonProperty("passed")
        abstract boolean passed();
    }

    private static final class MillisSerializer extends JsonSerializer<Duration> {
        @Override
        public void serialize(Duration value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeNumber(value.toMillis());
        }
    }

    private static final class MillisDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return Duration.ofMillis(parser.getValueAsLong());
        }
    }
}
