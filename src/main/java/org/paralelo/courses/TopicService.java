package org.paralelo.courses;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.paralelo.base.InputChecks;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.StaleDataException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.domain.Topic;
import org.paralelo.courses.domain.TopicRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The topic taxonomy: everyone signed in reads it, admins extend and rename it. */
@Service
@Transactional
public class TopicService {

    private final TopicRepository topics;

    TopicService(TopicRepository topics) {
        this.topics = topics;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TopicView> list() {
        return topics.findAllByOrderBySortOrderAscCodeAsc().stream().map(TopicService::view).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public TopicView create(String nameEs, String nameEn) {
        check(nameEs, nameEn);
        String code = slug(nameEs);
        if (code.isEmpty() || topics.existsByCode(code)) {
            throw InvalidInputException.of("nameEs", "error.topic.exists");
        }
        int last = topics.findAll().stream().mapToInt(Topic::getSortOrder).max().orElse(0);
        return view(topics.saveAndFlush(new Topic(code, nameEs, nameEn, last + 1)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public TopicView rename(long id, String nameEs, String nameEn, long version) {
        check(nameEs, nameEn);
        Topic topic = topics.findById(id).orElseThrow(() -> new UserFacingException("error.topic.not-found"));
        StaleDataException.check(version, topic.getVersion());
        topic.setNameEs(nameEs);
        topic.setNameEn(nameEn);
        return view(topics.saveAndFlush(topic));
    }

    private static void check(String nameEs, String nameEn) {
        new InputChecks().text(nameEs, "nameEs", Topic.MAX_NAME).text(nameEn, "nameEn", Topic.MAX_NAME).throwIfAny();
    }

    /** "Economía creativa" becomes "economia-creativa": stable codes for packages and search facets. */
    static String slug(String name) {
        return Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static TopicView view(Topic topic) {
        return new TopicView(topic.getId(), topic.getCode(), topic.getNameEs(), topic.getNameEn(),
                topic.getVersion());
    }
}
