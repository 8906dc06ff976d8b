package io.jifen.orders;

import io.jifen.shared.integrity.HashChain;
import java.text.Normalizer;
import java.util.Locale;
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

    /**
     * The place, whoever receives there: line, city and postal code folded (case, width, spaces and
     * punctuation), hashed, so "88 Jianguo Rd." and "88 jianguo rd" are one address to the risk rules.
     */
    public String key() {
        String place = String.join("|", fold(line1), fold(city), fold(postalCode));
        return HashChain.sha256(place);
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}]", "");
    }

    public String recipient() { return recipient; }
    public String phone() { return phone; }
    public String line1() { return line1; }
    public String city() { return city; }
    public String postalCode() { return postalCode; }
}
