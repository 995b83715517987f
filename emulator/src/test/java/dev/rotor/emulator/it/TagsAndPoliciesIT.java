package dev.rotor.emulator.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

import static dev.rotor.emulator.it.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.13 and 3.14: tags and resource policies. */
class TagsAndPoliciesIT {
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"secretsmanager:GetSecretValue\","
            + "\"Resource\":\"*\"}]}";
    private static final String PUBLIC = POLICY.replace("{\"AWS\":\"arn:aws:iam::123456789012:root\"}", "\"*\"");

    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private final SecretsManagerClient sm = emulator.client();

    @Test
    void tagsAreAbsentUntilTagged_addedInOrder_overwritten_andAnEmptyListOnceAllAreRemoved() {
        String name = emulator.uniqueName("tags");
        sm.createSecret(r -> r.name(name).secretString("v"));
        assertThat(sm.describeSecret(r -> r.secretId(name)).hasTags()).isFalse();

        sm.tagResource(r -> r.secretId(name).tags(t -> t.key("b").value("1"), t -> t.key("a").value("2")));
        sm.tagResource(r -> r.secretId(name).tags(t -> t.key("b").value("3"), t -> t.key("Case").value("x")));
        assertThat(sm.describeSecret(r -> r.secretId(name)).tags()).extracting(Tag::key, Tag::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", "3"), org.assertj.core.groups.Tuple.tuple("a", "2"),
                        org.assertj.core.groups.Tuple.tuple("Case", "x"));

        sm.untagResource(r -> r.secretId(name).tagKeys("a", "b", "Case", "missing"));
        var described = sm.describeSecret(r -> r.secretId(name));
        assertThat(described.hasTags()).isTrue();
        assertThat(described.tags()).isEmpty();
    }

    @Test
    void aPolicyIsStoredVerbatim_returned_andDeleted() {
        String name = emulator.uniqueName("policy");
        sm.createSecret(r -> r.name(name).secretString("v"));
        assertThat(sm.getResourcePolicy(r -> r.secretId(name)).resourcePolicy()).isNull();
        sm.putResourcePolicy(r -> r.secretId(name).resourcePolicy(POLICY));
        assertThat(sm.getResourcePolicy(r -> r.secretId(name)).resourcePolicy()).isEqualTo(POLICY);
        sm.deleteResourcePolicy(r -> r.secretId(name));
        assertThat(sm.getResourcePolicy(r -> r.secretId(name)).resourcePolicy()).isNull();
    }

    @Test
    void aPolicyThatIsNotJsonIsMalformed_andAPublicOneIsRefusedWhenBlocked() {
        String name = emulator.uniqueName("bad-policy");
        sm.createSecret(r -> r.name(name).secretString("v"));
        assertAwsError(() -> sm.putResourcePolicy(r -> r.secretId(name).resourcePolicy("{not json")),
                "MalformedPolicyDocumentException");
        assertAwsError(() -> sm.putResourcePolicy(r -> r.secretId(name).resourcePolicy(PUBLIC).blockPublicPolicy(true)),
                "PublicPolicyException");
        sm.putResourcePolicy(r -> r.secretId(name).resourcePolicy(PUBLIC));
        assertThat(sm.getResourcePolicy(r -> r.secretId(name)).resourcePolicy()).isEqualTo(PUBLIC);
    }

    @Test
    void validateResourcePolicyPassesAPolicyDocumentAndFailsOtherJson() {
        var ok = sm.validateResourcePolicy(r -> r.resourcePolicy(POLICY));
        assertThat(ok.policyValidationPassed()).isTrue();
        assertThat(ok.validationErrors()).isEmpty();
        var bad = sm.validateResourcePolicy(r -> r.resourcePolicy("{\"Version\":\"2012-10-17\"}"));
        assertThat(bad.policyValidationPassed()).isFalse();
        assertThat(bad.validationErrors()).isNotEmpty();
    }

    @Test
    void replicationIsAnsweredWithAClearNotSupportedError() {
        String name = emulator.uniqueName("replica");
        sm.createSecret(r -> r.name(name).secretString("v"));
        var e = assertAwsError(() -> sm.replicateSecretToRegions(r -> r.secretId(name)
                .addReplicaRegions(x -> x.region("eu-west-1"))), "InvalidRequestException");
        assertThat(e.awsErrorDetails().errorMessage()).contains("not supported");
    }
}
