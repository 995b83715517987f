package dev.rotor.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Echoes its event back with facts about the process it runs in. Event keys it understands: {@code print} (a line to
 * write to stdout), {@code sleepMs} (pause before answering), {@code env} (a list of environment variable names to
 * report), {@code arrive} and {@code awaitFile} (create the first file, then wait until the second exists: two
 * invocations that await each other's file both answer only if they run at the same time).
 */
public class Echo implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        if (event.get("print") != null) {
            System.out.println(event.get("print"));
        }
        if (event.get("arrive") instanceof String arrive && event.get("awaitFile") instanceof String other) {
            Rendezvous.meet(Path.of(arrive), Path.of(other), context.getRemainingTimeInMillis());
        }
        if (event.get("sleepMs") instanceof Number millis) {
            try {
                Thread.sleep(millis.longValue());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("echo", event);
        answer.put("requestId", context.getAwsRequestId());
        answer.put("functionName", context.getFunctionName());
        answer.put("functionArn", context.getInvokedFunctionArn());
        answer.put("memoryLimitMb", context.getMemoryLimitInMB());
        answer.put("remainingMs", context.getRemainingTimeInMillis());
        answer.put("pid", ProcessHandle.current().pid());
        answer.put("cwd", System.getProperty("user.dir"));
        if (event.get("env") instanceof List<?> names) {
            Map<String, String> env = new LinkedHashMap<>();
            for (Object name : names) {
                env.put(String.valueOf(name), System.getenv(String.valueOf(name)));
            }
            answer.put("env", env);
        }
        return answer;
    }

    /** A second entry point, for {@code pkg.Class::method} handler strings: upper-cases a JSON string. */
    public String upper(String input) {
        return input.toUpperCase(java.util.Locale.ROOT);
    }
}
