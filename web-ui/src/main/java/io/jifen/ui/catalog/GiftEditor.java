package io.jifen.ui.catalog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.catalog.GiftCategory;
import io.jifen.catalog.GiftType;
import io.jifen.catalog.application.CatalogService;
import io.jifen.catalog.application.GiftForm;
import io.jifen.customers.StarLevel;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Adds or changes a gift. The fields are bound to {@link GiftForm} with its Bean Validation
 * constraints, the ones the API checks, so a field is refused here with the API's message before
 * anything is sent; rules across fields are the catalog's, and come back as a notification.
 */
class GiftEditor extends VerticalLayout {
    private final CatalogService catalog = Services.get(CatalogService.class);
    private final BeanValidationBinder<GiftForm> binder = new BeanValidationBinder<>(GiftForm.class);
    private final Consumer<Gift> onSaved;
    private final H3 title = new H3();
    private final Button retire = new Button();
    private GiftForm form;
    /** The gift being changed; null while adding one. */
    private Gift gift;

    GiftEditor(Consumer<Gift> onSaved, Runnable onClose) {
        this.onSaved = onSaved;
        setId("gift-editor");
        setPadding(false);
        // @NotBlank is as required as @NotNull: mark those fields too
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType() == NotBlank.class));
        var fields = fields();
        var save = new Button(getTranslation("common.save"), click -> save());
        save.setId("gift-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retire.setText(getTranslation("catalog.gift.retire"));
        retire.setId("gift-retire");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.addClickListener(click -> confirmRetire());
        var close = new Button(getTranslation("common.close"), click -> onClose.run());
        close.setId("gift-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(title, fields, new HorizontalLayout(save, retire, close));
    }

    private FormLayout fields() {
        var sku = new TextField(getTranslation("catalog.gift.sku"));
        sku.setId("gift-sku");
        var name = new TextField(getTranslation("catalog.gift.nameZh"));
        name.setId("gift-name");
        var nameEn = new TextField(getTranslation("catalog.gift.nameEn"));
        nameEn.setId("gift-name-en");
        var category = new ComboBox<GiftCategory>(getTranslation("catalog.gift.category"), GiftCategory.values());
        category.setId("gift-category");
        category.setItemLabelGenerator(c -> getTranslation("catalog.category." + c.name()));
        var type = new ComboBox<GiftType>(getTranslation("catalog.gift.type"), GiftType.values());
        type.setId("gift-type");
        type.setItemLabelGenerator(t -> getTranslation("catalog.type." + t.name()));
        var price = new IntegerField(getTranslation("catalog.gift.pointsPrice"));
        price.setId("gift-price");
        var starLevel = new ComboBox<Integer>(getTranslation("catalog.gift.minStarLevel"),
                Arrays.stream(StarLevel.values()).map(StarLevel::number).toList());
        starLevel.setId("gift-min-star-level");
        starLevel.setItemLabelGenerator(level -> getTranslation("catalog.star." + level));
        var channels = new CheckboxGroup<Channel>(getTranslation("catalog.gift.channels"), Channel.values());
        channels.setId("gift-channels");
        channels.setItemLabelGenerator(c -> getTranslation("catalog.channel." + c.name()));
        var unitCost = new TextField(getTranslation("catalog.gift.unitCost"));
        unitCost.setId("gift-unit-cost");
        unitCost.setHelperText(getTranslation("catalog.gift.unitCostHelp"));
        var threshold = new IntegerField(getTranslation("catalog.gift.lowStockThreshold"));
        threshold.setId("gift-low-stock-threshold");

        binder.forField(sku).bind("sku");
        binder.forField(name).bind("name");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(category).bind("category");
        binder.forField(type).bind("type");
        binder.forField(price).withConverter(new PointsConverter()).bind("pointsPrice");
        binder.forField(starLevel).bind("minStarLevel");
        binder.forField(channels).bind("channels");
        binder.forField(unitCost).bind("unitCost");
        binder.forField(threshold).bind("lowStockThreshold");
        return new FormLayout(sku, name, nameEn, category, type, price, starLevel, channels, unitCost, threshold);
    }

    void editNew() {
        gift = null;
        form = new GiftForm();
        form.setMinStarLevel(StarLevel.UNRATED.number());
        title.setText(getTranslation("catalog.gift.new"));
        retire.setVisible(false);
        binder.readBean(form);
    }

    void edit(Gift gift) {
        this.gift = gift;
        form = GiftForm.of(gift);
        title.setText(gift.sku() + " · " + getTranslation("catalog.status." + gift.status().name()));
        retire.setVisible(gift.isActive());
        binder.readBean(form);
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        var saved = new AtomicReference<Gift>();
        if (Notifications.attempt(() -> saved.set(gift == null ? catalog.addGift(form.toDetails())
                : catalog.changeGift(gift.id(), form.toDetails())))) {
            Notifications.success(getTranslation("common.saved"));
            onSaved.accept(saved.get());
        }
    }

    private void confirmRetire() {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("catalog.gift.retireTitle", gift.sku()));
        confirm.setText(getTranslation("catalog.gift.retireText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        var yes = new Button(getTranslation("catalog.gift.retire"), click -> {
            confirm.close();
            retire();
        });
        yes.setId("gift-retire-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    private void retire() {
        var retired = new AtomicReference<Gift>();
        if (Notifications.attempt(() -> retired.set(catalog.retireGift(gift.id())))) {
            Notifications.success(getTranslation("catalog.gift.retired"));
            onSaved.accept(retired.get());
        }
    }

    /** Points are whole numbers; the form keeps them as a long, the field as an int (the price fits). */
    private static final class PointsConverter implements Converter<Integer, Long> {
        @Override
        public Result<Long> convertToModel(Integer value, ValueContext context) {
            return Result.ok(value == null ? null : value.longValue());
        }

        @Override
        public Integer convertToPresentation(Long value, ValueContext context) {
            return value == null ? null : Math.toIntExact(value);
        }
    }
}
