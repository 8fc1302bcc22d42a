package org.paralelo.programme.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementNoteRepository extends JpaRepository<AgreementNote, Long> {

    List<AgreementNote> findByAgreementIdInOrderByWrittenAtAscIdAsc(Collection<Long> agreementIds);
}
