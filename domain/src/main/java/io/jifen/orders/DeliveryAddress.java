package io.jifen.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a courier takes the gift: every field is required. */
@Embeddable
public class DeliveryAddress {
    @Column(name = "recipient", length = 100)
    private String recipient;
    @Column(name = "recipient_phone", length = 40)
    private String phone;
    @Column(name = "address_line1", length = 300)
    private String line1;
    @Column(name = "address_city", length = 100)
    private String city;
    @Column(name = "postal_code", length = 12)
    private String postalCode;

    protected DeliveryAddress() {
    }

    public DeliveryAddress(String recipient, String phone, String line1, String city, String postalCode) {
        this.recipient = recipient;
        this.phone = phone;
        this.line1 = line1;
        this.city = city;
        this.postalCode = postalCode;
    }

    public String recipient() { return recipient; }
    public String phone() { return phone; }
    public String line1() { return line1; }
    public String city() { return city; }
    public String postalCode() { return postalCode; }
}
