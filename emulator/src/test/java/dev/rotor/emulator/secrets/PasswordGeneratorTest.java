package dev.rotor.emulator.secrets;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordGeneratorTest {
    private static PasswordGenerator.Options options(long length, boolean requireEach) {
        return new PasswordGenerator.Options(length, null, null, null, null, null, null, requireEach);
    }

    @RepeatedTest(50)
    void aFourCharacterPasswordStillHoldsOneOfEachClass() {
        String password = new PasswordGenerator(new SplittableRandom()).generate(options(4, true));
        assertThat(password.chars()).anyMatch(Character::isUpperCase).anyMatch(Character::isLowerCase)
                .anyMatch(Character::isDigit).anyMatch(c -> PasswordGenerator.PUNCTUATION.indexOf(c) >= 0);
    }

    @Test
    void theSameSeedGivesTheSamePassword() {
        String a = new PasswordGenerator(new SplittableRandom(42)).generate(options(32, true));
        String b = new PasswordGenerator(new SplittableRandom(42)).generate(options(32, true));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void thePunctuationSetIsPythonsStringPunctuation() {
        assertThat(PasswordGenerator.PUNCTUATION).hasSize(32).isEqualTo("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    }
}
