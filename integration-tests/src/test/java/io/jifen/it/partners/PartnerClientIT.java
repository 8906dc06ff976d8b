package io.jifen.it.partners;

import static io.jifen.it.support.GiftMall.addStock;
import static io.jifen.it.support.GiftMall.customerWithPoints;
import static io.jifen.it.support.GiftMall.newPhysicalGift;
import static io.jifen.it.support.GiftMall.stockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jifen.client.ApiClient;
import io.jifen.client.ApiException;
import io.jifen.client.api.CustomersApi;
import io.jifen.client.api.OrdersApi;
import io.jifen.client.model.Channel;
import io.jifen.client.model.FulfilmentRequest;
import io.jifen.client.model.OrderRequest;
import io.jifen.client.model.OrderStatus;
import io.jifen.client.model.OrderView;
import io.jifen.client.model.Problem;
import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The proof that a partner can generate an SDK from the contract: the Java client that
 * openapi-generator made at build time from the served document places an order, reads it and
 * cancels it, and reads a refusal as the documented problem, with no hand-written HTTP.
 */
@ExtendWith(RunningServer.class)
class PartnerClientIT {
    private static ApiClient clientFor(Api api, String token) {
        var client = new ApiClient();
        client.updateBaseUri(api.base().toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void a_generated_client_places_reads_and_cancels_an_order(Api api) throws Exception {
        String customer = customerWithPoints(api, 10_000);
        String gift = newPhysicalGift(api, 2_500);
        addStock(api, gift, "BJ-CHAOYANG", 2);
        var client = clientFor(api, api.token("partner"));
        var orders = new OrdersApi(client);

        OrderView placed = orders.postOrders(new OrderRequest().customerId(customer).giftId(gift).quantity(2)
                .fulfilment(new FulfilmentRequest().channel(Channel.BRANCH_PICKUP).branchCode("BJ-CHAOYANG")),
                Api.uniqueId("K"));
        assertThat(placed.getId()).isNotBlank();
        assertThat(placed.getStatus()).isEqualTo(OrderStatus.PLACED);
        assertThat(placed.getPointsCharged()).isEqualTo(5_000L);
        assertThat(stockAt(api, gift, "BJ-CHAOYANG")).isZero();

        OrderView read = orders.getOrdersByOrderId(placed.getId());
        assertThat(read.getCustomerId()).isEqualTo(customer);
        assertThat(read.getFulfilment().getBranchCode()).isEqualTo("BJ-CHAOYANG");

        OrderView cancelled = orders.postOrdersByOrderIdCancel(placed.getId());
        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(new CustomersApi(client).getCustomersByCustomerIdPoints(customer).getBalance()).isEqualTo(10_000L);
        assertThat(stockAt(api, gift, "BJ-CHAOYANG")).isEqualTo(2);
    }

    @Test
    void a_refusal_reaches_the_generated_client_as_the_documented_problem(Api api) throws Exception {
        String customer = customerWithPoints(api, 100);
        String gift = newPhysicalGift(api, 2_500);
        addStock(api, gift, "CENTRAL", 1);
        var orders = new OrdersApi(clientFor(api, api.token("partner")));

        var refused = catchThrowableOfType(ApiException.class, () -> orders.postOrders(new OrderRequest()
                .customerId(customer).giftId(gift).quantity(1)
                .fulfilment(new FulfilmentRequest().channel(Channel.BRANCH_PICKUP).branchCode("SH-PUDONG")),
                Api.uniqueId("K")));
        assertThat(refused.getCode()).isEqualTo(409);
        Problem problem = new ObjectMapper().findAndRegisterModules().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.INSUFFICIENT_POINTS);
        assertThat(problem.getStatus()).isEqualTo(409);
    }
}
