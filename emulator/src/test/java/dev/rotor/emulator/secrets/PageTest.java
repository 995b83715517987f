package dev.rotor.emulator.secrets;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {
    @Test
    void pagesCoverTheListOnceAndTheLastHasNoToken() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        Page<Integer> first = Page.of(all, null, 2, 100);
        Page<Integer> second = Page.of(all, first.nextToken(), 2, 100);
        Page<Integer> third = Page.of(all, second.nextToken(), 2, 100);
        assertThat(first.items()).containsExactly(1, 2);
        assertThat(second.items()).containsExactly(3, 4);
        assertThat(third.items()).containsExactly(5);
        assertThat(third.nextToken()).isNull();
    }

    @Test
    void aForgedTokenIsRejected() {
        assertThatThrownBy(() -> Page.of(List.of(1), "garbage!", 1, 1)).isInstanceOf(SecretsException.class);
        assertThatThrownBy(() -> Page.of(List.of(1), "cm90b3ItcGFnZS12MTotNQ", 1, 1)).isInstanceOf(SecretsException.class);
    }
}
