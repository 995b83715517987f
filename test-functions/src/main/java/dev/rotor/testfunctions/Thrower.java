package dev.rotor.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** Throws a checked-looking custom exception from the handler. */
public class Thrower implements RequestHandler<Map<String, Object>, String> {

    /** The exception the handler throws, so tests can recognise its class name. */
    public static class RotationBroke extends RuntimeException {
        public RotationBroke(String message) {
            super(message);
        }
    }

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        throw new RotationBroke("it broke: " + event.get("why"));
    }
}
