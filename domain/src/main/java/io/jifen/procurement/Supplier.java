package io.jifen.procurement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A company the bank buys gifts from, with the people to contact there. */
@Entity
@Table(name = "supplier")
public class Supplier {
    @Id
    @Column(name = "id", length = 40)
    private String id;
    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplier_contact", joinColumns = @JoinColumn(name = "supplier_id"))
    @OrderColumn(name = "position")
    private List<SupplierContact> contacts = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Supplier() {
    }

    public Supplier(String id, String name, List<SupplierContact> contacts, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.contacts = new ArrayList<>(contacts);
        this.createdAt = createdAt;
    }

    public void rename(String newName, List<SupplierContact> newContacts) {
        this.name = newName;
        this.contacts.clear();
        this.contacts.addAll(newContacts);
    }

    public String id() { return id; }
    public String name() { return name; }
    public List<SupplierContact> contacts() { return List.copyOf(contacts); }
    public Instant createdAt() { return createdAt; }
}
