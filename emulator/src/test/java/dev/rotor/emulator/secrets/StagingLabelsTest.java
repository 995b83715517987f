package dev.rotor.emulator.secrets;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StagingLabelsTest {

    @Test
    void attachingAwsCurrentElsewhereGivesAwsPreviousToTheFormerHolder() {
        StagingLabels labels = StagingLabels.of(Map.of("AWSCURRENT", "v1", "AWSPREVIOUS", "v0"));
        labels.attach("AWSCURRENT", "v2");
        assertThat(labels.snapshot()).containsExactlyInAnyOrderEntriesOf(Map.of("AWSCURRENT", "v2", "AWSPREVIOUS", "v1"));
    }

    @Test
    void reattachingAwsCurrentToItsHolderChangesNothing() {
        StagingLabels labels = StagingLabels.of(Map.of("AWSCURRENT", "v1", "AWSPREVIOUS", "v0"));
        labels.attach("AWSCURRENT", "v1");
        assertThat(labels.holderOf("AWSPREVIOUS")).contains("v0");
    }

    @Test
    void aRotationIsInProgressOnlyWhenAwsPendingSitsOnAnotherVersionThanAwsCurrent() {
        assertThat(StagingLabels.of(Map.of("AWSCURRENT", "v1", "AWSPENDING", "v2")).rotationInProgress()).isTrue();
        assertThat(StagingLabels.of(Map.of("AWSCURRENT", "v1", "AWSPENDING", "v1")).rotationInProgress()).isFalse();
        assertThat(StagingLabels.of(Map.of("AWSCURRENT", "v1")).rotationInProgress()).isFalse();
    }

    @Test
    void labelsOfAVersionAreAlphabetical() {
        StagingLabels labels = StagingLabels.of(Map.of("PUT2", "v", "AWSPENDING", "v", "AWSCURRENT", "v"));
        assertThat(labels.labelsOf("v")).containsExactly("AWSCURRENT", "AWSPENDING", "PUT2");
    }

    @Test
    void theTwentyFirstLabelIsRefused() {
        StagingLabels labels = StagingLabels.of(Map.of());
        for (int i = 0; i < 20; i++) {
            labels.attach("L" + i, "v");
        }
        assertThatThrownBy(() -> labels.attach("L20", "v")).isInstanceOf(SecretsException.class)
                .extracting(e -> ((SecretsException) e).code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
    }
}
