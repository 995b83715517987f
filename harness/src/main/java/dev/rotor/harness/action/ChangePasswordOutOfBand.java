package dev.rotor.harness.action;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.harness.secret.SecretVersion;

/**
 * Change the user's password in the database outside rotation; with {@code updateSecret} also store it by hand with
 * PutSecretValue (an operator following a runbook), else the secret is left stale.
 */
public record ChangePasswordOutOfBand(int line, boolean updateSecret) implements Action {

    @Override
    public String kind() {
        return "change-password-out-of-band";
    }

    @Override
    public ActionOutcome execute(ActionContext context) {
        SecretVersion current = context.secret().current();
        String password = context.database().newPassword();
        context.database().setPassword(current.username(), password);
        context.secretStale(!updateSecret);
        if (!updateSecret) {
            return ActionOutcome.done("password of " + current.username()
                    + " changed in the database only: the secret is stale");
        }
        ObjectNode value = current.value().deepCopy().put("password", password);
        context.storedOnPurpose(context.secret().put(value), value);
        return ActionOutcome.done("password of " + current.username() + " changed in the database and stored by hand");
    }
}
