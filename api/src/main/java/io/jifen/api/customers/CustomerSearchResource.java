package io.jifen.api.customers;

import io.jifen.api.shared.Caller;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.customers.Customer;
import io.jifen.customers.application.CustomerService;
import io.jifen.customers.application.PersonalDataAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Staff look customers up, as the admin UI's customer screen does, by the same service and policy. */
@Path("/v1/customers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomerSearchResource {
    @Inject
    CustomerService customers;
    @Inject
    PersonalDataAccess personalData;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Customers whose id (service: also name or phone) contains q, by id. Roles that see personal "
            + "data masked search by customer id only: a q shaped like a phone number or a name is 403 FORBIDDEN. "
            + "A page seen whole (service) is one audit record naming its customers")
    public PageView<CustomerView> search(@QueryParam("q") @Size(max = 100) String q,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var found = customers.search(q, paging.page() * paging.size(), paging.size());
        long total = customers.count(q);
        var lens = personalData.reveal(found.stream().map(Customer::id).toList(), CustomerView.FIELDS);
        var today = customers.today();
        return new PageView<>(found.stream().map(c -> CustomerView.of(c, today, lens, caller.isPartnerOnly())).toList(),
                paging.page(), paging.size(), total);
    }
}
