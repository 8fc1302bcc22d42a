package org.paralelo.notifications.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailPreferenceRepository extends JpaRepository<MailPreferenceRow, MailPreferenceRow.Key> {

    List<MailPreferenceRow> findByKeyPersonId(long personId);
}
