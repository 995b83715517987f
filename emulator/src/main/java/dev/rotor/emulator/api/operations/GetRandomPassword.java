package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.PasswordGenerator;

/** GetRandomPassword: AWS's character classes and defaults (32 characters, each included type). */
public final class GetRandomPassword implements Operation<GetRandomPassword.Request> {
    private final PasswordGenerator passwords;

    public GetRandomPassword(PasswordGenerator passwords) {
        this.passwords = passwords;
    }

    /** The request. */
    public record Request(Long passwordLength, String excludeCharacters, Boolean excludeNumbers,
                          Boolean excludePunctuation, Boolean excludeUppercase, Boolean excludeLowercase,
                          Boolean includeSpace, Boolean requireEachIncludedType) {
    }

    /** The response. */
    public record Response(String randomPassword) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request r) {
        new Constraints().range("passwordLength", r.passwordLength(), 1, 4096)
                .length("excludeCharacters", r.excludeCharacters(), 0, 4096).check();
        return new Response(passwords.generate(new PasswordGenerator.Options(r.passwordLength(),
                r.excludeCharacters(), r.excludeNumbers(), r.excludePunctuation(), r.excludeUppercase(),
                r.excludeLowercase(), r.includeSpace(), r.requireEachIncludedType())));
    }
}
