package dev.rotor.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rotation function for {@link RotorTest#functions()}: a Lambda jar run as AWS Lambda's Java 17 runtime would. */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RotorFunction {

    /** The function name (letters, digits, '-' and '_'). */
    String name();

    /** The jar (or unzipped folder), relative to the working directory: in Maven, the module's folder. */
    String jar();

    /** {@code pkg.Class} or {@code pkg.Class::method}. */
    String handler();

    /** The function's environment, as {@code KEY=VALUE} entries. */
    String[] environment() default {};

    /** How long one step may run: {@code 30s}, {@code 1500ms}, {@code PT1M}. */
    String timeout() default "30s";
}
