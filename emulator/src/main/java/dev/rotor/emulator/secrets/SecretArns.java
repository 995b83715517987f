package dev.rotor.emulator.secrets;

import java.util.random.RandomGenerator;

/** Builds and reads secret ARNs: {@code arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 chars>}. */
public final class SecretArns {
    private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String RESOURCE_MARKER = ":secret:";

    private final String prefix;
    private final RandomGenerator random;

    public SecretArns(String region, String accountId, RandomGenerator random) {
        this.prefix = "arn:" + partitionOf(region) + ":secretsmanager:" + region + ":" + accountId + RESOURCE_MARKER;
        this.random = random;
    }

    /** The AWS partition a region belongs to. */
    public static String partitionOf(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return "aws";
    }

    /** A new ARN for a secret name, with a fresh random suffix. */
    public String newArn(String name) {
        StringBuilder arn = new StringBuilder(prefix.length() + name.length() + 7).append(prefix).append(name).append('-');
        for (int i = 0; i < 6; i++) {
            arn.append(SUFFIX_ALPHABET.charAt(random.nextInt(SUFFIX_ALPHABET.length())));
        }
        return arn.toString();
    }

    public static boolean isArn(String secretId) {
        return secretId.startsWith("arn:");
    }

    /** The resource part of an ARN (after {@code :secret:}), or null when it has none. */
    public static String resourceOf(String arn) {
        int at = arn.indexOf(RESOURCE_MARKER);
        return at < 0 ? null : arn.substring(at + RESOURCE_MARKER.length());
    }

    /** The ARN with its resource part replaced by a name: how a partial ARN names a secret. */
    public static String withResource(String arn, String resource) {
        int at = arn.indexOf(RESOURCE_MARKER);
        return arn.substring(0, at + RESOURCE_MARKER.length()) + resource;
    }

    /**
     * Whether a resource part ends like a full ARN ({@code -} and six characters): AWS then reads it as a full ARN
     * and does not fall back to matching names.
     */
    public static boolean endsWithSuffix(String resource) {
        int n = resource.length();
        return n >= 7 && resource.charAt(n - 7) == '-';
    }
}
