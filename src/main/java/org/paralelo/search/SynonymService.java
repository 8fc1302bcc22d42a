package org.paralelo.search;

import java.text.ParseException;
import java.time.Clock;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.search.domain.SynonymList;
import org.paralelo.search.domain.SynonymListRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The admin-editable synonym list: one group of equivalent terms per line, e.g. "mercadotecnia, marketing". */
@Service
@Transactional
public class SynonymService {

    public static final int MAX_LENGTH = 100_000;

    /** The list as an admin edits it. */
    public record Synonyms(String lines, long version) {
    }

    private final SynonymListRepository lists;
    private final QueryAnalysis analysis;
    private final Clock clock;

    SynonymService(SynonymListRepository lists, QueryAnalysis analysis, Clock clock) {
        this.lists = lists;
        this.analysis = analysis;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Synonyms synonyms() {
        SynonymList list = lists.findById(SynonymList.THE_LIST).orElseThrow();
        return new Synonyms(list.getLines(), list.getVersion());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Synonyms save(String lines, long version) {
        String text = lines == null ? "" : lines.strip();
        if (text.length() > MAX_LENGTH) {
            throw InvalidInputException.of("lines", "search.synonyms.too-long", MAX_LENGTH);
        }
        try {
            QueryAnalysis.parse(text);
        } catch (ParseException | RuntimeException e) {
            throw InvalidInputException.of("lines", "search.synonyms.invalid");
        }
        SynonymList list = lists.findById(SynonymList.THE_LIST).orElseThrow();
        StaleDataException.check(version, list.getVersion());
        list.replace(text, clock.instant());
        lists.saveAndFlush(list);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                analysis.use(text);
            }
        });
        return new Synonyms(list.getLines(), list.getVersion());
    }
}
