package dev.rotor.emulator.lambda;

/** No function of that name or ARN is registered. */
public final class FunctionNotFoundException extends RuntimeException {

    public FunctionNotFoundException(String nameOrArn) {
        super("Function not found: " + nameOrArn);
    }
}
