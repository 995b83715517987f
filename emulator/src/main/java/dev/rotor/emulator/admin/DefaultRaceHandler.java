package dev.rotor.emulator.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.RotationService;
import dev.rotor.emulator.secrets.PasswordGenerator;
import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.VersionWriter;

import java.util.UUID;

/**
 * The races' actions when no {@link RaceHandler} was set (HTTP users): the AWS side only. put-value writes the current
 * value again as a new AWSCURRENT version, with PutSecretValue's semantics (a fresh password when the value is JSON
 * with a {@code password}); rotate calls RotateSecret; cancel-rotation calls CancelRotateSecret. AWS's refusals are
 * thrown, and so recorded as the race's outcome.
 */
final class DefaultRaceHandler implements RaceHandler {
    /** The characters AWS's rotation templates exclude from generated passwords. */
    private static final PasswordGenerator.Options PASSWORD = new PasswordGenerator.Options(null, "/@\"'\\", null,
            null, null, null, null, null);

    private final VersionWriter versions;
    private final PasswordGenerator passwords;
    private final RotationService rotations;
    private final ObjectMapper json = new ObjectMapper();

    DefaultRaceHandler(VersionWriter versions, PasswordGenerator passwords, RotationService rotations) {
        this.versions = versions;
        this.passwords = passwords;
        this.rotations = rotations;
    }

    @Override
    public void perform(Fault.Race race, RotationRecord rotation) {
        String secret = rotation.secretArn();
        switch (race.action()) {
            case PUT_VALUE -> versions.putCurrentAgain(secret, UUID.randomUUID().toString(), this::freshPassword);
            case ROTATE -> rotations.rotate(secret, UUID.randomUUID().toString(), null, null, true);
            case CANCEL_ROTATION -> rotations.cancel(secret);
        }
    }

    private SecretValue freshPassword(SecretValue current) {
        if (current.isBinary()) {
            return current;
        }
        try {
            JsonNode value = json.readTree(current.string());
            if (value instanceof ObjectNode fields && fields.path("password").isTextual()) {
                fields.put("password", passwords.generate(PASSWORD));
                return SecretValue.ofString(json.writeValueAsString(fields));
            }
        } catch (JsonProcessingException notJson) {
            // a plain string is written again as it is
        }
        return current;
    }
}
