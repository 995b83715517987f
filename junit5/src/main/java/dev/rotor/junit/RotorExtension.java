package dev.rotor.junit;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.admin.RotorAdmin;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.Objects;
import java.util.Set;

/**
 * The JUnit 5 extension behind {@link RotorTest}: starts an emulator before the class's tests, resets its state
 * before each test, stops it after the class, and resolves {@link SecretsManagerClient} (one per test, closed after
 * it), {@link Emulator} and {@link RotorAdmin} parameters. Registered directly for settings computed at run time:
 * <pre>{@code
 * @RegisterExtension
 * static RotorExtension rotor = RotorExtension.withConfig(EmulatorConfig.defaults()
 *         .withFunction(FunctionDefinition.of("my-rotator", Path.of(System.getProperty("rotator.jar")), HANDLER)));
 * }</pre>
 */
public final class RotorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RotorExtension.class);
    private static final Set<Class<?>> PARAMETER_TYPES = Set.of(SecretsManagerClient.class, Emulator.class,
            RotorAdmin.class);

    /** Null when the settings come from the {@link RotorTest} annotation. */
    private final EmulatorConfig config;

    /** The extension {@link RotorTest} registers: settings from the annotation. */
    public RotorExtension() {
        this.config = null;
    }

    private RotorExtension(EmulatorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** An extension for {@code @RegisterExtension static} fields, running an emulator with these settings. */
    public static RotorExtension withConfig(EmulatorConfig config) {
        return new RotorExtension(config);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // a nested class finds its outer class's emulator in the parent store and shares it
        context.getStore(NAMESPACE).getOrComputeIfAbsent(RunningRotor.class,
                key -> new RunningRotor(Emulator.start(settingsFor(context))), RunningRotor.class);
    }

    private EmulatorConfig settingsFor(ExtensionContext context) {
        if (config != null) {
            return config;
        }
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RotorTest.class)
                .map(AnnotationSettings::from)
                .orElseThrow(() -> new ExtensionConfigurationException("RotorExtension needs @RotorTest on "
                        + context.getRequiredTestClass().getName() + ", or register RotorExtension.withConfig(...)"));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        running(context).emulator().admin().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return PARAMETER_TYPES.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningRotor rotor = running(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Emulator.class) {
            return rotor.emulator();
        }
        if (type == RotorAdmin.class) {
            return rotor.emulator().admin();
        }
        // kept in the store of the test (or class, for @BeforeAll methods), which closes it afterwards
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(SecretsManagerClient.class,
                key -> rotor.newClient(), SecretsManagerClient.class);
    }

    private static RunningRotor running(ExtensionContext context) {
        RunningRotor rotor = context.getStore(NAMESPACE).get(RunningRotor.class, RunningRotor.class);
        if (rotor == null) {
            throw new ParameterResolutionException("no Rotor emulator runs for " + context.getDisplayName()
                    + ": RotorExtension starts one per class (use @RotorTest or a static @RegisterExtension field)");
        }
        return rotor;
    }
}
