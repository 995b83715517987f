package dev.rotor.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;

/** Calls {@code System.exit(3)} in the middle of an invocation. */
public class ExitingFunction implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        System.out.println("about to exit");
        System.exit(3);
        return "unreachable";
    }
}
