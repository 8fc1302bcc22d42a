package org.paralelo.search;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.LessonRenderer;
import org.springframework.stereotype.Component;

/** Lessons: the rendered text (what learners read, not the Markdown syntax), with headings boosted. */
@Component
class LessonDocuments implements DocumentMapper {

    private final LessonRenderer renderer;

    LessonDocuments(LessonRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public List<IndexDoc> map(CourseEdition edition) {
        var course = edition.course();
        List<IndexDoc> docs = new ArrayList<>();
        for (var module : course.modules()) {
            for (var item : module.items()) {
                if (item.kind() != ItemKind.LESSON) {
                    continue;
                }
                Document html = Jsoup.parseBodyFragment(renderer.render(item.markdown() == null ? "" : item.markdown()));
                String headings = String.join("\n", html.select("h1, h2, h3, h4, h5, h6").eachText());
                docs.add(new IndexDoc(edition.id("lesson/" + item.key()), course.courseId(), edition.edition(),
                        ContentType.LESSON, course.languageTag(), item.title(), course.title(),
                        List.of(course.title(), module.title(), item.title()), course.topicCodes(), headings,
                        html.body().wholeText().replaceAll("[ \\t]+", " ").replaceAll("\\n{3,}", "\n\n").strip(),
                        edition.itemPath(item), null, null, null));
            }
        }
        return docs;
    }
}
