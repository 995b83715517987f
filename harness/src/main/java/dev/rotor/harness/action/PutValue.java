package dev.rotor.harness.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.harness.secret.SecretVersion;

import java.util.Map;

/** PutSecretValue by hand: the current JSON with {@code fields} merged in ({@code password: random} sets a new one). */
public record PutValue(int line, Map<String, Object> fields) implements Action {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String kind() {
        return "put-value";
    }

    @Override
    public ActionOutcome execute(ActionContext context) {
        SecretVersion current = context.secret().current();
        ObjectNode value = current.value().deepCopy();
        fields.forEach((key, field) -> {
            if (key.equals("password") && "random".equals(field)) {
                String password = context.database().newPassword();
                context.database().setPassword(current.username(), password);
                value.put("password", password);
            } else {
                value.set(key, JSON.valueToTree(field));
            }
        });
        context.storedOnPurpose(context.secret().put(value), value);
        return ActionOutcome.done("new AWSCURRENT value stored by hand (" + String.join(", ", fields.keySet()) + ")");
    }
}
