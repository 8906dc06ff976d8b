package io.jifen.ui.risk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.audit.LedgerSeal;
import io.jifen.audit.application.IntegrityService;
import io.jifen.audit.application.IntegrityService.ChainReport;
import io.jifen.shared.security.Roles;
import io.jifen.ui.security.SignedIn;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * For auditors: recompute the ledger's and the audit log's hash chains and the ledger seals now,
 * and see the first broken link of each; the seals published so far, and sealing on demand.
 */
@Route(value = "integrity", layout = MainLayout.class)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.RISK})
public class IntegrityView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final IntegrityService integrity = Services.get(IntegrityService.class);
    private final ExportableGrid<String[]> results = new ExportableGrid<>();
    private final Paragraph verdict = new Paragraph();
    private final ExportableGrid<LedgerSeal> seals = new ExportableGrid<>();

    public IntegrityView() {
        setId("integrity-view");
        var check = new Button(getTranslation("integrity.check"), click -> check());
        check.setId("integrity-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new HorizontalLayout(check);
        if (SignedIn.current().map(s -> s.hasAnyRole(Roles.AUDITOR, Roles.ADMIN)).orElse(false)) {
            var seal = new Button(getTranslation("integrity.seal"), click -> seal());
            seal.setId("integrity-seal");
            actions.add(seal);
        }
        verdict.setId("integrity-verdict");
        results.setId("integrity-results");
        results.setAllRowsVisible(true);
        results.addColumn(row -> row[0]).setHeader(getTranslation("integrity.chain")).setAutoWidth(true);
        results.addColumn(row -> row[1]).setHeader(getTranslation("integrity.records")).setAutoWidth(true);
        results.addColumn(row -> row[2]).setHeader(getTranslation("integrity.state")).setAutoWidth(true);
        results.addColumn(row -> row[3]).setHeader(getTranslation("integrity.firstBreak")).setFlexGrow(1);
        seals.setId("integrity-seals");
        seals.setAllRowsVisible(true);
        seals.addColumn(LedgerSeal::id).setHeader("#").setAutoWidth(true);
        seals.addColumn(s -> TIME.format(s.sealedAt())).setHeader(getTranslation("integrity.sealedAt")).setAutoWidth(true);
        seals.addColumn(s -> (s.afterEntryId() + 1) + " – " + s.toEntryId()).setHeader(getTranslation("integrity.range"))
                .setAutoWidth(true);
        seals.addColumn(LedgerSeal::entries).setHeader(getTranslation("integrity.records")).setAutoWidth(true);
        seals.addColumn(LedgerSeal::digest).setHeader("SHA-256").setFlexGrow(1);
        seals.setItems(integrity.seals(0, 20));
        actions.add(GridExport.buttons(results, "integrity-check"));
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        var sealsHead = new HorizontalLayout(new H3(getTranslation("integrity.seals")),
                GridExport.buttons(seals, "ledger-seals"));
        sealsHead.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("menu.integrity")), new Paragraph(getTranslation("integrity.explain")), actions, verdict,
                results, sealsHead, seals);
    }

    private void check() {
        var report = new AtomicReference<IntegrityService.Report>();
        if (!Notifications.attempt(() -> report.set(integrity.check(null)))) {
            return;
        }
        var r = report.get();
        verdict.setText(getTranslation(r.intact() ? "integrity.intact" : "integrity.broken", TIME.format(r.checkedAt())));
        results.setItems(List.of(row("integrity.ledger", r.ledger()), row("integrity.audit", r.audit()),
                row("integrity.sealsChain", r.seals())));
    }

    private String[] row(String chain, ChainReport report) {
        String broken = report.firstBreak().map(f -> getTranslation("integrity.break." + f.problem().name(),
                f.recordId(), f.customerId() == null ? "" : f.customerId())).orElse("");
        return new String[] {getTranslation(chain), Long.toString(report.records()),
                getTranslation(report.intact() ? "integrity.ok" : "integrity.notOk"), broken};
    }

    private void seal() {
        var sealed = new AtomicReference<java.util.Optional<LedgerSeal>>();
        if (Notifications.attempt(() -> sealed.set(integrity.seal()))) {
            Notifications.success(sealed.get().map(s -> getTranslation("integrity.sealed", s.id(), s.entries()))
                    .orElse(getTranslation("integrity.nothingToSeal")));
            seals.setItems(integrity.seals(0, 20));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.integrity");
    }
}
