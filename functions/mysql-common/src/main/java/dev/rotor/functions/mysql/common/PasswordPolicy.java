package dev.rotor.functions.mysql.common;

import software.amazon.awssdk.services.secretsmanager.model.GetRandomPasswordRequest;

/** The GetRandomPassword options a function passes, from its environment with the templates' defaults. */
public record PasswordPolicy(
        String excludeCharacters,
        int passwordLength,
        boolean excludeNumbers,
        boolean excludePunctuation,
        boolean excludeUppercase,
        boolean excludeLowercase,
        boolean requireEachIncludedType) {

    /** Characters MySQL connection strings and shells trip over. */
    public static final String DEFAULT_EXCLUDE_CHARACTERS = "/@\"'\\";
    public static final int DEFAULT_PASSWORD_LENGTH = 32;

    public static PasswordPolicy from(FunctionEnvironment env) {
        return new PasswordPolicy(
                env.string("EXCLUDE_CHARACTERS", DEFAULT_EXCLUDE_CHARACTERS),
                env.integer("PASSWORD_LENGTH", DEFAULT_PASSWORD_LENGTH),
                env.flag("EXCLUDE_NUMBERS", false),
                env.flag("EXCLUDE_PUNCTUATION", false),
                env.flag("EXCLUDE_UPPERCASE", false),
                env.flag("EXCLUDE_LOWERCASE", false),
                env.flag("REQUIRE_EACH_INCLUDED_TYPE", true));
    }

    public GetRandomPasswordRequest toRequest() {
        return GetRandomPasswordRequest.builder()
                .excludeCharacters(excludeCharacters)
                .passwordLength((long) passwordLength)
                .excludeNumbers(excludeNumbers)
                .excludePunctuation(excludePunctuation)
                .excludeUppercase(excludeUppercase)
                .excludeLowercase(excludeLowercase)
                .requireEachIncludedType(requireEachIncludedType)
                .build();
    }
}
