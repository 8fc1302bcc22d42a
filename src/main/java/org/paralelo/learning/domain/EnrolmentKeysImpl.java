package org.paralelo.learning.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.hibernate.KeyType;

/** {@link EnrolmentKeys} through Hibernate's natural-id lookup, which consults the persistence context first. */
class EnrolmentKeysImpl implements EnrolmentKeys {

    @PersistenceContext
    private EntityManager entities;

    @Override
    public Optional<Enrolment> findByKey(long courseId, long personId) {
        return Optional.ofNullable(entities.find(Enrolment.class, Map.of("courseId", courseId, "personId", personId),
                KeyType.NATURAL));
    }
}
