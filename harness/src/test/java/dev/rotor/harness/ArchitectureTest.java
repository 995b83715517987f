package dev.rotor.harness;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.rotor.emulator.Emulator;

import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The harness's shape, checked in every build: it reaches the emulator only through the emulator's public API, its
 * packages form layers that only point down (cli, then runner, then what the runner puts together), and no two of
 * its packages depend on each other. Main code only.
 */
@AnalyzeClasses(packages = "dev.rotor.harness", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Top-level classes outside {@code admin} and {@code journal} that make up the emulator's public API (the types
     * the admin interface takes and returns, see the emulator's ArchitectureTest.ADMIN_API), and {@code serve}, which
     * {@code rotor} registers as a subcommand.
     */
    private static final Set<String> PUBLIC_CLASSES = Set.of(
            "dev.rotor.emulator.Emulator", "dev.rotor.emulator.EmulatorConfig",
            "dev.rotor.emulator.rotation.RotationSettings", "dev.rotor.emulator.rotation.RotationStep",
            "dev.rotor.emulator.rotation.RotationRecord", "dev.rotor.emulator.rotation.StepRecord",
            "dev.rotor.emulator.rotation.RotationResult",
            "dev.rotor.emulator.lambda.FunctionDefinition", "dev.rotor.emulator.lambda.FunctionRuntime",
            "dev.rotor.emulator.lambda.Invocation", "dev.rotor.emulator.lambda.InvocationOutcome",
            "dev.rotor.emulator.lambda.FailureKind", "dev.rotor.emulator.lambda.FunctionError",
            "dev.rotor.emulator.cli.ServeCommand");

    /** What the harness may call on an {@link Emulator}: everything else goes through {@code admin()}. */
    private static final Set<String> EMULATOR_METHODS = Set.of("start", "admin", "endpoint", "port", "config",
            "version", "stop", "close");

    private static final DescribedPredicate<JavaClass> EMULATOR_PUBLIC_API = DescribedPredicate.describe(
            "the emulator's public API (Emulator, EmulatorConfig, admin interface and its types, journal events,"
                    + " function definitions, rotation settings and records)",
            type -> {
                String topLevel = type.getName().split("\\$")[0];
                return PUBLIC_CLASSES.contains(topLevel) || type.getPackageName().equals("dev.rotor.emulator.journal")
                        || type.getPackageName().equals("dev.rotor.emulator.admin")
                        && !topLevel.equals("dev.rotor.emulator.admin.EmulatorAdmin");
            });

    @ArchTest
    static final ArchRule harnessUsesOnlyTheEmulatorsPublicApi = classes()
            .that().resideInAPackage("dev.rotor.harness..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.rotor.emulator..").or(EMULATOR_PUBLIC_API));

    @ArchTest
    static final ArchRule harnessReachesRotationsFaultsClockJournalAndFunctionsThroughAdmin = noClasses()
            .that().resideInAPackage("dev.rotor.harness..")
            .should().callMethodWhere(DescribedPredicate.describe("a method of Emulator other than "
                    + EMULATOR_METHODS.stream().sorted().toList(), (JavaMethodCall call) ->
                    call.getTargetOwner().isEquivalentTo(Emulator.class)
                            && !EMULATOR_METHODS.contains(call.getName())));

    @ArchTest
    static final ArchRule harnessLayersPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("dev.rotor.harness.cli..")
            .layer("runner").definedBy("dev.rotor.harness.runner..")
            .layer("report").definedBy("dev.rotor.harness.report..")
            .layer("scenario").definedBy("dev.rotor.harness.scenario..")
            .layer("invariants").definedBy("dev.rotor.harness.invariants..")
            .layer("action").definedBy("dev.rotor.harness.action..")
            .layer("clients").definedBy("dev.rotor.harness.clients..")
            .layer("secret").definedBy("dev.rotor.harness.secret..")
            .layer("database").definedBy("dev.rotor.harness.database..")
            .layer("result").definedBy("dev.rotor.harness.result..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("runner").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "runner")
            .whereLayer("scenario").mayOnlyBeAccessedByLayers("cli", "runner", "invariants")
            .whereLayer("invariants").mayOnlyBeAccessedByLayers("runner")
            .whereLayer("action").mayOnlyBeAccessedByLayers("runner", "scenario", "invariants")
            .whereLayer("clients").mayOnlyBeAccessedByLayers("runner")
            .whereLayer("secret").mayOnlyBeAccessedByLayers("runner", "action", "invariants", "clients")
            .whereLayer("database").mayOnlyBeAccessedByLayers("cli", "runner", "scenario", "action", "invariants",
                    "clients")
            .whereLayer("result").mayOnlyBeAccessedByLayers("cli", "runner", "report", "scenario", "action",
                    "invariants", "clients");

    @ArchTest
    static final ArchRule harnessPackagesHaveNoCycles = slices().matching("dev.rotor.harness.(*)..")
            .should().beFreeOfCycles();
}
