package io.jifen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    @Test
    void every_role_a_resource_service_or_view_names_is_in_the_role_catalogue() {
        classes().should(nameOnlyCataloguedRoles()).check(jifen);
    }

    @Test
    void resources_services_and_views_all_declare_their_roles() {
        // guards the rule above against passing because it found nothing to check
        for (String room : List.of("io.jifen.api.", "io.jifen.ui.", "io.jifen.points.application.")) {
            assertTrue(jifen.stream().filter(c -> c.getName().startsWith(room))
                    .anyMatch(c -> !declaredRoles(c).isEmpty()), "no role declared in " + room);
        }
    }

    @Test
    void the_role_catalogue_lists_every_role_it_names() throws IllegalAccessException {
        Set<Object> constants = new HashSet<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add(field.get(null));
            }
        }
        assertEquals(constants, Set.copyOf(Roles.ALL));
    }

    private static ArchCondition<JavaClass> nameOnlyCataloguedRoles() {
        return new ArchCondition<>("name only roles from io.jifen.shared.security.Roles") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (DeclaredRole declared : declaredRoles(javaClass)) {
                    events.add(new SimpleConditionEvent(javaClass, Roles.ALL.contains(declared.role()),
                            declared + " is not in io.jifen.shared.security.Roles"));
                }
            }
        };
    }

    /** Each role named by a @RolesAllowed or @RequiresRole on the class or on one of its methods. */
    private static List<DeclaredRole> declaredRoles(JavaClass javaClass) {
        List<DeclaredRole> roles = new ArrayList<>();
        addRoles(javaClass.getName(), javaClass.getAnnotations(), roles);
        javaClass.getMethods().forEach(method -> addRoles(method.getFullName(), method.getAnnotations(), roles));
        return roles;
    }

    private static void addRoles(String where, Set<? extends JavaAnnotation<?>> annotations, List<DeclaredRole> roles) {
        for (JavaAnnotation<?> annotation : annotations) {
            if (annotation.getRawType().isEquivalentTo(RolesAllowed.class)
                    || annotation.getRawType().isEquivalentTo(RequiresRole.class)) {
                // a single value is compiled as a one-element array too
                Object[] values = (Object[]) annotation.get("value").orElse(new Object[0]);
                for (Object value : values) {
                    roles.add(new DeclaredRole("@" + annotation.getRawType().getSimpleName() + " on " + where,
                            String.valueOf(value)));
                }
            }
        }
    }

    private record DeclaredRole(String where, String role) {
        @Override
        public String toString() {
            return where + " names \"" + role + "\"";
        }
    }
}
