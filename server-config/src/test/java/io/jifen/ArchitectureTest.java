package io.jifen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.jifen.audit.application.AuditLog;
import io.jifen.orders.application.GiftGrants;
import io.jifen.orders.application.OrderRefunds;
import io.jifen.orders.application.OrderStatusOutbox;
import io.jifen.partners.application.PartnerRegistry;
import io.jifen.points.application.BalanceAnnouncements;
import io.jifen.points.application.BulkAccruals;
import io.jifen.customers.application.StarFigureReports;
import io.jifen.risk.application.RiskWatch;
import io.jifen.points.application.LockedAccount;
import io.jifen.points.application.PointsChangedOutbox;
import io.jifen.reporting.application.DashboardService;
import io.jifen.shared.cluster.ServerNodeStore;
import io.jifen.shared.outbox.Outbox;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import io.jifen.staff.application.StaffService;
import io.jifen.webhooks.application.ExpiringPointsAnnouncer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import jakarta.persistence.StoredProcedureQuery;
import jakarta.persistence.TypedQuery;
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

    /** Outside a persistence package, yet allowed the entity manager (each with its reason). */
    private static final List<Class<?>> PERSISTENCE_OUTSIDE_PERSISTENCE = List.of(
            // the audit trail: appended to in the acting transaction, read by auditors; audit has no other home for it
            AuditLog.class,
            // the dashboard's figures are aggregate queries over several features' tables, nothing to load row by row
            DashboardService.class,
            // staff accounts and sign-in; staff has no persistence package (yet)
            StaffService.class,
            // cluster heartbeat rows, infrastructure like schema and outbox, in native SQL
            ServerNodeStore.class);

    /** The classes that call Outbox.record, each the one writer of its event types. */
    private static final List<Class<?>> OUTBOX_WRITERS = List.of(
            // order.status-changed, observing OrderStatusChanged in the changing transaction
            OrderStatusOutbox.class,
            // points.changed, observing PointsChanged (one per ledger entry) in the storing transaction
            PointsChangedOutbox.class,
            // points.expiring, the expiry warnings
            ExpiringPointsAnnouncer.class);

    /** Classes of an application package other features may use although not named *Service (each with its reason). */
    private static final List<Class<?>> CROSS_FEATURE_ENTRY_POINTS = List.of(
            // audit's public entry point: every staff command records itself in its own transaction
            AuditLog.class,
            // points' public entry point for a balance change: lock the account, expire due lots, then change it
            LockedAccount.class,
            // orders' undo of an order fulfilment gives up on (failed, declined substitute, not collected): giveUp locks
            // the account, then the order, refunds and restocks, so fulfilment never locks an account itself
            OrderRefunds.class,
            // orders' entry point for a campaign's gift, made an order like any other
            GiftGrants.class,
            // partners' read side every partner or carrier call asks (is it active, its limits, its customers)
            PartnerRegistry.class,
            // points' path for transactions many at a time, which the nightly files reuse with the bulk API
            BulkAccruals.class,
            // points' one announcement per customer of what a file changed, instead of one per entry
            BalanceAnnouncements.class,
            // customers' path for a month's star figures many customers at a time (the star-figures file)
            StarFigureReports.class,
            // risk's watch, evaluated by redemptions and accruals in their own transaction, under the account lock
            RiskWatch.class);

    @BeforeAll
    static void importClasses() {
        jifen = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jifen");
    }

    @Test
    void the_domain_knows_nothing_of_http_or_the_ui() {
        noClasses().that().resideInAnyPackage("io.jifen.shared..", "io.jifen.customers..", "io.jifen.points..",
                        "io.jifen.campaigns..", "io.jifen.demo..", "io.jifen.imports..")
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

    @Test
    void only_persistence_classes_and_the_shared_schema_and_outbox_talk_to_the_entity_manager() {
        noClasses().that().resideOutsideOfPackages("..persistence..", "io.jifen.shared.schema..", "io.jifen.shared.outbox..")
                .and().doNotBelongToAnyOf(PERSISTENCE_OUTSIDE_PERSISTENCE.toArray(Class<?>[]::new))
                .should().dependOnClassesThat(talkToTheDatabase())
                .check(jifen);
    }

    @Test
    void only_the_known_outbox_writers_record_outbox_events() {
        noClasses().that().doNotBelongToAnyOf(OUTBOX_WRITERS.toArray(Class<?>[]::new))
                .should().callMethod(Outbox.class, "record", String.class, String.class, String.class, JsonObject.class)
                .check(jifen);
    }

    @Test
    void json_is_built_in_the_domain_only_by_the_outbox_writers_and_the_webhook_bodies() {
        noClasses().that().resideOutsideOfPackages("io.jifen.api..", "io.jifen.ui..", "io.jifen.shared.outbox..",
                        "io.jifen.webhooks..")
                .and().doNotBelongToAnyOf(OUTBOX_WRITERS.toArray(Class<?>[]::new))
                .should().dependOnClassesThat().resideInAPackage("jakarta.json..")
                .check(jifen);
    }

    @Test
    void a_feature_reaches_another_features_application_package_only_through_its_services_or_named_entry_points() {
        classes().that().resideInAPackage("io.jifen..").and().resideOutsideOfPackages("io.jifen.api..", "io.jifen.ui..")
                .should(reachOtherFeaturesApplicationsOnlyThroughServicesOrEntryPoints())
                .check(jifen);
    }

    @Test
    void every_named_exception_is_still_needed() {
        // an exception whose reason has gone (the code moved home, or stopped) leaves its list, so the lists only shrink
        for (Class<?> exception : PERSISTENCE_OUTSIDE_PERSISTENCE) {
            assertTrue(jifen.get(exception).getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> talkToTheDatabase().test(d.getTargetClass())), exception + " no longer talks to the database");
        }
        for (Class<?> writer : OUTBOX_WRITERS) {
            assertTrue(jifen.get(writer).getMethodCallsFromSelf().stream()
                    .anyMatch(call -> call.getTarget().getOwner().isEquivalentTo(Outbox.class)
                            && call.getName().equals("record")), writer + " no longer records outbox events");
        }
        for (Class<?> entryPoint : CROSS_FEATURE_ENTRY_POINTS) {
            String feature = featureOf(entryPoint.getName());
            assertTrue(jifen.get(entryPoint).getDirectDependenciesToSelf().stream()
                    .map(d -> d.getOriginClass().getName())
                    .anyMatch(origin -> !origin.startsWith("io.jifen.api.") && !origin.startsWith("io.jifen.ui.")
                            && !featureOf(origin).equals(feature)), entryPoint + " is no longer used by another feature");
        }
    }

    private static DescribedPredicate<JavaClass> talkToTheDatabase() {
        return JavaClass.Predicates.belongToAnyOf(EntityManager.class, EntityManagerFactory.class, Query.class,
                        TypedQuery.class, StoredProcedureQuery.class)
                .or(JavaClass.Predicates.resideInAPackage("jakarta.persistence.criteria.."))
                .as("the entity manager, its queries (JPQL, native, criteria) or its factory");
    }

    private static ArchCondition<JavaClass> reachOtherFeaturesApplicationsOnlyThroughServicesOrEntryPoints() {
        Set<String> entryPoints = new HashSet<>();
        CROSS_FEATURE_ENTRY_POINTS.forEach(c -> entryPoints.add(c.getName()));
        return new ArchCondition<>("reach another feature's application package only through a class named *Service"
                + " or a named entry point") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String feature = featureOf(javaClass.getName());
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    String target = topLevelName(dependency.getTargetClass().getBaseComponentType().getName());
                    String targetFeature = featureOf(target);
                    if (targetFeature.equals(feature)
                            || !target.startsWith("io.jifen." + targetFeature + ".application.")) {
                        continue;
                    }
                    boolean allowed = target.endsWith("Service") || entryPoints.contains(target);
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** io.jifen.orders.application.X -> orders; io.jifen.Foo -> "" */
    private static String featureOf(String className) {
        String[] parts = className.split("\\.");
        return parts.length > 3 ? parts[2] : "";
    }

    private static String topLevelName(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
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
