package dev.rotor.emulator.wire;

import dev.rotor.emulator.EmulatorConfig;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class one in-memory {@link WireEmulator} on a free port, injected into constructors or test methods
 * ({@code @ExtendWith(WireEmulatorExtension.class)}); it lives in the class's extension store and stops after the class.
 */
public final class WireEmulatorExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WireEmulatorExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WireEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(WireEmulator.class,
                key -> new WireEmulator(EmulatorConfig.defaults()), WireEmulator.class);
    }
}
