package dev.rotor.functions.mysql.broken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.functions.mysql.SingleUserSteps;
import dev.rotor.functions.mysql.common.SecretValue;
import dev.rotor.functions.mysql.common.Stages;
import java.util.Set;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationRequest;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.Secrets;
import java.util.function.Function;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * BROKEN (single user): createSecret drops every key the functions do not read (e.g. a custom {@code "note"}), while the
 * rotation still succeeds; caught by the fields invariant (non-credential fields must be unchanged).
 */
public final class DropsCustomKeys extends BrokenRotationHandler {

    /** The keys the MySQL functions read; every other key is dropped. */
    static final Set<String> KNOWN_KEYS = Set.of("engine", "host", "port", "username", "password", "dbname", "ssl",
            "masterarn");
    // read numbers as SecretValue does, so kept fields stay exactly as they were (1.10 stays 1.10)
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    public DropsCustomKeys() {
    }

    public DropsCustomKeys(SecretsManagerClient client, PasswordPolicy passwords,
                           Function<RotationLog, DatabaseConnector> connectors) {
        super(client, passwords, connectors);
    }

    /** The value without the keys the functions do not read (the defect, on its own). */
    static SecretValue withoutCustomKeys(SecretValue value) {
        try {
            ObjectNode json = (ObjectNode) MAPPER.readTree(value.toJson());
            json.retain(KNOWN_KEYS);
            return SecretValue.parse(MAPPER.writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SecretValue wrote JSON it cannot read back", e);
        }
    }

    @Override
    protected RotationSteps steps(Secrets secrets, DatabaseConnector connector, RotationLog log) {
        return new SingleUserSteps(secrets, connector, passwords(), log) {
            @Override
            public void createSecret(RotationRequest request) {
                if (secrets.findPending(request.secretId(), request.token()).isPresent()) {
                    return; // idempotent, as the reference: this fixture breaks only the carried-over fields
                }
                // BROKEN: the reference copies AWSCURRENT with every key, in order, changing only the password
                SecretValue current = secrets.byStage(request.secretId(), Stages.CURRENT);
                SecretValue next = withoutCustomKeys(current).with("password", secrets.randomPassword(passwords()));
                secrets.putPending(request, next);
                log.info("createSecret: BROKEN: stored version " + request.token() + " as AWSPENDING without the keys "
                        + current.keys().stream().filter(key -> !KNOWN_KEYS.contains(key)).toList());
            }
        };
    }
}
