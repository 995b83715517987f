package dev.rotor.emulator.lambda;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExcerptTest {

    @Test
    void text_within_the_limit_is_kept_whole() {
        assertThat(Excerpt.of("0123456789", 10)).isEqualTo("0123456789");
        assertThat(Excerpt.of(null, 10)).isNull();
    }

    @Test
    void longer_text_keeps_its_beginning_and_end_with_a_note_of_what_was_dropped() {
        assertThat(Excerpt.of("abcdefghijklmnopqrstuvwxyz", 10))
                .isEqualTo("abcde\n[rotor: truncated, 16 characters dropped]\nvwxyz");
    }

    @Test
    void a_character_outside_the_basic_plane_is_never_cut_in_two() {
        String text = "ab\uD83D\uDE00" + "-".repeat(20) + "\uD83D\uDE00yz";

        assertThat(Excerpt.of(text, 6)).as("the emoji at either cut is dropped whole")
                .isEqualTo("ab\n[rotor: truncated, 24 characters dropped]\nyz");
    }

    @Test
    void lines_beyond_the_limit_give_way_to_a_line_counting_them() {
        List<String> lines = List.of("at a(A.java:1)", "at b(B.java:2)", "at c(C.java:3)", "at d(D.java:4)");

        assertThat(Excerpt.lines(lines, 30)).containsExactly("at a(A.java:1)", "at b(B.java:2)",
                "[rotor: truncated, 2 more lines dropped]");
        assertThat(Excerpt.lines(lines, 1_000)).isEqualTo(lines);
    }
}
