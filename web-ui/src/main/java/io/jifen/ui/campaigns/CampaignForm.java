package io.jifen.ui.campaigns;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.campaigns.BonusKind;
import io.jifen.campaigns.Campaign;
import io.jifen.campaigns.CampaignTerms;
import io.jifen.campaigns.application.CampaignService;
import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import io.jifen.shared.InvalidRequestException;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A new campaign as a draft: what it offers (a multiplier of what the rules gave, or a fixed bonus),
 * to whom (empty means anyone), when (in the bank's time), and its limits. The campaign's terms
 * judge the input; a refused value is marked on its field with the reason.
 */
class CampaignForm extends Dialog {
    /** Segments core banking reports; regional ones (REGION_31, ...) are typed. */
    static final Set<String> NAMED_SEGMENTS = new TreeSet<>(Set.of("HIGH_NET_WORTH", "SMALL_BUSINESS_OWNER",
            "YOUNG_PROFESSIONAL", "RETIREE"));
    private final CampaignService campaigns = Services.get(CampaignService.class);
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final RadioButtonGroup<BonusKind> kind = new RadioButtonGroup<>();
    private final TextField multiplier = new TextField();
    private final TextField fixedBonus = new TextField();
    private final CheckboxGroup<Activity> activities = new CheckboxGroup<>();
    private final TextField productCodes = new TextField();
    private final CheckboxGroup<StarLevel> starLevels = new CheckboxGroup<>();
    private final CheckboxGroup<String> segments = new CheckboxGroup<>();
    private final TextField regions = new TextField();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final DateTimePicker endsAt = new DateTimePicker();
    private final TextField perCustomerCap = new TextField();
    private final TextField budget = new TextField();
    private final TextField holdout = new TextField();
    private final Marketing.FieldErrors errors = new Marketing.FieldErrors();

    /** @param created told the new draft once it is saved */
    CampaignForm(Consumer<Campaign> created) {
        setId("campaign-form");
        setHeaderTitle(getTranslation("marketing.campaign.new"));
        setWidth("min(60rem, 95vw)");
        configureFields();
        var form = new FormLayout(name, kind, multiplier, fixedBonus, description, activities, productCodes,
                starLevels, segments, regions, startsAt, endsAt, perCustomerCap, budget, holdout);
        form.setColspan(description, 2);
        form.setColspan(activities, 2);
        form.setColspan(starLevels, 2);
        form.setColspan(segments, 2);
        add(form);

        var save = new Button(getTranslation("marketing.campaign.create"), click -> {
            var saved = new AtomicReference<Campaign>();
            if (errors.attempt(() -> saved.set(campaigns.create(terms())))) {
                Notifications.success(getTranslation("marketing.campaign.created", saved.get().name()));
                close();
                created.accept(saved.get());
            }
        });
        save.setId("campaign-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.setId("campaign-form-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);

        errors.on("name", name).on("description", description).on("multiplier", multiplier)
                .on("fixedBonus", fixedBonus).on("productCodes", productCodes).on("segments", regions)
                .on("startsAt", startsAt).on("endsAt", endsAt).on("perCustomerCap", perCustomerCap)
                .on("budget", budget).on("holdoutPercent", holdout);
    }

    private void configureFields() {
        name.setId("campaign-name");
        name.setLabel(getTranslation("marketing.campaign.name"));
        name.setMaxLength(64);
        name.setRequiredIndicatorVisible(true);
        description.setId("campaign-description");
        description.setLabel(getTranslation("marketing.campaign.description"));
        description.setMaxLength(500);
        kind.setId("campaign-kind");
        kind.setLabel(getTranslation("marketing.campaign.kind"));
        kind.setItems(BonusKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("marketing.kind." + k.name()));
        kind.setValue(BonusKind.MULTIPLIER);
        kind.addValueChangeListener(e -> showBonusField());
        multiplier.setId("campaign-multiplier");
        multiplier.setLabel(getTranslation("marketing.campaign.multiplier"));
        multiplier.setHelperText(getTranslation("marketing.campaign.multiplierHelp"));
        multiplier.setValue("2");
        fixedBonus.setId("campaign-fixed-bonus");
        fixedBonus.setLabel(getTranslation("marketing.campaign.fixedBonus"));
        showBonusField();
        activities.setId("campaign-activities");
        activities.setLabel(getTranslation("marketing.campaign.activities"));
        activities.setHelperText(getTranslation("marketing.campaign.anyHelp"));
        activities.setItems(Activity.values());
        activities.setItemLabelGenerator(a -> getTranslation("marketing.activity." + a.name()));
        productCodes.setId("campaign-products");
        productCodes.setLabel(getTranslation("marketing.campaign.products"));
        productCodes.setHelperText(getTranslation("marketing.campaign.productsHelp"));
        starLevels.setId("campaign-star-levels");
        starLevels.setLabel(getTranslation("marketing.campaign.starLevels"));
        starLevels.setHelperText(getTranslation("marketing.campaign.anyHelp"));
        starLevels.setItems(StarLevel.values());
        starLevels.setItemLabelGenerator(l -> getTranslation("marketing.star." + l.number()));
        segments.setId("campaign-segments");
        segments.setLabel(getTranslation("marketing.campaign.segments"));
        segments.setHelperText(getTranslation("marketing.campaign.anyHelp"));
        segments.setItems(NAMED_SEGMENTS);
        segments.setItemLabelGenerator(s -> getTranslation("marketing.segment." + s));
        regions.setId("campaign-regions");
        regions.setLabel(getTranslation("marketing.campaign.regions"));
        regions.setPlaceholder("REGION_31, REGION_44");
        startsAt.setId("campaign-starts");
        startsAt.setLabel(getTranslation("marketing.campaign.startsAt"));
        startsAt.setHelperText(getTranslation("marketing.bankTime"));
        startsAt.setValue(Marketing.nowToTheMinute());
        endsAt.setId("campaign-ends");
        endsAt.setLabel(getTranslation("marketing.campaign.endsAt"));
        endsAt.setHelperText(getTranslation("marketing.bankTime"));
        endsAt.setValue(Marketing.nowToTheMinute().toLocalDate().plusDays(31).atStartOfDay());
        Marketing.dayStartsAtMidnight(startsAt);
        Marketing.dayStartsAtMidnight(endsAt);
        perCustomerCap.setId("campaign-cap");
        perCustomerCap.setLabel(getTranslation("marketing.campaign.perCustomerCap"));
        perCustomerCap.setHelperText(getTranslation("marketing.campaign.noCapHelp"));
        budget.setId("campaign-budget");
        budget.setLabel(getTranslation("marketing.campaign.budget"));
        budget.setRequiredIndicatorVisible(true);
        holdout.setId("campaign-holdout");
        holdout.setLabel(getTranslation("marketing.campaign.holdout"));
        holdout.setHelperText(getTranslation("marketing.campaign.holdoutHelp"));
        holdout.setValue(Integer.toString(CampaignTerms.DEFAULT_HOLDOUT_PERCENT));
    }

    private void showBonusField() {
        multiplier.setVisible(kind.getValue() != BonusKind.FIXED_BONUS);
        fixedBonus.setVisible(kind.getValue() == BonusKind.FIXED_BONUS);
    }

    /** The terms as typed; numbers that are not numbers are refused on their field. */
    private CampaignTerms terms() {
        BonusKind chosen = kind.getValue();
        BigDecimal times = chosen == BonusKind.MULTIPLIER ? Marketing.optionalDecimal("multiplier", multiplier) : null;
        Long bonus = chosen == BonusKind.FIXED_BONUS ? Marketing.optionalWhole("fixedBonus", fixedBonus) : null;
        if (startsAt.getValue() == null) {
            throw new InvalidRequestException("startsAt", "a date and time is required");
        }
        if (endsAt.getValue() == null) {
            throw new InvalidRequestException("endsAt", "a date and time is required");
        }
        var segmentCodes = new TreeSet<>(segments.getValue());
        segmentCodes.addAll(Marketing.codes(regions).stream().map(String::toUpperCase).toList());
        Long cap = Marketing.optionalWhole("perCustomerCap", perCustomerCap);
        long points = Marketing.whole("budget", budget);
        Long percent = Marketing.optionalWhole("holdoutPercent", holdout);
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new InvalidRequestException("holdoutPercent", "between 0 and 50");
        }
        return new CampaignTerms(name.getValue(), description.isEmpty() ? null : description.getValue().strip(), chosen,
                times, bonus, activities.getValue(), Marketing.codes(productCodes), starLevels.getValue(), segmentCodes,
                Marketing.instant(startsAt.getValue()), Marketing.instant(endsAt.getValue()), cap, points,
                percent == null ? CampaignTerms.DEFAULT_HOLDOUT_PERCENT : percent.intValue());
    }
}
