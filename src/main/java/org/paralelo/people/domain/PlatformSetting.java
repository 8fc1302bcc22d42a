package org.paralelo.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One admin-editable switch, stored by name. */
@Entity
public class PlatformSetting {

    @Id
    @Column(length = 80)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 500)
    private String value;

    @Version
    private long version;

    protected PlatformSetting() {
        this.name = "";
        this.value = "";
    }

    public PlatformSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
