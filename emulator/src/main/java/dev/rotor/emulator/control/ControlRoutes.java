package dev.rotor.emulator.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rotor.emulator.admin.RotorAdmin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;

/**
 * The control plane under {@code /_rotor/}: thin HTTP adapters over {@link RotorAdmin} that parse, call the admin
 * interface and render. Failures are answered by the shared HTTP layer ({@code http/}): an {@code AdminException}
 * is 404 (not found) or 400 (invalid) with {@code {"__type", "message"}}; anything unexpected a JSON 500.
 */
public final class ControlRoutes {
    private final RotorAdmin admin;

    public ControlRoutes(RotorAdmin admin) {
        this.admin = admin;
    }

    /** The control plane's JSON rendering (ISO dates, no nulls), for the whole server. */
    public static void configure(JavalinConfig javalin) {
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL).build();
        javalin.jsonMapper(new io.javalin.json.JavalinJackson(json, false));
    }

    public void addTo(RoutesConfig routes) {
        new StateRoutes(admin).addTo(routes);
        new RotationRoutes(admin).addTo(routes);
        new FaultRoutes(admin).addTo(routes);
        new FunctionsRoutes(admin).addTo(routes);
    }
}
