package dev.rotor.harness.action;

/** Stop the function's warm process: the next step starts cold. */
public record RestartFunction(int line) implements Action {

    @Override
    public String kind() {
        return "restart-function";
    }

    @Override
    public ActionOutcome execute(ActionContext context) {
        context.admin().restartFunction(context.function().name());
        return ActionOutcome.done("function process stopped; the next step starts cold");
    }
}
