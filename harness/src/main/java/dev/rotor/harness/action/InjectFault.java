package dev.rotor.harness.action;

import dev.rotor.emulator.admin.Fault;
import dev.rotor.emulator.rotation.RotationStep;

/** Make the next invocations of a step fail as if Lambda could not run it. */
public record InjectFault(int line, RotationStep step, int times) implements Action {

    @Override
    public String kind() {
        return "inject-fault";
    }

    @Override
    public ActionOutcome execute(ActionContext context) {
        context.admin().armFault(new Fault.CannotRun(context.secret().arn(), step, times));
        return ActionOutcome.done("the next " + times + " " + step + " invocation(s) will fail");
    }
}
