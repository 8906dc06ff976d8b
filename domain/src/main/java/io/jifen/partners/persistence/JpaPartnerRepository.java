package io.jifen.partners.persistence;

import io.jifen.partners.Carrier;
import io.jifen.partners.CustomerLink;
import io.jifen.partners.Partner;
import io.jifen.partners.PartnerRepository;
import io.jifen.partners.RegistrationSort;
import io.jifen.partners.RegistrationStatus;
import io.jifen.shared.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPartnerRepository implements PartnerRepository {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;

    @Override
    public Optional<Partner> find(String partnerId) {
        return Optional.ofNullable(em.find(Partner.class, partnerId));
    }

    @Override
    public void add(Partner partner) {
        em.persist(partner);
    }

    @Override
    public List<Partner> partners(Sorting<RegistrationSort> sorting, int offset, int limit) {
        return em.createQuery("select r from Partner r" + RegistrationSort.orderBy(sorting), Partner.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPartners() {
        return em.createQuery("select count(p) from Partner p", Long.class).getSingleResult();
    }

    @Override
    public Optional<Carrier> findCarrier(String carrierId) {
        return Optional.ofNullable(em.find(Carrier.class, carrierId));
    }

    @Override
    public void addCarrier(Carrier carrier) {
        em.persist(carrier);
    }

    @Override
    public List<Carrier> carriers(Sorting<RegistrationSort> sorting, int offset, int limit) {
        return em.createQuery("select r from Carrier r" + RegistrationSort.orderBy(sorting), Carrier.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countCarriers() {
        return em.createQuery("select count(c) from Carrier c", Long.class).getSingleResult();
    }

    @Override
    public List<Carrier> activeCarriers() {
        return em.createQuery("select c from Carrier c where c.status = :active order by c.id", Carrier.class)
                .setParameter("active", RegistrationStatus.ACTIVE).getResultList();
    }

    @Override
    public Optional<CustomerLink> findLink(String partnerId, String customerId) {
        return Optional.ofNullable(em.find(CustomerLink.class, new CustomerLink.Key(partnerId, customerId)));
    }

    @Override
    public void addLink(CustomerLink link) {
        em.persist(link);
    }

    @Override
    public boolean removeLink(String partnerId, String customerId) {
        return em.createQuery("delete from CustomerLink l where l.partnerId = :partner and l.customerId = :customer")
                .setParameter("partner", partnerId).setParameter("customer", customerId).executeUpdate() > 0;
    }

    @Override
    public List<String> linkedPartners(String customerId) {
        return em.createQuery("select l.partnerId from CustomerLink l where l.customerId = :customer order by l.partnerId", String.class)
                .setParameter("customer", customerId).getResultList();
    }

    @Override
    public java.util.Set<String> unknownAmong(java.util.Collection<String> partnerIds) {
        java.util.Set<String> unknown = new java.util.TreeSet<>(partnerIds);
        if (!unknown.isEmpty()) {
            em.createQuery("select p.id from Partner p where p.id in :ids", String.class)
                    .setParameter("ids", List.copyOf(unknown)).getResultList().forEach(unknown::remove);
        }
        return unknown;
    }
}
