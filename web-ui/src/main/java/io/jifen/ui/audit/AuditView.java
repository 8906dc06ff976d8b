package io.jifen.ui.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.audit.AuditEvent;
import io.jifen.audit.application.AuditLog;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Every staff action, newest first, paged from the database as the grid scrolls. */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private final Grid<AuditEvent> grid = new Grid<>();
    private final TextField filter = new TextField();

    public AuditView() {
        setSizeFull();
        setId("audit-view");
        filter.setId("audit-filter");
        filter.setPlaceholder(getTranslation("audit.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(AuditEvent::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEvent::details).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        AuditLog audit = Services.get(AuditLog.class);
        grid.setItems(query -> audit.search(filter.getValue(), query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) audit.search(filter.getValue(), 0, 1).total());
        add(new H2(getTranslation("menu.audit")), filter, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
