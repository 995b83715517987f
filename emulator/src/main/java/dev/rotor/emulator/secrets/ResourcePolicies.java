package dev.rotor.emulator.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.journal.EventType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resource policies: stored verbatim and returned as given. Validation checks that the text is a JSON policy
 * document (an object with a Statement); BlockPublicPolicy rejects a wildcard principal.
 */
public final class ResourcePolicies {
    private final SecretsContext context;
    private final ObjectMapper json = new ObjectMapper();

    public ResourcePolicies(SecretsContext context) {
        this.context = context;
    }

    /** The outcome of ValidateResourcePolicy. */
    public record Validation(boolean passed, List<Problem> problems) {
    }

    /** One finding of ValidateResourcePolicy. */
    public record Problem(String checkName, String errorMessage) {
    }

    public Secret put(String secretId, String policy, Boolean blockPublicPolicy) {
        JsonNode document = parse(policy);
        List<Problem> problems = problems(document);
        if (!problems.isEmpty()) {
            throw Errors.malformedPolicy("This resource policy contains a syntax error: " + problems.get(0).errorMessage());
        }
        if (Boolean.TRUE.equals(blockPublicPolicy) && grantsPublicAccess(document)) {
            throw Errors.publicPolicy();
        }
        return setPolicy(secretId, policy);
    }

    public Secret delete(String secretId) {
        return setPolicy(secretId, null);
    }

    /** The secret with its policy (null when none is attached). */
    public Secret get(String secretId) {
        return context.store().read(tx -> context.locator().findActive(tx, secretId));
    }

    public Validation validate(String secretId, String policy) {
        if (secretId != null) {
            context.store().read(tx -> context.locator().findActive(tx, secretId));
        }
        List<Problem> problems = problems(parse(policy));
        return new Validation(problems.isEmpty(), problems);
    }

    private Secret setPolicy(String secretId, String policy) {
        return context.store().write(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            SecretChange change = context.change(tx, secret);
            change.update(secret.withResourcePolicy(policy));
            change.record(EventType.SECRET_UPDATED, null, Map.of("fields", "resourcePolicy"));
            change.commit();
            return secret;
        });
    }

    private JsonNode parse(String policy) {
        try {
            return json.readTree(policy);
        } catch (JsonProcessingException e) {
            throw Errors.malformedPolicy("This resource policy contains a syntax error: it is not valid JSON.");
        }
    }

    private static List<Problem> problems(JsonNode document) {
        List<Problem> problems = new ArrayList<>();
        if (document == null || !document.isObject()) {
            problems.add(new Problem("SYNTAX_CHECK", "The policy document must be a JSON object."));
        } else if (!document.has("Statement")) {
            problems.add(new Problem("SYNTAX_CHECK", "The policy document must contain a Statement."));
        }
        return problems;
    }

    private static boolean grantsPublicAccess(JsonNode document) {
        JsonNode statements = document.get("Statement");
        List<JsonNode> list = new ArrayList<>();
        if (statements.isArray()) {
            statements.forEach(list::add);
        } else {
            list.add(statements);
        }
        for (JsonNode statement : list) {
            JsonNode principal = statement.path("Principal");
            boolean allow = "Allow".equals(statement.path("Effect").asText());
            boolean wildcard = "*".equals(principal.asText()) || "*".equals(principal.path("AWS").asText())
                    || (principal.path("AWS").isArray() && principal.path("AWS").toString().contains("\"*\""));
            if (allow && wildcard) {
                return true;
            }
        }
        return false;
    }
}
