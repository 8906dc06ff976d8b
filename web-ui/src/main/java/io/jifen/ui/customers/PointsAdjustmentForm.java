package io.jifen.ui.customers;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.BiConsumer;

/**
 * Points and a reason, checked by the form's own constraints; what an adjustment may do (not to
 * zero, not below the balance) the points service decides when the view sends it.
 */
class PointsAdjustmentForm extends Composite<FormLayout> {
    static final int REASON_MAX = 500;

    private final IntegerField points = new IntegerField();
    private final TextArea reason = new TextArea();
    private final Button save = new Button();
    private final BeanValidationBinder<Adjustment> binder = new BeanValidationBinder<>(Adjustment.class);

    /**
     * @param send takes a valid adjustment (to confirm, then send) and a callback that empties the
     *             form, called once it was sent
     */
    PointsAdjustmentForm(BiConsumer<Adjustment, Runnable> send) {
        points.setId("adjust-points");
        points.setLabel(getTranslation("customers.adjust.points"));
        points.setHelperText(getTranslation("customers.adjust.pointsHelp"));
        reason.setId("adjust-reason");
        reason.setLabel(getTranslation("customers.adjust.reason"));
        reason.setMaxLength(REASON_MAX);
        reason.setHelperText(getTranslation("customers.adjust.reasonHelp", REASON_MAX));
        save.setId("adjust-save");
        save.setText(getTranslation("customers.adjust.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        binder.forField(points).asRequired(getTranslation("customers.adjust.pointsRequired")).bind("points");
        binder.forField(reason).asRequired(getTranslation("customers.adjust.reasonRequired")).bind("reason");
        binder.readBean(new Adjustment());
        save.addClickListener(click -> {
            var adjustment = new Adjustment();
            if (binder.writeBeanIfValid(adjustment)) {
                send.accept(adjustment, () -> binder.readBean(new Adjustment()));
            }
        });

        getContent().setId("adjust-form");
        getContent().add(points, reason, save);
        getContent().setColspan(reason, 2);
    }
}
