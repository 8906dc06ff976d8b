package io.jifen.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.jifen.shared.Approval;
import java.util.function.Consumer;

/**
 * Approve and reject for what one person proposed (an earning rule's version, a trigger, an uploaded
 * file), each after a dialog stating its effect; a rejection needs a reason. The service refuses the proposer.
 */
public final class ApprovalButtons {
    private ApprovalButtons() {
    }

    public static Component of(Component owner, String idSuffix, Approval approval, String effect, Runnable approve,
                        Consumer<String> reject, Runnable done) {
        var row = new HorizontalLayout();
        if (approval != Approval.PENDING_APPROVAL) {
            row.add(new Span(owner.getTranslation("approval." + approval.name())));
            return row;
        }
        var yes = new Button(owner.getTranslation("approval.approve"), click -> {
            var confirm = dialog(owner, owner.getTranslation("approval.approveTitle"), effect);
            var ok = new Button(owner.getTranslation("approval.approve"), ok2 -> {
                confirm.close();
                if (Notifications.attempt(approve)) {
                    Notifications.success(owner.getTranslation("approval.approved"));
                    done.run();
                }
            });
            ok.setId("approval-confirm");
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setConfirmButton(ok);
            confirm.open();
        });
        yes.setId("approve-" + idSuffix);
        yes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var no = new Button(owner.getTranslation("approval.reject"), click -> {
            var confirm = dialog(owner, owner.getTranslation("approval.rejectTitle"),
                    owner.getTranslation("approval.rejectEffect"));
            var reason = new TextArea(owner.getTranslation("approval.reason"));
            reason.setId("approval-reason");
            reason.setMaxLength(500);
            reason.setWidthFull();
            confirm.add(reason);
            var ok = new Button(owner.getTranslation("approval.reject"), ok2 -> {
                if (reason.getValue().isBlank()) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(owner.getTranslation("approval.reasonRequired"));
                    return;
                }
                confirm.close();
                if (Notifications.attempt(() -> reject.accept(reason.getValue().strip()))) {
                    Notifications.success(owner.getTranslation("approval.rejected"));
                    done.run();
                }
            });
            ok.setId("approval-confirm");
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            confirm.setConfirmButton(ok);
            confirm.open();
        });
        no.setId("reject-" + idSuffix);
        no.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        row.add(yes, no);
        return row;
    }

    private static ConfirmDialog dialog(Component owner, String header, String effect) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(header);
        var text = new VerticalLayout(new Span(effect));
        text.setPadding(false);
        confirm.add(text);
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("common.cancel"));
        return confirm;
    }
}
