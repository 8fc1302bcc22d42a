package org.paralelo.search;

import java.util.List;
import org.springframework.stereotype.Component;

/** The course page: title, summary, topics and module titles and objectives. */
@Component
class CourseDocuments implements DocumentMapper {

    @Override
    public List<IndexDoc> map(CourseEdition edition) {
        var course = edition.course();
        StringBuilder body = new StringBuilder(course.summary());
        edition.topicNameList().forEach(name -> body.append('\n').append(name));
        StringBuilder headings = new StringBuilder();
        for (var module : course.modules()) {
            headings.append(module.title()).append('\n');
            body.append('\n').append(module.objectives());
        }
        return List.of(new IndexDoc(edition.id("course"), course.courseId(), edition.edition(), ContentType.COURSE,
                course.languageTag(), course.title(), course.title(), List.of(course.title()), course.topicCodes(),
                headings.toString(), body.toString(), edition.coursePath(), null, null, null));
    }
}
