package io.jifen.imports.batch;

import io.jifen.customers.application.CustomerService;
import io.jifen.imports.CustomerRow;
import io.jifen.imports.ImportReject;
import io.jifen.imports.UnreadableRow;
import io.jifen.partners.application.PartnerService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a chunk of a customer master-data file through the services the API uses (PUT
 * /customers/{id}, the partner links), so a row does what the call does: level changes announced,
 * triggers fired, links audited. A row naming a partner that does not exist is refused before
 * anything of it is written. Replacing a record with the same record changes nothing, so a chunk
 * done again after a crash comes to the same.
 */
@Dependent
@Named("customerRowWriter")
public class CustomerRowWriter extends ImportWriter {
    @Inject
    CustomerService customers;
    @Inject
    PartnerService partners;

    @Override
    ChunkOutcome apply(List<Object> items) {
        var outcome = new ChunkOutcome();
        Set<String> named = new TreeSet<>();
        for (Object item : items) {
            if (item instanceof CustomerRow row && row.partnerLinks() != null) {
                named.addAll(row.partnerLinks().keySet());
            }
        }
        Set<String> unknown = named.isEmpty() ? Set.of() : partners.unknownPartners(named);
        for (Object item : items) {
            switch (item) {
                case CustomerRow row -> {
                    String missing = row.partnerLinks() == null ? null : row.partnerLinks().keySet().stream()
                            .filter(unknown::contains).findFirst().orElse(null);
                    if (missing != null) {
                        outcome.reject(new ImportReject(fileId(), row.line(), row.customerKey(), "partnerLinks",
                                "NOT_FOUND: no partner " + missing));
                        continue;
                    }
                    customers.registerOrReplace(row.customerId(), row.data(), row.marketing());
                    Map<String, java.time.Instant> links = row.partnerLinks();
                    if (links != null) {
                        partners.replaceLinks(row.customerKey(), links);
                    }
                    outcome.applied();
                }
                case UnreadableRow bad -> outcome.reject(new ImportReject(fileId(), bad.line(), bad.customerKey(), bad.field(), bad.reason()));
                default -> throw new IllegalStateException("not a row of a customer file: " + Objects.toString(item));
            }
        }
        return outcome;
    }
}
