package io.jifen.ui.dashboard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.jifen.reporting.RollForward;
import io.jifen.reporting.application.LiabilityService;
import io.jifen.shared.export.TableFiles;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The points liability for finance: twelve months of roll-forward from the ledger, each checked
 * against the accounts for the current month, what is outstanding by expiry year and star level,
 * and the liability gross and net of breakage, with the months as CSV or Excel.
 */
@Route(value = "liability", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class LiabilityView extends VerticalLayout implements HasDynamicTitle {
    private final LiabilityService liability = Services.get(LiabilityService.class);

    public LiabilityView() {
        setId("liability-view");
        var report = liability.report(null);
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        var summary = new Paragraph(getTranslation("liability.summary", numbers.format(report.outstandingPoints()),
                report.costPerPoint().toPlainString(), report.grossLiability().toPlainString(),
                report.breakage().rate().movePointRight(2).stripTrailingZeros().toPlainString(),
                report.netLiability().toPlainString()));
        summary.setId("liability-summary");
        var reconciled = new Paragraph(getTranslation(report.rollForward().reconciles() ? "liability.reconciles"
                : "liability.doesNotReconcile", numbers.format(report.rollForward().closing())));
        reconciled.setId("liability-reconciles");

        ExportableGrid<RollForward> months = new ExportableGrid<>();
        months.setId("liability-months");
        months.setAllRowsVisible(true);
        months.addColumn(r -> r.month().toString()).setHeader(getTranslation("liability.month")).setAutoWidth(true);
        months.addColumn(r -> numbers.format(r.opening())).setHeader(getTranslation("liability.opening"));
        months.addColumn(r -> numbers.format(r.issued())).setHeader(getTranslation("liability.issued"));
        months.addColumn(r -> numbers.format(r.redeemed())).setHeader(getTranslation("liability.redeemed"));
        months.addColumn(r -> numbers.format(r.expired())).setHeader(getTranslation("liability.expired"));
        months.addColumn(r -> numbers.format(r.adjusted())).setHeader(getTranslation("liability.adjusted"));
        months.addColumn(r -> numbers.format(r.reversed())).setHeader(getTranslation("liability.reversed"));
        months.addColumn(r -> numbers.format(r.closing())).setHeader(getTranslation("liability.closing"));
        months.setItems(report.lastMonths().reversed());

        var byYear = new DefaultCategoryDataset();
        String outstanding = getTranslation("liability.outstanding");
        report.outstandingByExpiryYear().forEach((year, points) -> byYear.addValue(points, outstanding, year.toString()));
        var byLevel = new DefaultCategoryDataset();
        report.outstandingByStarLevel().forEach((level, points) ->
                byLevel.addValue(points, outstanding, getTranslation("liability.stars", level)));
        var charts = new FlexLayout();
        if (report.outstandingPoints() == 0) {
            charts.add(new Paragraph(getTranslation("liability.nothingOutstanding")));
        } else {
            charts.add(SvgCharts.barChart(getTranslation("liability.byExpiryYear"), getTranslation("dashboard.points"),
                            byYear),
                    SvgCharts.barChart(getTranslation("liability.byStarLevel"), getTranslation("dashboard.points"),
                            byLevel));
        }
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.addClassNames(LumoUtility.Gap.MEDIUM);

        var csv = new Anchor(download("csv", report.lastMonths()), getTranslation("liability.exportCsv"));
        csv.setId("liability-export-csv");
        csv.getElement().setAttribute("download", true);
        var xlsx = new Anchor(download("xlsx", report.lastMonths()), getTranslation("liability.exportXlsx"));
        xlsx.setId("liability-export-xlsx");
        xlsx.getElement().setAttribute("download", true);
        add(new H2(getTranslation("menu.liability")), summary, reconciled,
                new H3(getTranslation("liability.rollForward")), new HorizontalLayout(csv, xlsx), months, charts);
    }

    private DownloadHandler download(String format, List<RollForward> months) {
        List<String> headers = List.of("month", "opening", "issued", "redeemed", "expired", "adjusted", "reversed",
                "closing");
        List<List<Object>> rows = months.stream().map(r -> List.<Object>of(r.month().toString(), r.opening(),
                r.issued(), r.redeemed(), r.expired(), r.adjusted(), r.reversed(), r.closing())).toList();
        return event -> {
            event.setFileName("points-roll-forward." + format);
            event.setContentType(format.equals("csv") ? "text/csv; charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try {
                event.getOutputStream().write(format.equals("csv") ? TableFiles.csv(headers, rows)
                        : TableFiles.xlsx("roll-forward", headers, rows));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.liability");
    }
}
