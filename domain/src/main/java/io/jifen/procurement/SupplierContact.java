package io.jifen.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person to call or write to at a supplier. */
@Embeddable
public class SupplierContact {
    @Column(name = "name", nullable = false, length = 100)
    private String name;
    @Column(name = "phone", length = 40)
    private String phone;
    @Column(name = "email", length = 200)
    private String email;

    protected SupplierContact() {
    }

    public SupplierContact(String name, String phone, String email) {
        this.name = name;
        this.phone = phone;
        this.email = email;
    }

    public String name() { return name; }
    public String phone() { return phone; }
    public String email() { return email; }
}
