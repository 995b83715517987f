package dev.rotor.emulator.secrets;

import static dev.rotor.emulator.secrets.ErrorCode.*;

/** Every error the service raises, with AWS's exact messages (see the spec's error catalogue). */
public final class Errors {
    private Errors() {
    }

    public static SecretsException secretNotFound() {
        return new SecretsException(RESOURCE_NOT_FOUND, "Secrets Manager can't find the specified secret.");
    }

    public static SecretsException valueNotFoundForStage(String stage) {
        return new SecretsException(RESOURCE_NOT_FOUND,
                "Secrets Manager can't find the specified secret value for staging label: " + stage);
    }

    public static SecretsException valueNotFoundForVersion(String versionId) {
        return new SecretsException(RESOURCE_NOT_FOUND,
                "Secrets Manager can't find the specified secret value for VersionId: " + versionId);
    }

    public static SecretsException stageNotOnVersion() {
        return new SecretsException(INVALID_REQUEST,
                "You provided a VersionStage that is not associated to the provided VersionId.");
    }

    public static SecretsException markedForDeletion() {
        return new SecretsException(INVALID_REQUEST,
                "You can't perform this operation on the secret because it was marked for deletion.");
    }

    public static SecretsException nameScheduledForDeletion() {
        return new SecretsException(INVALID_REQUEST,
                "You can't create this secret because a secret with this name is already scheduled for deletion.");
    }

    public static SecretsException secretExists(String name) {
        return new SecretsException(RESOURCE_EXISTS, "The operation failed because the secret " + name + " already exists.");
    }

    public static SecretsException tokenInUse(String token, String arn) {
        return new SecretsException(RESOURCE_EXISTS, "You can't use ClientRequestToken " + token
                + " because that value is already in use for a version of secret " + arn + ".");
    }

    /** CreateSecret, PutSecretValue or UpdateSecret over raw HTTP without a token (SDKs always send one). */
    public static SecretsException missingClientRequestToken() {
        return missingToken(INVALID_REQUEST);
    }

    /** RotateSecret without a token: the same message with another type (recorded: see docs/emulator.md). */
    public static SecretsException missingRotationClientRequestToken() {
        return missingToken(INVALID_PARAMETER);
    }

    private static SecretsException missingToken(ErrorCode code) {
        return new SecretsException(code, "You must provide a ClientRequestToken value. We recommend a UUID-type value.");
    }

    public static SecretsException bothValues() {
        return new SecretsException(INVALID_PARAMETER,
                "You can't specify both a binary secret value and a string secret value in the same secret.");
    }

    public static SecretsException noValue() {
        return new SecretsException(INVALID_REQUEST, "You must provide either SecretString or SecretBinary.");
    }

    public static SecretsException invalidName() {
        return new SecretsException(VALIDATION, "Invalid name. Must be a valid name containing alphanumeric characters,"
                + " or any of the following: -/_+=.@!");
    }

    public static SecretsException removeFromVersionIdRequired(String label, String holder) {
        return new SecretsException(INVALID_PARAMETER, "The parameter RemoveFromVersionId can't be empty. Staging label "
                + label + " is currently attached to version " + holder
                + ", so you must explicitly reference that version in RemoveFromVersionId.");
    }

    public static SecretsException removeFromVersionIdNotHolder(String label) {
        return new SecretsException(INVALID_PARAMETER, "When you move staging label " + label
                + ", if you specify RemoveFromVersionId, it must be set to the version that currently has the staging label "
                + label + ".");
    }

    public static SecretsException notAValidVersion(String versionId) {
        return new SecretsException(INVALID_PARAMETER, "Not a valid version: " + versionId);
    }

    public static SecretsException cannotRemoveCurrent() {
        // AWS's text, typographic apostrophe included (quoted from AWS in terraform-provider-aws secret_version.go).
        return new SecretsException(INVALID_PARAMETER, "You can only move staging label AWSCURRENT to a different"
                + " secret version. It can\u2019t be completely removed.");
    }

    public static SecretsException tooManyLabels() {
        return new SecretsException(LIMIT_EXCEEDED,
                "You have exceeded the maximum number of staging labels (20) that can be attached to a secret.");
    }

    public static SecretsException tooManyVersions() {
        return new SecretsException(LIMIT_EXCEEDED,
                "You have exceeded the maximum number of versions that can be attached to a secret.");
    }

    public static SecretsException rotationInProgress() {
        return new SecretsException(INVALID_REQUEST, "A previous rotation isn't complete. That rotation will be reattempted.");
    }

    public static SecretsException noRotationLambda() {
        return new SecretsException(INVALID_REQUEST, "No Lambda rotation function ARN is associated with this secret.");
    }

    public static SecretsException cannotInvokeLambda() {
        return new SecretsException(ACCESS_DENIED, "Secrets Manager cannot invoke the specified Lambda function."
                + " Ensure that the function policy grants access to the principal secretsmanager.amazonaws.com.");
    }

    public static SecretsException frequencyAndSchedule() {
        return new SecretsException(INVALID_PARAMETER,
                "You cannot specify both rotation frequency and schedule expression together.");
    }

    public static SecretsException recoveryWindowOutOfRange() {
        return new SecretsException(INVALID_PARAMETER,
                "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).");
    }

    public static SecretsException forceDeleteWithWindow() {
        return new SecretsException(INVALID_PARAMETER,
                "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
    }

    public static SecretsException alreadyMarkedDeleted() {
        return new SecretsException(INVALID_REQUEST,
                "You tried to perform the operation on a secret that's currently marked deleted.");
    }

    public static SecretsException invalidNextToken() {
        return new SecretsException(INVALID_NEXT_TOKEN, "The NextToken value is invalid.");
    }

    public static SecretsException invalidParameter(String message) {
        return new SecretsException(INVALID_PARAMETER, message);
    }

    public static SecretsException invalidRequest(String message) {
        return new SecretsException(INVALID_REQUEST, message);
    }

    public static SecretsException malformedPolicy(String message) {
        return new SecretsException(MALFORMED_POLICY, message);
    }

    public static SecretsException publicPolicy() {
        return new SecretsException(PUBLIC_POLICY, "This resource policy contains broad access that grants public"
                + " access to the secret. Remove the broad access or set BlockPublicPolicy to false.");
    }

    public static SecretsException replicationNotSupported(String operation) {
        return new SecretsException(INVALID_REQUEST, "Rotor does not emulate replication: " + operation
                + " is not supported. Secrets live in one region.");
    }

    public static SecretsException validation(String message) {
        return new SecretsException(VALIDATION, message);
    }
}
