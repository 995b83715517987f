package dev.rotor.emulator.admin;

import dev.rotor.emulator.rotation.FunctionCallFaults;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepInterceptor;

import java.time.Duration;
import java.util.Map;

/**
 * A fault armed for a secret's next rotations. Faults are data that carry their behaviour: each kind is a record
 * here whose {@link #interceptor} says what it does around or after a step. A new kind is a new record; the rotation
 * code knows no kinds.
 *
 * <p>{@code during} names the step a fault acts in; {@code null} means any step of the next rotation (a database
 * fault without a step is on for the whole of the next rotation attempt). {@code times} (1 to 100) is how often it
 * acts: invocations for the lambda faults, calls for the API faults, steps (or whole attempts, without a step) for
 * the database faults, holds for a race. Each record's {@link #spec()} spells it as a scenario does.
 */
public sealed interface Fault {

    /** The secret whose next rotation the fault applies to (any SecretId form; the ARN once armed). */
    String secretId();

    /** How many times it acts. */
    int times();

    /** The same fault for the secret named by {@code secretArn}. */
    Fault forSecret(String secretArn);

    /**
     * The fault as a scenario spells it, layer first, e.g. {@code {lambda: crash, during: setSecret, times: 1,
     * after: 100ms}}.
     */
    Map<String, Object> spec();

    /** The layer it acts on, as the scenario's key: {@code lambda}, {@code api}, {@code database} or {@code race}. */
    default String layer() {
        return spec().keySet().iterator().next();
    }

    /** The kind within its layer, as a scenario spells it, e.g. {@code lose-response} or {@code ThrottlingException}. */
    default String kindName() {
        return String.valueOf(spec().values().iterator().next());
    }

    /** What the fault does to the secret's rotations, from the moment it is armed until it is spent. */
    StepInterceptor interceptor(FaultContext context);

    /** Lambda cannot run the step: its next {@code times} invocations fail without running the function. */
    record CannotRun(String secretId, RotationStep during, int times) implements Fault {
        public CannotRun {
            FaultSpecs.requireSecretAndTimes(secretId, times);
        }

        @Override
        public Fault forSecret(String secretArn) {
            return new CannotRun(secretArn, during, times);
        }

        @Override
        public Map<String, Object> spec() {
            return FaultSpecs.spec("lambda", "cannot-run", during, times);
        }

        @Override
        public StepInterceptor interceptor(FaultContext context) {
            return new CannotRunInterceptor(during, context);
        }
    }

    /**
     * The step runs to completion, then its invocation is reported as Lambda reports a timeout (its response was
     * lost): the rotation treats it as a failed step, and the function's process starts afresh, as after a timeout.
     */
    record LoseResponse(String secretId, RotationStep during, int times) implements Fault {
        public LoseResponse {
            FaultSpecs.requireSecretAndTimes(secretId, times);
        }

        @Override
        public Fault forSecret(String secretArn) {
            return new LoseResponse(secretArn, during, times);
        }

        @Override
        public Map<String, Object> spec() {
            return FaultSpecs.spec("lambda", "lose-response", during, times);
        }

        @Override
        public StepInterceptor interceptor(FaultContext context) {
            return new LoseResponseInterceptor(during, context);
        }
    }

    /**
     * The function's process is killed {@code after} the runtime took the step's event; the invocation ends
     * {@code CRASHED}. It fires only when the step was still running then.
     */
    record Crash(String secretId, RotationStep during, int times, Duration after) implements Fault {
        public Crash {
            FaultSpecs.requireSecretAndTimes(secretId, times);
            FaultSpecs.requireDuration("after", after, Duration.ofSeconds(900));
        }

        @Override
        public Fault forSecret(String secretArn) {
            return new Crash(secretArn, during, times, after);
        }

        @Override
        public Map<String, Object> spec() {
            Map<String, Object> spec = FaultSpecs.spec("lambda", "crash", during, times);
            spec.put("after", FaultSpecs.text(after));
            return spec;
        }

        @Override
        public StepInterceptor interceptor(FaultContext context) {
            return new CrashInterceptor(during, after, context);
        }
    }

    /**
     * The function's own calls of {@code operation} (an AWS operation name, as in {@code X-Amz-Target}) while the
     * step runs are answered with the AWS error, its HTTP status and shape; the next {@code times} calls.
     */
    record ApiError(String secretId, ApiErrorCode error, String operation, RotationStep during, int times)
            implements Fault {
        public ApiError {
            FaultSpecs.requireSecretAndTimes(secretId, times);
            FaultSpecs.require("api", error != null, "the AWS error, one of " + ApiErrorCode.types());
            FaultSpecs.requireOperation(operation);
        }

        @Override
        public Fault forSecret(String secretArn) {
            return new ApiError(secretArn, error, operation, during, times);
        }

        @Override
        public Map<String, Object> spec() {
            Map<String, Object> spec = FaultSpecs.spec("api", error.type(), during, times);
            spec.put("operation", operation);
            return spec;
        }

        @Override
        public StepInterceptor interceptor(FaultContext context) {
            return new ApiCallInterceptor(during, operation, context,
                    new FunctionCallFaults.Answer.Fail(error.type(), error.httpStatus(), error.message()));
        }
    }

    /** The function's own calls of {@code operation} while the step runs are answered {@code delay} late. */
    record SlowApi(String secretId, String operation, Duration delay, RotationStep during, int times)
            implements Fault {
        public SlowApi {
            FaultSpecs.requireSecretAndTimes(secretId, times);
            FaultSpecs.requireOperation(operation);
            FaultSpecs.requireDuration("delay", delay, Duration.ofSeconds(900));
        }

        @Override
        public Fault forSecret(String secretArn) {
            return new SlowApi(secretArn, operation, delay, during, times);
        }

        @Override
        public Map<String, Object> spec() {
            Map<String, Object> spec = FaultSpecs.spec("api", "slow", during, times);
            spec.put("operation", operation);
            spec.put("delay", FaultSpecs.text(delay));
            return spec;
        }

        @Override
        public StepInterceptor interceptor(FaultContext context) {
            return new ApiCallInterceptor(during, operation, context, new FunctionCallFaults.Answer.Delay(delay));
        }
    }

    /**
     * The secret's database fault proxy ({@link RotorAdmin#openDatabaseProxy}) refuses, drops, stalls or delays the
     * function's traffic from the moment the step starts until it returned; {@code latency} is for
     * {@link DatabaseFaultKind#LATENCY} only.
     */
    record Database(String secretId, DatabaseFaultKind kind, Duration latency, RotationStep during, int times)
            implements Fault {
        public Database {
            FaultSpecs.requireSecretAndTimes(secretId, times);
            FaultSpecs.require("database", kind != null, "one of " + DatabaseFaultKind.wireNames());
            if (kind == DatabaseFaultKind.LATENCY) {
                FaultSpecs.requireDuration("latency", latency, Duration.ofSeconds(60));
            } else {
                FaultSpecs.require("latency", latency == null, "only a latency fault takes it");
            }
        }

        @Override
        public Fault forSecret(String secretArn) {
            return new Database(secretArn, kind, latency, during, times);
        }

        @Override
        public Map<String, Object> spec() {
            Map<String, Object> spec = FaultSpecs.spec("database", kind.wireName(), during, times);
            if (latency != null) {
                spec.put("latency", FaultSpecs.text(latency));
            }
            return spec;
        }

        @Override
        public StepInterceptor interceptor(FaultContext context) {
            return new DatabaseInterceptor(this, context);
        }
    }

    /**
     * After the step {@code after} returned (successfully) and before the next one starts, the rotation is held while
     * the {@link RaceHandler} performs the action; then it goes on.
     */
    record Race(String secretId, RaceAction action, RotationStep after, int times) implements Fault {
        public Race {
            FaultSpecs.requireSecretAndTimes(secretId, times);
            FaultSpecs.require("race", action != null, "one of " + RaceAction.wireNames());
            FaultSpecs.require("after", after != null, "the step the race follows, one of "
                    + RotationStep.wireNames());
        }

        @Override
        public Fault forSecret(String secretArn) {
            return new Race(secretArn, action, after, times);
        }

        @Override
        public Map<String, Object> spec() {
            Map<String, Object> spec = FaultSpecs.spec("race", action.wireName(), null, times);
            spec.put("after", after.wireName());
            return spec;
        }

        @Override
        public StepInterceptor interceptor(FaultContext context) {
            return new RaceInterceptor(this, context);
        }
    }
}
