package dev.rotor.emulator.api.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.rotation.RotationService;
import dev.rotor.emulator.secrets.Errors;
import dev.rotor.emulator.secrets.RotationRules;

import java.util.List;
import java.util.regex.Pattern;

/** RotateSecret: configures rotation and starts one through the rotation function. */
public final class RotateSecret implements Operation<RotateSecret.Request> {
    private static final Pattern SCHEDULE = Pattern.compile("[0-9A-Za-z\\(\\)#\\?\\*\\-\\/, ]+");
    private static final Pattern DURATION = Pattern.compile("[0-9]+h");

    private final RotationService rotations;

    public RotateSecret(RotationService rotations) {
        this.rotations = rotations;
    }

    /** The request. */
    public record Request(String secretId, String clientRequestToken, @JsonProperty("RotationLambdaARN") String rotationLambdaArn,
                          Shapes.RotationRulesShape rotationRules, List<Object> externalSecretRotationMetadata,
                          String externalSecretRotationRoleArn, Boolean rotateImmediately) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public RotationResponse handle(Request r) {
        if (r.clientRequestToken() == null) {
            throw Errors.missingRotationClientRequestToken();
        }
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        Shapes.checkToken(c, r.clientRequestToken());
        c.length("rotationLambdaARN", r.rotationLambdaArn(), 0, 2048);
        Shapes.RotationRulesShape rules = r.rotationRules();
        if (rules != null) {
            c.range("rotationRules.automaticallyAfterDays", rules.automaticallyAfterDays(), 1, 1000)
                    .length("rotationRules.scheduleExpression", rules.scheduleExpression(), 1, 256)
                    .pattern("rotationRules.scheduleExpression", rules.scheduleExpression(), SCHEDULE, false)
                    .length("rotationRules.duration", rules.duration(), 2, 3)
                    .pattern("rotationRules.duration", rules.duration(), DURATION, false);
        }
        c.check();
        RotationRules domainRules = rules == null ? null
                : new RotationRules(rules.automaticallyAfterDays(), rules.duration(), rules.scheduleExpression());
        RotationService.Started started = rotations.rotate(r.secretId(), r.clientRequestToken(), r.rotationLambdaArn(),
                domainRules, r.rotateImmediately() == null || r.rotateImmediately());
        return new RotationResponse(started.arn(), started.name(), started.versionId());
    }
}
