package dev.rotor.harness.secret;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One labelled version of a secret: its id and its JSON value (the credentials and the other fields). */
public record SecretVersion(String versionId, ObjectNode value) {

    public String username() {
        return value.path("username").asText();
    }

    public String password() {
        return value.path("password").asText();
    }
}
