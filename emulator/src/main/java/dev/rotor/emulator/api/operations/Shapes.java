package dev.rotor.emulator.api.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.rotation.RotationSchedule;
import dev.rotor.emulator.secrets.Errors;
import dev.rotor.emulator.secrets.RotationRules;
import dev.rotor.emulator.secrets.Secret;
import dev.rotor.emulator.secrets.SecretFilter;
import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Wire shapes shared by several operations, and their conversions to and from the domain. */
final class Shapes {
    static final Pattern FILTER_VALUE = Pattern.compile("^\\!?[a-zA-Z0-9 :_@\\/\\+\\=\\.\\-\\!]*$");
    static final List<String> FILTER_KEYS = List.of("description", "name", "tag-key", "tag-value", "primary-region",
            "owning-service", "all");

    private Shapes() {
    }

    /** A tag on the wire. */
    record TagShape(String key, String value) {
    }

    /** A ListSecrets / BatchGetSecretValue filter on the wire. */
    record FilterShape(String key, List<String> values) {
    }

    /** RotationRules on the wire. */
    record RotationRulesShape(Long automaticallyAfterDays, String duration, String scheduleExpression) {
    }

    /** Every member DescribeSecret answers with; ListSecrets entries use the same fields. */
    record DescribeSecretResponse(@JsonProperty("ARN") String arn, String name, String type, String description,
                                  String kmsKeyId, Boolean rotationEnabled,
                                  @JsonProperty("RotationLambdaARN") String rotationLambdaArn,
                                  RotationRulesShape rotationRules, Instant lastRotatedDate, Instant lastChangedDate,
                                  LocalDate lastAccessedDate, Instant deletedDate, Instant nextRotationDate,
                                  List<TagShape> tags, Map<String, List<String>> versionIdsToStages,
                                  Map<String, List<String>> secretVersionsToStages, Instant createdDate) {
    }

    /**
     * A secret as DescribeSecret ({@code asListEntry} false) or a ListSecrets entry shows it. With rotation turned off
     * (CancelRotateSecret) both leave out NextRotationDate, and DescribeSecret leaves out LastRotatedDate too, while a
     * list entry keeps it ("null if the secret hasn't ever rotated"); RotationRules and RotationLambdaARN stay (API
     * reference, DescribeSecret and SecretListEntry). The dates are kept: RotateSecret shows them again.
     */
    static DescribeSecretResponse describe(Secret s, Map<String, List<String>> stages, boolean asListEntry) {
        var rotation = s.rotation();
        RotationRules rules = rotation.rules();
        return new DescribeSecretResponse(s.arn(), s.name(), s.type(), s.description(), s.kmsKeyId(),
                rotation.enabled(), rotation.lambdaArn(),
                rules == null ? null : new RotationRulesShape(reportedDays(rules), rules.duration(),
                        rules.scheduleExpression()),
                asListEntry || rotation.isEnabled() ? rotation.lastRotatedDate() : null, s.lastChangedDate(),
                s.lastAccessedDate(), s.deletionDate(),
                rotation.isEnabled() ? rotation.nextRotationDate() : null, tagShapes(s.tags()),
                asListEntry ? null : stages, asListEntry ? stages : null, s.createdDate());
    }

    /**
     * AWS reports AutomaticallyAfterDays "calculated from the rotation schedule" beside a ScheduleExpression (API
     * reference, RotationRulesType): for {@code rate(N days)} that is N. Hours and cron schedules report none here.
     */
    private static Long reportedDays(RotationRules rules) {
        if (rules.automaticallyAfterDays() != null) {
            return rules.automaticallyAfterDays();
        }
        RotationSchedule schedule = RotationSchedule.of(rules);
        return schedule == null ? null : schedule.wholeDays();
    }

    static List<TagShape> tagShapes(List<Tag> tags) {
        return tags == null ? null : tags.stream().map(t -> new TagShape(t.key(), t.value())).toList();
    }

    static List<Tag> tags(List<TagShape> shapes) {
        return shapes == null ? null : shapes.stream().map(t -> new Tag(t.key(), t.value())).toList();
    }

    static void checkTags(Constraints c, List<TagShape> tags) {
        if (tags == null) {
            return;
        }
        for (int i = 0; i < tags.size(); i++) {
            TagShape tag = tags.get(i);
            String member = member("tags", i);
            c.required(member + ".key", tag == null ? null : tag.key());
            if (tag != null) {
                c.length(member + ".key", tag.key(), 1, 128).length(member + ".value", tag.value(), 0, 256);
            }
        }
    }

    /** AWS's path to a list member in validation messages, e.g. {@code filters.1.member}. */
    static String member(String list, int index) {
        return list + "." + (index + 1) + ".member";
    }

    static List<SecretFilter> filters(List<FilterShape> shapes) {
        return shapes == null ? List.of() : shapes.stream().map(f -> new SecretFilter(f.key(),
                f.values() == null ? List.of() : f.values())).toList();
    }

    static void checkFilters(Constraints c, List<FilterShape> filters) {
        c.size("filters", filters, 0, 10);
        if (filters == null) {
            return;
        }
        for (int i = 0; i < filters.size(); i++) {
            FilterShape filter = filters.get(i);
            String member = member("filters", i);
            if (filter == null) {
                c.required(member, null);
                continue;
            }
            c.oneOf(member + ".key", filter.key(), FILTER_KEYS).size(member + ".values", filter.values(), 1, 10);
            List<String> values = filter.values() == null ? List.of() : filter.values();
            for (int j = 0; j < values.size(); j++) {
                String value = values.get(j);
                String path = member(member + ".values", j);
                c.required(path, value).length(path, value, 1, 512).pattern(path, value, FILTER_VALUE, false);
            }
        }
    }

    /**
     * A filter needs a Key and Values; the model makes neither required, and AWS answers InvalidParameterException
     * (moto's messages, see docs/emulator.md). Checked before the constraints, as a missing member is.
     */
    static void requireFilterParts(List<FilterShape> filters) {
        if (filters == null) {
            return;
        }
        for (FilterShape filter : filters) {
            if (filter != null && filter.key() == null) {
                throw Errors.invalidParameter("Invalid filter key");
            }
            if (filter != null && filter.values() == null && FILTER_KEYS.contains(filter.key())) {
                throw Errors.invalidParameter("Invalid filter values for key: " + filter.key());
            }
        }
    }

    /** The value of a write: both is an error, neither is null (whether that is allowed depends on the operation). */
    static SecretValue value(String string, byte[] binary) {
        if (string != null && binary != null) {
            throw Errors.bothValues();
        }
        if (string != null) {
            return SecretValue.ofString(string);
        }
        return binary == null ? null : new SecretValue(null, binary);
    }

    static void checkValue(Constraints c, String string, byte[] binary) {
        c.sensitiveLength("secretString", string, 1, 65536).bytes("secretBinary", binary, 1, 65536);
    }

    static void checkSecretId(Constraints c, String secretId) {
        c.required("secretId", secretId).length("secretId", secretId, 1, 2048);
    }

    static void requireToken(String token) {
        if (token == null) {
            throw Errors.missingClientRequestToken();
        }
    }

    static void checkToken(Constraints c, String token) {
        c.length("clientRequestToken", token, 32, 64);
    }

    static void checkStages(Constraints c, List<String> stages) {
        c.size("versionStages", stages, 1, 20);
        for (int i = 0; stages != null && i < stages.size(); i++) {
            String path = member("versionStages", i);
            c.required(path, stages.get(i)).length(path, stages.get(i), 1, 256);
        }
    }
}
