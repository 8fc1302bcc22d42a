package org.paralelo.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.ImportField;

/** One column an admin mapped in a participant import: the header (folded) and the field it went to. */
@Entity
@Table(name = "import_column_choice")
public class ImportColumnChoice {

    public static final int MAX_HEADER = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long personId;

    @Column(name = "header_key", length = MAX_HEADER)
    private String headerKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ImportField field;

    protected ImportColumnChoice() {
        this.headerKey = "";
        this.field = ImportField.FULL_NAME;
    }

    public ImportColumnChoice(long personId, String headerKey, ImportField field) {
        this.personId = personId;
        this.headerKey = headerKey;
        this.field = field;
    }

    public String getHeaderKey() {
        return headerKey;
    }

    public ImportField getField() {
        return field;
    }

    public void setField(ImportField field) {
        this.field = field;
    }
}
