package dev.rotor.emulator;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The emulator's layering, one rule per arrow (see docs/architecture.md): api → rotation → secrets (the domain, which
 * owns the store port) ← store; admin above rotation, lambda and the proxy; control over admin only; lambda, proxy,
 * journal and the exposure rules at the bottom. Each rule's name states its arrow, so a failure says which arrow broke.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.rotor.emulator";
    private static JavaClasses emulator;

    @BeforeAll
    static void importMainClasses() {
        emulator = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    private static String pkg(String name) {
        return ROOT + "." + name + "..";
    }

    /** Classes of the emulator outside the given packages (third-party and JDK classes are not counted). */
    private static DescribedPredicate<JavaClass> emulatorClassesOutside(String... packages) {
        return resideInAnyPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".").and(
                DescribedPredicate.not(resideInAnyPackage(packages))));
    }

    /** The types the admin interface takes and returns: the emulator's public API beyond Emulator and its config. */
    static final DescribedPredicate<JavaClass> ADMIN_API = describe("the types of the admin interface", c ->
            c.getPackageName().equals(ROOT + ".admin") || c.getPackageName().equals(ROOT + ".journal")
                    || Set.of("RotationRecord", "RotationResult", "StepRecord", "RotationStep", "RotationSettings")
                    .contains(outermost(c).getSimpleName()) && c.getPackageName().equals(ROOT + ".rotation")
                    || Set.of("FunctionDefinition", "FunctionSpec", "FunctionRuntime", "FunctionConfigFile",
                            "Invocation", "InvocationOutcome", "FailureKind", "FunctionError")
                    .contains(outermost(c).getSimpleName()) && c.getPackageName().equals(ROOT + ".lambda"));

    private static JavaClass outermost(JavaClass c) {
        return c.getEnclosingClass().map(ArchitectureTest::outermost).orElse(c);
    }

    private static void check(ArchRule rule) {
        rule.check(emulator);
    }

    @Test
    void the_http_front_door_is_used_by_the_composition_root_only() {
        check(noClasses().that().resideOutsideOfPackages(ROOT, pkg("http")).should().dependOnClassesThat()
                .resideInAPackage(pkg("http"))
                .as("root -> http: only the composition root installs the front door (exposure checks, JSON errors)"));
    }

    @Test
    void the_http_front_door_knows_only_the_errors_it_renders() {
        check(noClasses().that().resideInAPackage(pkg("http")).should().dependOnClassesThat(
                        emulatorClassesOutside(pkg("http"), pkg("admin"), pkg("secrets"), pkg("exposure")))
                .as("http -> admin, secrets, exposure: the front door applies the exposure rules, renders the errors"
                        + " of admin and secrets, and knows nothing else"));
    }

    @Test
    void api_is_the_top_layer_nothing_below_points_up_at_it() {
        check(noClasses().that().resideOutsideOfPackages(ROOT, pkg("api")).should().dependOnClassesThat()
                .resideInAPackage(pkg("api"))
                .as("api -> rotation -> secrets: only api/ and the composition root use api/"));
    }

    @Test
    void api_reaches_the_domain_and_rotation_only() {
        check(noClasses().that().resideInAPackage(pkg("api")).should().dependOnClassesThat(
                        emulatorClassesOutside(pkg("api"), pkg("rotation"), pkg("secrets")))
                .as("api -> rotation, secrets: api/ does not reach store/, lambda/, admin/ or control/"));
    }

    @Test
    void rotation_changes_secrets_through_domain_services_and_runs_functions_through_lambda() {
        check(noClasses().that().resideInAPackage(pkg("rotation")).should().dependOnClassesThat(
                        emulatorClassesOutside(pkg("rotation"), pkg("secrets"), pkg("lambda"), pkg("journal")))
                .as("rotation -> secrets, lambda: rotation/ does not reach store/, api/, admin/ or control/"));
    }

    @Test
    void rotation_opens_no_store_transactions() {
        check(noClasses().that().resideInAPackage(pkg("rotation")).should().dependOnClassesThat()
                .haveSimpleNameStartingWith("Store").orShould().dependOnClassesThat().haveSimpleName("SecretStore")
                .orShould().dependOnClassesThat().haveSimpleName("SecretsContext")
                .as("rotation -> secrets' services: rotation/ never opens a store transaction itself"));
    }

    @Test
    void the_domain_owns_the_store_port_and_knows_no_layer_above_or_below() {
        check(noClasses().that().resideInAPackage(pkg("secrets")).should().dependOnClassesThat(
                        emulatorClassesOutside(pkg("secrets"), pkg("journal")))
                .as("secrets -> journal only: the domain does not import store/ (it owns the port store/ implements)"));
    }

    @Test
    void the_domain_knows_nothing_of_http_or_sql() {
        check(noClasses().that().resideInAPackage(pkg("secrets")).should().dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "java.sql..", "org.h2..", "jakarta.servlet..",
                        "org.eclipse.jetty..")
                .as("secrets -/-> HTTP, SQL: HTTP statuses and transport errors live in api/, SQL in store/"));
    }

    @Test
    void the_store_implements_the_domains_port() {
        check(noClasses().that().resideInAPackage(pkg("store")).should().dependOnClassesThat(
                        emulatorClassesOutside(pkg("store"), pkg("secrets"), pkg("journal")))
                .as("store -> secrets: store/ implements the domain's port and knows nothing else"));
    }

    @Test
    void admin_sits_above_rotation_lambda_and_the_proxy() {
        check(noClasses().that().resideInAPackage(pkg("admin")).should().dependOnClassesThat(
                        emulatorClassesOutside(pkg("admin"), pkg("rotation"), pkg("lambda"), pkg("proxy"),
                                pkg("secrets"), pkg("journal")))
                .as("admin -> rotation, lambda, proxy: admin/ does not reach api/, control/ or store/"));
    }

    @Test
    void control_is_a_thin_adapter_over_admin() {
        check(classes().that().resideInAPackage(pkg("control")).should().onlyDependOnClassesThat(
                        resideInAnyPackage(pkg("control"), "java..", "io.javalin..", "com.fasterxml..", "kotlin..")
                                .or(ADMIN_API))
                .as("control -> admin: control/ uses only the admin interface and its types"));
    }

    @Test
    void lambda_depends_only_on_the_exposure_rules() {
        check(noClasses().that().resideInAPackage(pkg("lambda")).should().dependOnClassesThat(
                        emulatorClassesOutside(pkg("lambda"), pkg("exposure")))
                .as("lambda -> exposure: lambda/ (the function runner) stands alone but for the rules its Runtime API"
                        + " shares with the front door"));
    }

    @Test
    void the_exposure_rules_depend_on_nothing() {
        check(noClasses().that().resideInAPackage(pkg("exposure")).should().dependOnClassesThat(
                        emulatorClassesOutside(pkg("exposure")))
                .as("exposure -/-> anything: the Host and cross-site rules are a bottom layer both listeners use"));
    }

    @Test
    void the_fault_proxy_depends_on_nothing_else_in_the_emulator() {
        check(noClasses().that().resideInAPackage(pkg("proxy")).should().dependOnClassesThat(
                        emulatorClassesOutside(pkg("proxy")))
                .as("proxy -/-> anything: proxy/ (the database fault proxy) stands alone"));
    }

    @Test
    void the_journal_is_the_bottom() {
        check(noClasses().that().resideInAPackage(pkg("journal")).should().dependOnClassesThat(
                        emulatorClassesOutside(pkg("journal")))
                .as("journal -/-> anything: journal/ is the bottom layer"));
    }

    @Test
    void serve_uses_only_the_public_api() {
        check(classes().that().resideInAPackage(pkg("cli")).should().onlyDependOnClassesThat(
                        resideInAnyPackage(pkg("cli"), "java..", "picocli..").or(ADMIN_API)
                                .or(describe("Emulator and EmulatorConfig",
                                        c -> c.getPackageName().equals(ROOT))))
                .as("cli -> Emulator, EmulatorConfig, admin interface: serve uses only the public API"));
    }

    @Test
    void no_package_cycles() {
        check(slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
                .as("no package cycles among the emulator's packages"));
    }
}
