package org.paralelo.notifications.domain;

import java.util.Collection;
import java.util.List;
import org.paralelo.notifications.MailKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailPreferenceRepository extends JpaRepository<MailPreferenceRow, MailPreferenceRow.Key> {

    List<MailPreferenceRow> findByKeyPersonId(long personId);

    List<MailPreferenceRow> findByKeyKindAndKeyPersonIdIn(MailKind kind, Collection<Long> personIds);
}
