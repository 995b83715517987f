package dev.rotor.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;

import java.io.PrintStream;
import java.util.Map;

/**
 * {@link MinimalRotation} that prints {@code NOISE_KB} kilobytes (default 1,100: more than a Lambda invocation's log
 * is allowed to keep) at every step, for the memory test of many rotations.
 */
public class NoisyRotation extends MinimalRotation {
    private static final String LINE = "noise ".repeat(170) + "\n"; // ~1 KiB

    @Override
    public Map<String, Object> handleRequest(SecretsManagerRotationEvent event, Context context) {
        int kilobytes = Integer.parseInt(System.getenv().getOrDefault("NOISE_KB", "1100"));
        PrintStream out = System.out;
        out.println("noisy step " + event.getStep() + " begins");
        for (int i = 0; i < kilobytes; i++) {
            out.print(LINE);
        }
        out.println("noisy step " + event.getStep() + " ends");
        out.flush();
        return super.handleRequest(event, context);
    }
}
