package dev.rotor.emulator.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * SerializationException messages in AWS's manner ("Start of structure or map found where not expected."): they say
 * what is wrong and where, and never quote the request: the JSON parser's own messages do, secret values included.
 */
final class SerializationMessages {
    /** An AWS member name: the only request text a message may repeat, and only after the model named it. */
    private static final Pattern MEMBER = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");

    private SerializationMessages() {
    }

    static String of(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "The request body exceeds a JSON limit: nesting depth, or the length of a number, string or name.";
        }
        if (e instanceof InputCoercionException) {
            return "A number in the request body is out of range for its member" + where(e.getLocation()) + ".";
        }
        if (e instanceof JsonMappingException mapping) {
            return mismatch(mapping);
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return "The request body must be one JSON object with nothing after it.";
        }
        return "The request body is not valid JSON" + where(e.getLocation()) + ".";
    }

    private static String mismatch(JsonMappingException e) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return "The request body must be one JSON object with nothing after it.";
        }
        List<String> path = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(Objects::nonNull).toList();
        if (path.isEmpty() || !path.stream().allMatch(name -> MEMBER.matcher(name).matches())) {
            return "The request body does not match the operation's input shape.";
        }
        Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
                ? m.getTargetType() : null;
        String expected = target == null ? "another type" : describe(target);
        return "Unexpected value type for member " + String.join(".", path) + ": expected " + expected + ".";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == byte[].class) {
            return "a base64-encoded blob";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a structure";
    }
}
