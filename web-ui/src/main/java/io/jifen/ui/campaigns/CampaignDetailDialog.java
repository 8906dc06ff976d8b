package io.jifen.ui.campaigns;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.campaigns.BonusKind;
import io.jifen.campaigns.Campaign;
import io.jifen.campaigns.CampaignResults;
import io.jifen.campaigns.CampaignStatus;
import io.jifen.campaigns.application.CampaignService;
import io.jifen.customers.StarLevel;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One campaign: its terms, where it stands and who decided, the steps its state allows (the
 * server refuses the creator's own approval: four eyes), a simulation over the last 30 days and,
 * once approved, its results against the held-out group.
 */
class CampaignDetailDialog extends Dialog {
    private final CampaignService campaigns = Services.get(CampaignService.class);
    private final Runnable listChanged;
    private final Span refusal = new Span();
    private final VerticalLayout content = new VerticalLayout();
    private String campaignId;

    private record ResultRow(String metric, String treated, String heldOut, String uplift) {
    }

    CampaignDetailDialog(Campaign campaign, Runnable listChanged) {
        this.listChanged = listChanged;
        setId("campaign-detail");
        setWidth("min(72rem, 96vw)");
        refusal.setId("campaign-refusal");
        refusal.addClassNames("jifen-warning", "jifen-strong");
        content.setPadding(false);
        add(refusal, content);
        var close = new Button(getTranslation("common.close"), click -> close());
        close.setId("campaign-detail-close");
        getFooter().add(close);
        show(campaign);
    }

    private void show(Campaign campaign) {
        campaignId = campaign.id();
        content.removeAll();
        CampaignStatus status = campaigns.statusOf(campaign);
        setHeaderTitle(campaign.name());
        var statusLabel = new Span(getTranslation("marketing.status." + status.name()));
        statusLabel.setId("campaign-status");
        statusLabel.getElement().setAttribute("data-status", status.name());
        statusLabel.getElement().getThemeList().add("badge");
        var id = new Span(campaign.id());
        id.setId("campaign-id");
        var heading = new HorizontalLayout(id, statusLabel);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        content.add(heading, terms(campaign), decisions(campaign), actions(campaign), simulation());
        if (campaign.wasApproved()) {
            content.add(resultsSection());
        }
    }

    private FormLayout terms(Campaign c) {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        item(form, "marketing.campaign.kind", bonus(this, c), "campaign-bonus");
        item(form, "marketing.campaign.window", Marketing.time(c.startsAt()) + " – " + Marketing.time(c.endsAt()),
                "campaign-window");
        item(form, "marketing.campaign.activities", any(c.activities().stream().sorted()
                .map(a -> getTranslation("marketing.activity." + a.name())).toList()), "campaign-activities-shown");
        item(form, "marketing.campaign.products", any(c.productCodes().stream().sorted().toList()), null);
        item(form, "marketing.campaign.starLevels", any(c.starLevels().stream().sorted(Comparator.naturalOrder())
                .map(l -> getTranslation("marketing.star." + l.number())).toList()), null);
        item(form, "marketing.campaign.segments", any(c.segments().stream().sorted()
                .map(this::segmentLabel).toList()), null);
        item(form, "marketing.campaign.budget", Marketing.points(c.budget()), "campaign-budget-shown");
        item(form, "marketing.campaign.pointsIssued", Marketing.points(c.pointsIssued()), "campaign-points-issued");
        item(form, "marketing.campaign.perCustomerCap", c.perCustomerCap() == null
                ? getTranslation("marketing.none") : Marketing.points(c.perCustomerCap()), null);
        item(form, "marketing.campaign.holdout", c.holdoutPercent() + "%", "campaign-holdout-shown");
        if (c.description() != null && !c.description().isBlank()) {
            item(form, "marketing.campaign.description", c.description(), null);
        }
        return form;
    }

    private FormLayout decisions(Campaign c) {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        item(form, "marketing.campaign.createdBy", c.createdBy() + " · " + Marketing.time(c.createdAt()),
                "campaign-created-by");
        if (c.submittedAt() != null) {
            item(form, "marketing.campaign.submittedAt", Marketing.time(c.submittedAt()), null);
        }
        if (c.decidedBy() != null) {
            item(form, "marketing.campaign.decidedBy", c.decidedBy() + " · " + Marketing.time(c.decidedAt())
                    + (c.decisionNote() == null || c.decisionNote().isBlank() ? "" : " · " + c.decisionNote()),
                    "campaign-decided-by");
        }
        if (c.stoppedBy() != null) {
            item(form, "marketing.campaign.stoppedBy", c.stoppedBy() + " · " + Marketing.time(c.stoppedAt()) + " · "
                    + c.stopReason(), "campaign-stopped-by");
        }
        return form;
    }

    private Component actions(Campaign campaign) {
        var bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        var errors = new Marketing.FieldErrors().showingRefusals(refusal::setText);
        if (campaign.mayBeSubmitted()) {
            bar.add(action("campaign-submit", "marketing.campaign.submit", errors, id -> campaigns.submit(id)));
        }
        if (campaign.awaitsDecision()) {
            var note = new TextField(getTranslation("marketing.campaign.decisionNote"));
            note.setId("campaign-decision-note");
            note.setHelperText(getTranslation("marketing.campaign.decisionNoteHelp"));
            note.setMaxLength(500);
            errors.on("reason", note);
            var approve = action("campaign-approve", "marketing.campaign.approve", errors,
                    id -> campaigns.approve(id, note.isEmpty() ? null : note.getValue().strip()));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var reject = action("campaign-reject", "marketing.campaign.reject", errors,
                    id -> campaigns.reject(id, note.getValue()));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(note, approve, reject);
        }
        if (campaigns.mayBeStopped(campaign)) {
            var reason = new TextField(getTranslation("marketing.campaign.stopReason"));
            reason.setId("campaign-stop-reason");
            reason.setMaxLength(500);
            errors.on("reason", reason);
            var stop = new Button(getTranslation("marketing.campaign.stop"), click -> {
                // a stop without a reason is refused anyway: ask for it before the confirmation, not after
                boolean given = !reason.getValue().isBlank();
                reason.setInvalid(!given);
                reason.setErrorMessage(given ? null : getTranslation("marketing.campaign.stopReasonRequired"));
                if (given) {
                    confirmStop(campaign, () -> run(errors, id -> campaigns.stop(id, reason.getValue())));
                }
            });
            stop.setId("campaign-stop");
            stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(reason, stop);
        }
        return bar;
    }

    private Button action(String id, String labelKey, Marketing.FieldErrors errors, Function<String, Object> step) {
        var button = new Button(getTranslation(labelKey), click -> run(errors, step));
        button.setId(id);
        return button;
    }

    private void run(Marketing.FieldErrors errors, Function<String, Object> step) {
        var changed = new Object[1];
        if (errors.attempt(() -> changed[0] = step.apply(campaignId))) {
            Notifications.success(getTranslation("marketing.done"));
            listChanged.run();
            show((Campaign) changed[0]);
        }
    }

    /** A stopped campaign never awards again: staff first read which campaign ends and what stays issued. */
    private void confirmStop(Campaign campaign, Runnable stop) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("marketing.campaign.stopTitle", campaign.name()));
        confirm.setText(getTranslation("marketing.campaign.stopText", campaign.name(), campaign.id(),
                Marketing.time(campaign.endsAt()), Marketing.points(campaign.pointsIssued())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        var yes = new Button(getTranslation("marketing.campaign.stop"), click -> {
            confirm.close();
            stop.run();
        });
        yes.setId("campaign-stop-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    private Component simulation() {
        var outcome = new Span();
        outcome.setId("campaign-simulation");
        var simulate = new Button(getTranslation("marketing.campaign.simulate"), click -> {
            var errors = new Marketing.FieldErrors().showingRefusals(refusal::setText);
            errors.attempt(() -> {
                var o = campaigns.simulate(campaignId);
                outcome.setText(getTranslation("marketing.campaign.simulated", Marketing.points(o.points()),
                        Marketing.points(o.customers()), Marketing.points(o.transactions()),
                        Marketing.points(o.heldOutCustomers()))
                        + (o.budgetRunsOut() ? " " + getTranslation("marketing.campaign.budgetRunsOut") : ""));
                outcome.getElement().setAttribute("data-points", Long.toString(o.points()));
                outcome.getElement().setAttribute("data-customers", Long.toString(o.customers()));
            });
        });
        simulate.setId("campaign-simulate");
        var row = new HorizontalLayout(simulate, outcome);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return row;
    }

    private Component resultsSection() {
        var results = new Div();
        results.setId("campaign-results");
        results.setWidthFull();
        var refresh = new Button(getTranslation("marketing.results.refresh"), click -> showResults(results));
        refresh.setId("campaign-results-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var heading = new HorizontalLayout(new H3(getTranslation("marketing.results.title")), refresh);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        showResults(results);
        var section = new VerticalLayout(heading, results);
        section.setPadding(false);
        return section;
    }

    private void showResults(Div into) {
        into.removeAll();
        CampaignResults r = campaigns.results(campaignId);
        var figures = new FlexLayout();
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.addClassName("jifen-figures");
        figures.add(figure("participants", Marketing.points(r.participants())),
                figure("heldOut", Marketing.points(r.heldOut())),
                figure("pointsIssued", Marketing.points(r.pointsIssued())),
                figure("cost", Marketing.yuan(r.cost())),
                figure("budgetLeft", Marketing.points(r.budgetLeft())));
        var table = new ExportableGrid<ResultRow>();
        table.setId("campaign-results-table");
        table.addColumn(ResultRow::metric).setHeader(getTranslation("marketing.results.metric")).setAutoWidth(true);
        table.addColumn(ResultRow::treated).setHeader(getTranslation("marketing.results.treated"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(ResultRow::heldOut).setHeader(getTranslation("marketing.results.heldOutGroup"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(ResultRow::uplift).setHeader(getTranslation("marketing.results.uplift"))
                .setTextAlign(ColumnTextAlign.END);
        var t = r.treated();
        var h = r.control();
        table.setItems(List.of(
                new ResultRow(getTranslation("marketing.results.customers"), Marketing.points(t.customers()),
                        Marketing.points(h.customers()), ""),
                new ResultRow(getTranslation("marketing.results.transactions"), Marketing.points(t.transactions()),
                        Marketing.points(h.transactions()), ""),
                new ResultRow(getTranslation("marketing.results.amount"), Marketing.yuan(t.amount()),
                        Marketing.yuan(h.amount()), ""),
                new ResultRow(getTranslation("marketing.results.transactionsPerCustomer"),
                        t.transactionsPerCustomer().toPlainString(), h.transactionsPerCustomer().toPlainString(),
                        uplift(r.transactionUpliftPercent())),
                new ResultRow(getTranslation("marketing.results.amountPerCustomer"), Marketing.yuan(t.amountPerCustomer()),
                        Marketing.yuan(h.amountPerCustomer()), uplift(r.amountUpliftPercent()))));
        table.setAllRowsVisible(true);
        into.add(figures, GridExport.buttons(table, "campaign-results-" + campaignId), table, CampaignChart.of(r, getTranslation("marketing.results.treated"),
                getTranslation("marketing.results.heldOutGroup"),
                getTranslation("marketing.results.transactionsPerCustomer"),
                getTranslation("marketing.results.amountPerCustomer")));
    }

    private String uplift(BigDecimal percent) {
        if (percent == null) {
            return getTranslation("marketing.results.noUplift");
        }
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }

    private VerticalLayout figure(String key, String value) {
        var shown = new Span(value);
        shown.setId("results-" + key.replaceAll("([A-Z])", "-$1").toLowerCase());
        shown.addClassName("jifen-figure-value");
        var box = new VerticalLayout(new Span(getTranslation("marketing.results." + key)), shown);
        box.setPadding(false);
        box.setSpacing(false);
        box.setWidth("auto");
        return box;
    }

    private void item(FormLayout form, String labelKey, String value, String id) {
        var shown = new Span(value);
        if (id != null) {
            shown.setId(id);
        }
        form.addFormItem(shown, getTranslation(labelKey));
    }

    private String any(List<String> values) {
        return values.isEmpty() ? getTranslation("marketing.any") : values.stream().collect(Collectors.joining("、"));
    }

    private String segmentLabel(String code) {
        return CampaignForm.NAMED_SEGMENTS.contains(code) ? getTranslation("marketing.segment." + code) : code;
    }

    /** "× 2" or "+ 100 points", as the list and the detail show a campaign's bonus. */
    static String bonus(Component in, Campaign c) {
        return c.kind() == BonusKind.MULTIPLIER
                ? in.getTranslation("marketing.bonus.multiplier", Marketing.decimal(c.multiplier()))
                : in.getTranslation("marketing.bonus.fixed", Marketing.points(c.fixedBonus()));
    }
}
