package io.jifen.api.orders;

import io.jifen.api.orders.OrderViews.OrderView;
import io.jifen.api.shared.Caller;
import io.jifen.customers.application.PersonalDataAccess;
import io.jifen.orders.RedemptionOrder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Orders as this caller may see them: the codes only to the partner that placed them, courier
 * addresses as PersonalDataPolicy says (a staff member's whole view recorded, once per page).
 */
@RequestScoped
public class OrderViewer {
    @Inject
    Caller caller;
    @Inject
    PersonalDataAccess personalData;

    public OrderView view(RedemptionOrder order, String issuedPickupCode) {
        var lens = personalData.reveal(order.address() == null ? List.of() : List.of(order.customerId()),
                OrderViews.ORDER_FIELDS);
        return OrderView.of(order, lens, caller.partner().orElse(null), issuedPickupCode);
    }

    public OrderView view(RedemptionOrder order) {
        return view(order, null);
    }

    /** A page of orders: one lens, and at most one audit record, for the page rather than per order. */
    public List<OrderView> page(List<RedemptionOrder> orders) {
        var lens = personalData.reveal(orders.stream().filter(o -> o.address() != null)
                .map(RedemptionOrder::customerId).toList(), OrderViews.ORDER_FIELDS);
        String viewer = caller.partner().orElse(null);
        return orders.stream().map(o -> OrderView.of(o, lens, viewer, null)).toList();
    }
}
