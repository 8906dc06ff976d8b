package io.jifen.partners;

import io.jifen.shared.Sorting;
import java.util.List;
import java.util.Optional;

public interface PartnerRepository {
    Optional<Partner> find(String partnerId);

    void add(Partner partner);

    /** Partners by id. */
    default List<Partner> partners(int offset, int limit) {
        return partners(Sorting.none(), offset, limit);
    }

    /** Partners in the order chosen (by id when none is). */
    List<Partner> partners(Sorting<RegistrationSort> sorting, int offset, int limit);

    long countPartners();

    Optional<Carrier> findCarrier(String carrierId);

    void addCarrier(Carrier carrier);

    /** Carriers by id. */
    default List<Carrier> carriers(int offset, int limit) {
        return carriers(Sorting.none(), offset, limit);
    }

    /** Carriers in the order chosen (by id when none is). */
    List<Carrier> carriers(Sorting<RegistrationSort> sorting, int offset, int limit);

    long countCarriers();

    List<Carrier> activeCarriers();

    Optional<CustomerLink> findLink(String partnerId, String customerId);

    void addLink(CustomerLink link);

    /** The ids of the partners a customer is linked to. */
    List<String> linkedPartners(String customerId);

    /** Which of these partner ids name no partner. */
    java.util.Set<String> unknownAmong(java.util.Collection<String> partnerIds);

    /** Removes the link; answers whether there was one. */
    boolean removeLink(String partnerId, String customerId);
}
