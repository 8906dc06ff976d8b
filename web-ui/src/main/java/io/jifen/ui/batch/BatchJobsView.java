package io.jifen.ui.batch;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import io.jifen.imports.ImportFile;
import io.jifen.imports.ImportFileSort;
import io.jifen.imports.ImportKind;
import io.jifen.imports.ImportStatus;
import io.jifen.imports.LevelReport;
import io.jifen.imports.application.ImportService;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.ApprovalButtons;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.GridSorting;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Files from core banking and their jobs (批量作业): upload one, watch each job's progress (rows
 * done of total, rows per second, time left) as it runs, stop, restart or abandon it, download its
 * refused rows, and read a star-figures file's level moves. The screen asks the server again every
 * second while it is open; the jobs run on whichever server took the file.
 */
@Route(value = "batch-jobs", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class BatchJobsView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final int POLL_MILLIS = 1000;

    private final ImportService imports = Services.get(ImportService.class);
    private final Clock clock = Services.get(Clock.class);
    private final Select<ImportKind> kind = new Select<>();
    private final ExportableGrid<ImportFile> files = new ExportableGrid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private String selectedId;
    private com.vaadin.flow.shared.Registration polling;

    public BatchJobsView() {
        setWidthFull();
        setId("batch-jobs-view");
        configureFiles();
        detail.setId("batch-file-detail");
        detail.setPadding(false);
        detail.setWidth("26em");
        detail.getStyle().set("flex-shrink", "0").set("overflow-wrap", "anywhere");
        var split = new HorizontalLayout(files, detail);
        split.setWidthFull();
        split.expand(files);
        add(new H2(getTranslation("menu.batch")), new Paragraph(getTranslation("batch.intro")), uploadBar(), split);
    }

    private Component uploadBar() {
        kind.setId("batch-kind");
        kind.setLabel(getTranslation("batch.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("batch.kind." + k.name()));
        kind.setValue(ImportKind.TRANSACTIONS);
        // the file streams straight to the service, which writes it to disk as it hashes it: no size limit but the disk
        UploadHandler toImports = new UploadHandler() {
            @Override
            public void handleUploadRequest(com.vaadin.flow.server.streams.UploadEvent event) throws java.io.IOException {
                ImportKind chosen = kind.getValue();
                try (var content = event.getInputStream()) {
                    var received = imports.receive(chosen, event.getFileName(), content, null);
                    event.getUI().access(() -> {
                        selectedId = received.file().id();
                        Notifications.success(getTranslation(!received.created() ? "batch.receivedBefore"
                                        : received.file().status() == ImportStatus.AWAITING_APPROVAL ? "batch.receivedForApproval"
                                        : "batch.received",
                                received.file().name(), received.file().id()));
                        files.getDataProvider().refreshAll();
                        showDetail();
                    });
                } catch (RuntimeException refused) {
                    event.getUI().access(() -> Notifications.refused(Notifications.unwrap(refused)));
                    event.reject(getTranslation("batch.uploadRefused"));
                }
            }

            @Override
            public long getRequestSizeMax() {
                return -1;
            }

            @Override
            public long getFileSizeMax() {
                return -1;
            }
        };
        var upload = new Upload(toImports);
        upload.setId("batch-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setDropLabel(new Span(getTranslation("batch.drop")));
        var words = new com.vaadin.flow.component.upload.UploadI18N();
        words.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(getTranslation("batch.chooseFile")).setMany(getTranslation("batch.chooseFile")));
        words.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(getTranslation("batch.drop")).setMany(getTranslation("batch.drop")));
        upload.setI18n(words);
        var bar = new HorizontalLayout(kind, upload, GridExport.buttons(files, "import-files"));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        return bar;
    }

    private void configureFiles() {
        files.setId("batch-files-grid");
        files.setHeight("34em");
        files.addColumn(f -> time(f.receivedAt())).setHeader(getTranslation("batch.receivedAt")).setAutoWidth(true)
                .setSortProperty(ImportFileSort.RECEIVED.name());
        files.addColumn(ImportFile::name).setHeader(getTranslation("batch.file")).setAutoWidth(true).setFlexGrow(1)
                .setSortProperty(ImportFileSort.NAME.name());
        files.addColumn(f -> getTranslation("batch.kind." + f.kind().name())).setHeader(getTranslation("batch.kind"))
                .setAutoWidth(true);
        files.addColumn(f -> getTranslation("batch.status." + f.status().name())).setHeader(getTranslation("batch.status"))
                .setAutoWidth(true).setSortProperty(ImportFileSort.STATUS.name());
        files.addComponentColumn(this::progress).setHeader(getTranslation("batch.progress")).setWidth("14em").setFlexGrow(0);
        files.addColumn(f -> number(Math.round(f.rowsPerSecond(clock.instant())))).setHeader(getTranslation("batch.rate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        files.addColumn(f -> f.timeLeft(clock.instant()).map(BatchJobsView::duration).orElse(""))
                .setHeader(getTranslation("batch.timeLeft")).setAutoWidth(true);
        files.addColumn(f -> number(f.rowsRejected())).setHeader(getTranslation("batch.rejected"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortProperty(ImportFileSort.REJECTED.name());
        files.setEmptyStateText(getTranslation("batch.none"));
        files.setItems(new CallbackDataProvider<ImportFile, Void>(
                query -> imports.list(GridSorting.of(query.getSortOrders(), ImportFileSort.class), query.getPage(),
                        query.getPageSize()).items().stream(),
                query -> Math.toIntExact(imports.count()),
                ImportFile::id));
        files.addItemClickListener(click -> {
            selectedId = click.getItem().id();
            showDetail();
        });
    }

    /** Rows done of the total, as a bar and in figures; the bar's value is what the browser test reads. */
    private Component progress(ImportFile file) {
        var bar = new ProgressBar(0, 1, fraction(file));
        bar.addClassName("batch-progress");
        bar.getElement().setAttribute("data-file", file.id());
        bar.getElement().setAttribute("data-status", file.status().name());
        var figures = new Span(number(file.rowsDone()) + " / " + (file.rowsTotal() == null ? "…" : number(file.rowsTotal())));
        figures.addClassName("batch-progress-figures");
        var cell = new Div(bar, figures);
        cell.setWidthFull();
        return cell;
    }

    private static double fraction(ImportFile file) {
        if (file.rowsTotal() == null || file.rowsTotal() == 0) {
            return file.status() == ImportStatus.COMPLETED ? 1 : 0;
        }
        return Math.min(1, (double) file.rowsDone() / file.rowsTotal());
    }

    private void showDetail() {
        detail.removeAll();
        if (selectedId == null) {
            return;
        }
        ImportFile file;
        try {
            file = imports.find(selectedId);
        } catch (RuntimeException gone) {
            selectedId = null;
            return;
        }
        var heading = new H3(file.name());
        var facts = new Div();
        facts.addClassName("batch-facts");
        fact(facts, "batch.id", file.id());
        fact(facts, "batch.kind", getTranslation("batch.kind." + file.kind().name()));
        fact(facts, "batch.status", getTranslation("batch.status." + file.status().name()));
        fact(facts, "batch.rows", number(file.rowsDone()) + " / " + (file.rowsTotal() == null ? "…" : number(file.rowsTotal())));
        fact(facts, "batch.applied", number(file.rowsApplied()));
        fact(facts, "batch.already", number(file.rowsAlready()));
        fact(facts, "batch.rejected", number(file.rowsRejected()));
        fact(facts, "batch.rejectShare", file.rejectShare().movePointRight(2).stripTrailingZeros().toPlainString() + " %");
        fact(facts, "batch.receivedBy", file.receivedBy());
        if (file.approvedBy() != null) {
            fact(facts, "batch.approvedBy", file.approvedBy());
        }
        fact(facts, "batch.startedAt", time(file.startedAt()));
        fact(facts, "batch.finishedAt", time(file.finishedAt()));
        fact(facts, "batch.sha256", file.sha256());
        detail.add(heading, facts);
        if (file.message() != null) {
            var message = new Paragraph(file.message());
            message.setId("batch-file-message");
            detail.add(message);
        }
        detail.add(actions(file));
        if (file.rowsRejected() > 0) {
            String fileId = file.id();
            DownloadHandler report = event -> {
                event.setFileName(fileId + "-rejects.csv");
                event.setContentType("text/csv; charset=UTF-8");
                imports.writeRejects(fileId, event.getOutputStream());
            };
            var rejects = new Anchor(report, getTranslation("batch.rejectsReport"));
            rejects.setId("batch-rejects");
            rejects.getElement().setAttribute("download", true);
            detail.add(rejects);
        }
        if (file.kind() == ImportKind.STAR_FIGURES) {
            detail.add(levels(imports.levelReport(file.id()), file.id()));
        }
    }

    private Component actions(ImportFile file) {
        var bar = new HorizontalLayout();
        var status = file.status();
        if (status == ImportStatus.AWAITING_APPROVAL) {
            // the service refuses the uploader's approval; they may still withdraw the file
            bar.add(ApprovalButtons.of(this, "file", io.jifen.shared.Approval.PENDING_APPROVAL,
                    getTranslation("batch.approveEffect", file.name(), getTranslation("batch.kind." + file.kind().name()),
                            file.receivedBy()),
                    () -> imports.approve(file.id()), reason -> imports.reject(file.id(), reason), () -> {
                        files.getDataProvider().refreshAll();
                        showDetail();
                    }));
        }
        if (status == ImportStatus.RUNNING || status == ImportStatus.CHECKING || status == ImportStatus.RECEIVED) {
            bar.add(action("batch-stop", "batch.stop", () -> imports.stop(file.id())));
        }
        if (status == ImportStatus.STOPPED || status == ImportStatus.FAILED) {
            bar.add(action("batch-restart", "batch.restart", () -> imports.restart(file.id(), false)));
            if (file.rowsTotal() != null && file.tooManyRejected(file.rowsRejected())) {
                bar.add(action("batch-accept", "batch.acceptRejects", () -> imports.restart(file.id(), true)));
            }
            var abandon = action("batch-abandon", "batch.abandon", () -> imports.abandon(file.id()));
            abandon.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(abandon);
        }
        return bar;
    }

    private Button action(String id, String labelKey, Runnable act) {
        var button = new Button(getTranslation(labelKey), click -> {
            if (Notifications.attempt(act)) {
                Notifications.success(getTranslation(labelKey + ".done"));
                files.getDataProvider().refreshAll();
                showDetail();
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Component levels(LevelReport report, String fileId) {
        var grid = new ExportableGrid<LevelReport.Line>();
        grid.setId("batch-levels");
        grid.setAllRowsVisible(true);
        grid.addColumn(line -> getTranslation("batch.level." + line.level().number())).setHeader(getTranslation("batch.level"));
        grid.addColumn(line -> number(line.up())).setHeader(getTranslation("batch.up")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> number(line.down())).setHeader(getTranslation("batch.down")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> number(line.unchanged())).setHeader(getTranslation("batch.unchanged"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(report.levels());
        grid.setEmptyStateText(getTranslation("batch.noLevels"));
        var totals = new Paragraph(getTranslation("batch.levelTotals", number(report.up()), number(report.down()),
                number(report.unchanged())));
        totals.setId("batch-level-totals");
        var heading = new HorizontalLayout(new H3(getTranslation("batch.levels")),
                GridExport.buttons(grid, "level-moves-" + fileId));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return new Div(heading, totals, grid);
    }

    private void fact(Div facts, String labelKey, String value) {
        var line = new Div(new Span(getTranslation(labelKey) + "："), new Span(value == null ? "" : value));
        facts.add(line);
    }

    private String number(long value) {
        return String.format(getLocale() == null ? Locale.CHINA : getLocale(), "%,d", value);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static String duration(Duration left) {
        long seconds = Math.max(0, left.toSeconds());
        return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
                : "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // while the screen is open it asks for progress; the jobs do not wait for it
        attach.getUI().setPollInterval(POLL_MILLIS);
        polling = attach.getUI().addPollListener(poll -> {
            files.getDataProvider().refreshAll();
            showDetail();
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove(); // the UI outlives this view: a listener left behind would poll for it forever
            polling = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.batch");
    }
}
