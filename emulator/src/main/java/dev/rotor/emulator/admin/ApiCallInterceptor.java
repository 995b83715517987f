package dev.rotor.emulator.admin;

import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.FunctionCallFaults;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepCall;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@link Fault.ApiError} and {@link Fault.SlowApi}: while the step runs, the function's own calls of the operation
 * get the fault's answer (an AWS error, or a late normal answer), one per time it may act.
 */
final class ApiCallInterceptor extends FaultInterceptor {
    private final String operation;
    private final FunctionCallFaults.Answer answer;

    ApiCallInterceptor(RotationStep during, String operation, FaultContext context, FunctionCallFaults.Answer answer) {
        super(during, context);
        if (!context.operations().contains(operation)) {
            throw AdminException.invalidField("operation", "Fault field 'operation': one of the Secrets Manager"
                    + " operations: " + String.join(", ", new TreeSet<>(context.operations())) + ".");
        }
        this.operation = operation;
        this.answer = answer;
    }

    @Override
    public Invocation aroundStep(StepCall call, Proceed next) {
        if (!matches(call) || context.spent()) {
            return next.invoke();
        }
        try (FunctionCallFaults.Window window = context.calls().open(context.functionName(call.functionArn()),
                called -> answer(call, called))) {
            return next.invoke();
        }
    }

    private Optional<FunctionCallFaults.Answer> answer(StepCall call, String called) {
        if (!operation.equals(called) || !context.take()) {
            return Optional.empty();
        }
        context.fired(call, Map.of("operation", operation));
        return Optional.of(answer);
    }
}
