package org.paralelo.courses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two published versions, in words a trainer reads in the history: modules and items added,
 * removed, renamed, edited or moved. Stored with message keys so the history shows in the reader's language.
 */
final class ChangeSummary {

    private ChangeSummary() {
    }

    /** Lines like {@code history.item-added|Título}; empty for the first version. */
    static List<String> between(PublishedCourse before, PublishedCourse after) {
        List<String> lines = new ArrayList<>();
        if (!before.title().equals(after.title()) || !before.summary().equals(after.summary())
                || before.estimatedHours() != after.estimatedHours()
                || !before.topicCodes().equals(after.topicCodes())
                || !before.languageTag().equals(after.languageTag())
                || !Objects.equals(before.coverMediaId(), after.coverMediaId())) {
            lines.add("history.details-changed");
        }
        Map<String, PublishedCourse.Module> oldModules = index(before.modules(), PublishedCourse.Module::key);
        Map<String, PublishedCourse.Module> newModules = index(after.modules(), PublishedCourse.Module::key);
        newModules.values().stream().filter(m -> !oldModules.containsKey(m.key()))
                .forEach(m -> lines.add("history.module-added|" + m.title()));
        oldModules.values().stream().filter(m -> !newModules.containsKey(m.key()))
                .forEach(m -> lines.add("history.module-removed|" + m.title()));
        newModules.values().stream().filter(m -> oldModules.containsKey(m.key()))
                .filter(m -> !oldModules.get(m.key()).title().equals(m.title())
                        || !oldModules.get(m.key()).objectives().equals(m.objectives()))
                .forEach(m -> lines.add("history.module-changed|" + m.title()));
        if (!before.modules().stream().map(PublishedCourse.Module::key).filter(newModules::containsKey).toList()
                .equals(after.modules().stream().map(PublishedCourse.Module::key).filter(oldModules::containsKey)
                        .toList())) {
            lines.add("history.modules-reordered");
        }

        Map<String, PublishedCourse.Item> oldItems = index(before.items().toList(), PublishedCourse.Item::key);
        Map<String, PublishedCourse.Item> newItems = index(after.items().toList(), PublishedCourse.Item::key);
        newItems.values().stream().filter(i -> !oldItems.containsKey(i.key()))
                .forEach(i -> lines.add("history.item-added|" + i.title()));
        oldItems.values().stream().filter(i -> !newItems.containsKey(i.key()))
                .forEach(i -> lines.add("history.item-removed|" + i.title()));
        newItems.values().stream().filter(i -> oldItems.containsKey(i.key()))
                .filter(i -> !i.equals(oldItems.get(i.key())))
                .forEach(i -> lines.add("history.item-changed|" + i.title()));
        List<String> commonBefore = before.items().map(PublishedCourse.Item::key).filter(newItems::containsKey)
                .toList();
        List<String> commonAfter = after.items().map(PublishedCourse.Item::key).filter(oldItems::containsKey)
                .toList();
        if (!commonBefore.equals(commonAfter)) {
            lines.add("history.items-reordered");
        }
        return lines;
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }
}
