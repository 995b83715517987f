package dev.rotor.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** A handler whose constructor throws, so the function fails during init. */
public class ConstructorFails implements RequestHandler<Map<String, Object>, String> {

    public ConstructorFails() {
        throw new IllegalStateException("cannot initialise: missing configuration");
    }

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        return "unreachable";
    }
}
