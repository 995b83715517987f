package dev.rotor.harness.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CleanTextTest {

    @Test
    void keepsTextThatIsAlreadyLegalIncludingTabsNewlinesAndEmoji() {
        String text = "a\tb\nc\r\nd 🔑 é ￼";

        assertThat(CleanText.of(text)).isSameAs(text);
    }

    @Test
    void replacesControlCharactersWithAVisibleEscape() {
        assertThat(CleanText.of("nul\u0000 bell\u0007 esc\u001B")).isEqualTo("nul\\u0000 bell\\u0007 esc\\u001B");
    }

    @Test
    void replacesLoneSurrogatesAndNonCharacters() {
        assertThat(CleanText.of("x\uD83Dy\uFFFE")).isEqualTo("x\\uD83Dy\\uFFFE");
    }

    @Test
    void turnsNullIntoEmpty() {
        assertThat(CleanText.of(null)).isEmpty();
    }
}
