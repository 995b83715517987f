package dev.rotor.functions.mysql.common;

/** The staging labels a rotation works with. */
public final class Stages {

    public static final String CURRENT = "AWSCURRENT";
    public static final String PENDING = "AWSPENDING";
    public static final String PREVIOUS = "AWSPREVIOUS";

    private Stages() {
    }
}
