package dev.rotor.emulator.admin;

import dev.rotor.emulator.lambda.FunctionDefinition;

/** A registered function and the ARN that RotateSecret's RotationLambdaARN names it by. */
public record FunctionInfo(FunctionDefinition definition, String arn) {

    public String name() {
        return definition.name();
    }
}
