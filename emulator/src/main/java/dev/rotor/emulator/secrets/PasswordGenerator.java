package dev.rotor.emulator.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** GetRandomPassword: AWS's character classes, exclusions and the each-included-type rule. */
public final class PasswordGenerator {
    public static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";

    private final RandomGenerator random;

    public PasswordGenerator(RandomGenerator random) {
        this.random = random;
    }

    /** The options of GetRandomPassword; nulls take AWS's defaults. */
    public record Options(Long length, String excludeCharacters, Boolean excludeNumbers, Boolean excludePunctuation,
                          Boolean excludeUppercase, Boolean excludeLowercase, Boolean includeSpace,
                          Boolean requireEachIncludedType) {
    }

    public String generate(Options options) {
        int length = options.length() == null ? 32 : Math.toIntExact(options.length());
        String excluded = options.excludeCharacters() == null ? "" : options.excludeCharacters();
        List<String> classes = new ArrayList<>();
        addClass(classes, UPPER, options.excludeUppercase(), excluded);
        addClass(classes, LOWER, options.excludeLowercase(), excluded);
        addClass(classes, DIGITS, options.excludeNumbers(), excluded);
        addClass(classes, PUNCTUATION, options.excludePunctuation(), excluded);
        if (Boolean.TRUE.equals(options.includeSpace())) {
            addClass(classes, " ", false, excluded);
        }
        if (classes.isEmpty()) {
            throw Errors.invalidParameter("The password can't be generated: every character is excluded.");
        }
        boolean eachType = options.requireEachIncludedType() == null || options.requireEachIncludedType();
        if (eachType && length < classes.size()) {
            throw Errors.invalidParameter("Password length is too short based on the required types.");
        }
        String pool = String.join("", classes);
        char[] password = new char[length];
        for (int i = 0; i < length; i++) {
            password[i] = pool.charAt(random.nextInt(pool.length()));
        }
        if (eachType) {
            placeOneOfEach(password, classes);
        }
        return new String(password);
    }

    private void placeOneOfEach(char[] password, List<String> classes) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < password.length; i++) {
            positions.add(i);
        }
        for (String characterClass : classes) {
            int position = positions.remove(random.nextInt(positions.size()));
            password[position] = characterClass.charAt(random.nextInt(characterClass.length()));
        }
    }

    private static void addClass(List<String> classes, String characters, Boolean excludedClass, String excluded) {
        if (Boolean.TRUE.equals(excludedClass)) {
            return;
        }
        StringBuilder kept = new StringBuilder();
        for (char c : characters.toCharArray()) {
            if (excluded.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        if (!kept.isEmpty()) {
            classes.add(kept.toString());
        }
    }
}
