package org.paralelo.courses;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paralelo.base.Languages;
import org.paralelo.base.MarkdownRenderer;
import org.paralelo.courses.domain.Course;
import org.paralelo.courses.domain.CourseModule;
import org.paralelo.courses.domain.CourseRepository;
import org.paralelo.courses.domain.Lesson;
import org.paralelo.people.ProfileService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to courses: published courses for everyone signed in; drafts only for their owner and admins.
 * A course someone may not see is reported as absent, so ids cannot be probed.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CatalogueService {

    private final CourseRepository courses;
    private final ProfileService profiles;
    private final MarkdownRenderer markdown;

    CatalogueService(CourseRepository courses, ProfileService profiles, MarkdownRenderer markdown) {
        this.courses = courses;
        this.profiles = profiles;
        this.markdown = markdown;
    }

    @PreAuthorize("isAuthenticated()")
    public List<CourseCard> publishedCourses() {
        return courses.findByStatusOrderByTitle(CourseStatus.PUBLISHED).stream().map(CatalogueService::card)
                .toList();
    }

    @PreAuthorize("hasRole('TRAINER')")
    public List<CourseCard> coursesITeach() {
        long me = profiles.myProfile().id().value();
        return courses.findByOwnerIdOrderByTitle(me).stream().map(CatalogueService::card).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<CourseOutline> outline(CourseId id) {
        return visible(id).map(course -> new CourseOutline(id, course.getTitle(), course.getSummary(),
                Languages.fromTag(course.getLanguage()), course.getEstimatedHours(),
                List.copyOf(course.getTopics()),
                course.getModules().stream().map(module -> new CourseOutline.ModuleOutline(module.getTitle(),
                        module.getObjectives(), module.getLessons().stream()
                        .map(l -> new CourseOutline.LessonLink(l.getId(), l.getTitle(), l.isRequired()))
                        .toList())).toList()));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<LessonPage> lesson(CourseId id, long lessonId) {
        return visible(id).flatMap(course -> {
            List<Lesson> order = new ArrayList<>();
            List<CourseModule> owners = new ArrayList<>();
            for (CourseModule module : course.getModules()) {
                for (Lesson lesson : module.getLessons()) {
                    order.add(lesson);
                    owners.add(module);
                }
            }
            for (int i = 0; i < order.size(); i++) {
                Lesson lesson = order.get(i);
                if (lesson.getId() == lessonId) {
                    return Optional.of(new LessonPage(id, course.getTitle(), owners.get(i).getTitle(), lessonId,
                            lesson.getTitle(), markdown.toSafeHtml(lesson.getBodyMarkdown()),
                            i > 0 ? order.get(i - 1).getId() : null,
                            i + 1 < order.size() ? order.get(i + 1).getId() : null));
                }
            }
            return Optional.empty();
        });
    }

    private Optional<Course> visible(CourseId id) {
        return courses.findById(id.value()).filter(course -> course.getStatus() == CourseStatus.PUBLISHED
                || isAdmin() || course.getOwnerId() == profiles.myProfile().id().value());
    }

    private static boolean isAdmin() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    private static CourseCard card(Course course) {
        int lessons = course.getModules().stream().mapToInt(m -> m.getLessons().size()).sum();
        return new CourseCard(new CourseId(course.getId()), course.getTitle(), course.getSummary(),
                Languages.fromTag(course.getLanguage()), course.getEstimatedHours(), List.copyOf(course.getTopics()),
                lessons, course.getStatus() == CourseStatus.PUBLISHED);
    }
}
