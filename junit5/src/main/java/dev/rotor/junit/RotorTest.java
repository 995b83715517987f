package dev.rotor.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs an in-process Rotor emulator (a free port) for the annotated test class. Test and lifecycle methods may take a
 * {@code SecretsManagerClient} configured for it, the {@link dev.rotor.emulator.Emulator} and its
 * {@link dev.rotor.emulator.admin.RotorAdmin}. Secrets, versions, rotations, faults and the journal are reset before
 * each test; registered functions stay. Nested classes share their outer class's emulator.
 * <pre>{@code
 * @RotorTest(functions = @RotorFunction(name = "my-rotator", jar = "target/my-rotator.jar",
 *         handler = "com.example.Rotator"), syncRotation = true)
 * class MyRotatorTest {
 *     @Test
 *     void rotates(SecretsManagerClient secretsManager) { ... }
 * }
 * }</pre>
 * For settings computed at run time, register {@link RotorExtension#withConfig} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RotorExtension.class)
public @interface RotorTest {

    /** Rotation functions to register; their ARNs are {@code arn:aws:lambda:REGION:ACCOUNT:function:NAME}. */
    RotorFunction[] functions() default {};

    /** The region in ARNs and of the client. */
    String region() default "us-east-1";

    /** The account id in ARNs. */
    String accountId() default "000000000000";

    /** Keep state in H2 files in this folder (relative to the working directory); empty: in memory. */
    String dataDir() default "";

    /** RotateSecret answers once the rotation has finished (as {@code rotor serve --sync-rotation}). */
    boolean syncRotation() default false;
}
