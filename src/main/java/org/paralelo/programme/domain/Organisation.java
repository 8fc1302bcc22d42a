package org.paralelo.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.MexicanState;
import org.paralelo.programme.OrganisationKind;

/** An organisation that takes part in debate series: a neighbourhood council, a collective, an office. */
@Entity
@Table(name = "programme_organisation")
public class Organisation {

    public static final int MAX_NAME = 200;
    public static final int MAX_MUNICIPALITY = 120;
    public static final int MAX_CONTACT = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationKind kind = OrganisationKind.OTHER;

    @Column(nullable = false, length = MAX_MUNICIPALITY)
    private String municipality = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private MexicanState state = MexicanState.CMX;

    @Column(name = "contact_name", nullable = false, length = MAX_CONTACT)
    private String contactName = "";

    @Column(name = "contact_email", nullable = false, length = MAX_EMAIL)
    private String contactEmail = "";

    @Column(name = "contact_phone", nullable = false, length = MAX_PHONE)
    private String contactPhone = "";

    @Version
    private long version;

    public Organisation() {
    }

    public void describe(String name, OrganisationKind kind, String municipality, MexicanState state) {
        this.name = name.strip();
        this.kind = kind;
        this.municipality = municipality.strip();
        this.state = state;
    }

    public void setContact(String name, String email, String phone) {
        this.contactName = name.strip();
        this.contactEmail = email.strip();
        this.contactPhone = phone.strip();
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("organisation not saved yet");
        }
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getMunicipality() {
        return municipality;
    }

    public MexicanState getState() {
        return state;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public long getVersion() {
        return version;
    }
}
