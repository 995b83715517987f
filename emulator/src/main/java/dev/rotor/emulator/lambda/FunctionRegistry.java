package dev.rotor.emulator.lambda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The functions the emulator knows, looked up by name or ARN. Thread-safe. */
public final class FunctionRegistry {

    private final String region;
    private final String accountId;
    private final ConcurrentMap<String, FunctionDefinition> functions = new ConcurrentHashMap<>();

    public FunctionRegistry(LambdaSettings settings) {
        this(settings.region(), settings.accountId());
    }

    public FunctionRegistry(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    /** Adds the function, or replaces the one of the same name (its warm process is restarted on next use). */
    public FunctionDefinition register(FunctionDefinition function) {
        functions.put(function.name(), function);
        return function;
    }

    public boolean remove(String nameOrArn) {
        String name = nameOf(nameOrArn);
        return name != null && functions.remove(name) != null;
    }

    public Optional<FunctionDefinition> find(String nameOrArn) {
        String name = nameOf(nameOrArn);
        return name == null ? Optional.empty() : Optional.ofNullable(functions.get(name));
    }

    /** All functions, sorted by name. */
    public List<FunctionDefinition> list() {
        List<FunctionDefinition> all = new ArrayList<>(functions.values());
        all.sort(Comparator.comparing(FunctionDefinition::name));
        return all;
    }

    /** {@code arn:aws:lambda:<region>:<account>:function:<name>}. */
    public String arnOf(String name) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + name;
    }

    /**
     * The function name in a plain name, a full ARN (optionally qualified with {@code $LATEST}) or the partial
     * {@code <account>:function:<name>} form; {@code null} when the ARN belongs to another region or account.
     */
    private String nameOf(String nameOrArn) {
        if (nameOrArn == null) {
            return null;
        }
        String id = nameOrArn;
        String prefix = "arn:aws:lambda:" + region + ":" + accountId + ":function:";
        if (id.startsWith("arn:")) {
            if (!id.startsWith(prefix)) {
                return null;
            }
            id = id.substring(prefix.length());
        } else if (id.startsWith(accountId + ":function:")) {
            id = id.substring((accountId + ":function:").length());
        }
        if (id.endsWith(":$LATEST")) {
            id = id.substring(0, id.length() - ":$LATEST".length());
        }
        return id.contains(":") ? null : id;
    }
}
