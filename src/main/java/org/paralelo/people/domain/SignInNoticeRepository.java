package org.paralelo.people.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignInNoticeRepository extends JpaRepository<SignInNotice, Long> {

    List<SignInNotice> findByPersonIdAndSeenAtIsNullOrderByCreatedAt(long personId);
}
