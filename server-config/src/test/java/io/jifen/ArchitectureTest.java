package io.jifen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module and feature boundaries of style.md, checked on the compiled classes of the whole application. */
class ArchitectureTest {
    private static JavaClasses jifen;

    @BeforeAll
    static void importClasses() {
        jifen = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jifen");
    }

    @Test
    void the_domain_knows_nothing_of_http_or_the_ui() {
        noClasses().that().resideInAnyPackage("io.jifen.shared..", "io.jifen.customers..", "io.jifen.points..",
                        "io.jifen.campaigns..", "io.jifen.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "com.vaadin..", "io.jifen.api..",
                        "io.jifen.ui..")
                .check(jifen);
    }

    @Test
    void resources_go_through_application_services_not_persistence() {
        noClasses().that().resideInAPackage("io.jifen.api..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "jakarta.persistence..")
                .check(jifen);
    }

    @Test
    void views_go_through_application_services_not_persistence() {
        noClasses().that().resideInAPackage("io.jifen.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "jakarta.persistence..",
                        "io.jifen.api..")
                .check(jifen);
    }

    @Test
    void the_api_does_not_reach_into_the_ui() {
        noClasses().that().resideInAPackage("io.jifen.api..")
                .should().dependOnClassesThat().resideInAPackage("io.jifen.ui..")
                .check(jifen);
    }

    @Test
    void customers_do_not_depend_on_the_features_built_on_them() {
        noClasses().that().resideInAPackage("io.jifen.customers..")
                .should().dependOnClassesThat().resideInAnyPackage("io.jifen.points..")
                .check(jifen);
    }

    @Test
    void the_ledger_does_not_depend_on_marketing() {
        // campaigns plug into accruals through the points.AccrualBonuses hook, not the other way round
        noClasses().that().resideInAnyPackage("io.jifen.points..", "io.jifen.customers..")
                .should().dependOnClassesThat().resideInAnyPackage("io.jifen.campaigns..")
                .check(jifen);
    }

    @Test
    void domain_model_classes_do_not_call_application_services() {
        noClasses().that().resideInAnyPackage("io.jifen.customers", "io.jifen.points", "io.jifen.campaigns")
                .should().dependOnClassesThat().resideInAnyPackage("..application..")
                .check(jifen);
    }
}
