package dev.rotor.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;

import java.util.List;
import java.util.Map;

/**
 * {@link ServiceRotation} for the rotation benchmark: the same steps, answering with its own wall time inside the
 * handler and the time its SDK calls took ({@code handlerNanos}, {@code sdkNanos}, {@code httpNanos}, {@code calls}).
 */
public class TimedServiceRotation implements RequestHandler<SecretsManagerRotationEvent, Map<String, Object>> {

    private final CallTimer timer = new CallTimer();
    private final ServiceRotation rotation = new ServiceRotation(List.of(timer));

    @Override
    public Map<String, Object> handleRequest(SecretsManagerRotationEvent event, Context context) {
        timer.reset();
        long started = System.nanoTime();
        rotation.handleRequest(event, context);
        return timer.report(System.nanoTime() - started);
    }
}
