package dev.rotor.emulator.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.APIErrorType;
import software.amazon.awssdk.services.secretsmanager.model.FilterNameStringType;
import software.amazon.awssdk.services.secretsmanager.model.SecretValueEntry;

import static dev.rotor.emulator.it.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.11: BatchGetSecretValue. */
class BatchGetSecretValueIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();

    private final SecretsManagerClient sm = emulator.client();

    @Test
    void byIdListItReturnsCurrentValuesAndReportsEachFailureSeparately() {
        String a = emulator.uniqueName("batch-a");
        String b = emulator.uniqueName("batch-b");
        String gone = emulator.uniqueName("batch-deleted");
        sm.createSecret(r -> r.name(a).secretString("A1"));
        sm.putSecretValue(r -> r.secretId(a).secretString("A2"));
        sm.createSecret(r -> r.name(b).secretString("B1"));
        sm.createSecret(r -> r.name(gone).secretString("G"));
        sm.deleteSecret(r -> r.secretId(gone));

        var response = sm.batchGetSecretValue(r -> r.secretIdList(a, b, "missing-" + a, gone));

        assertThat(response.secretValues()).extracting(SecretValueEntry::secretString).containsExactly("A2", "B1");
        assertThat(response.errors()).extracting(APIErrorType::errorCode)
                .containsExactly("ResourceNotFoundException", "InvalidRequestException");
    }

    @Test
    void byFiltersItPagesThroughMatchingSecrets() {
        String prefix = emulator.uniqueName("batch-filter");
        for (int i = 0; i < 3; i++) {
            String name = prefix + "/" + i;
            sm.createSecret(r -> r.name(name).secretString("value" + name.length()));
        }
        var first = sm.batchGetSecretValue(r -> r.filters(f -> f.key(FilterNameStringType.NAME).values(prefix))
                .maxResults(2));
        assertThat(first.secretValues()).hasSize(2);
        assertThat(first.nextToken()).isNotNull();
        var second = sm.batchGetSecretValue(r -> r.filters(f -> f.key(FilterNameStringType.NAME).values(prefix))
                .maxResults(2).nextToken(first.nextToken()));
        assertThat(second.secretValues()).hasSize(1);
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void idListAndFiltersTogetherOrNeitherAreInvalid_asIsMaxResultsWithoutFilters() {
        assertAwsError(() -> sm.batchGetSecretValue(r -> r.secretIdList("x")
                .filters(f -> f.key(FilterNameStringType.NAME).values("x"))), "InvalidParameterException");
        assertAwsError(() -> sm.batchGetSecretValue(r -> r.secretIdList("x").maxResults(2)), "InvalidParameterException");
        assertAwsError(() -> sm.batchGetSecretValue(r -> { }), "InvalidParameterException");
    }
}
