package org.paralelo.interchange;

import static org.paralelo.interchange.MoodleXmlReader.child;
import static org.paralelo.interchange.MoodleXmlReader.children;
import static org.paralelo.interchange.MoodleXmlReader.decimal;
import static org.paralelo.interchange.MoodleXmlReader.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * The parts of a Moodle XML question that have no place in Paralelo's question, each reported so the trainer
 * knows: hints and the per-try penalty of Moodle's "interactive with multiple tries" (here an answer is graded
 * as given, without tries inside an attempt), and the units of a numerical question (here learners type the
 * number alone, which is graded in the unit worth 1). A penalty without hints is not reported: it only matters
 * with several tries, and Moodle writes one into every question.
 */
final class MoodleExtras {

    private MoodleExtras() {
    }

    static void hintsAndPenalty(Element q, List<GiftProblem> notes) {
        List<Element> hints = children(q, "hint").stream().filter(h -> !text(h).isEmpty()).toList();
        if (hints.isEmpty()) {
            return;
        }
        BigDecimal penalty = decimal(text(child(q, "penalty")), BigDecimal.ZERO).multiply(BigDecimal.valueOf(100))
                .setScale(0, RoundingMode.HALF_UP);
        notes.add(new GiftProblem(0, "interchange.moodlexml.hints-left-out", hints.size() + " · " + penalty + " %",
                List.of(String.valueOf(hints.size()), penalty.toPlainString()), ""));
    }

    static void units(Element q, List<GiftProblem> notes) {
        List<Element> units = children(child(q, "units"), "unit");
        // showunits 3 = "units are not used at all" in Moodle.
        if (units.isEmpty() || text(child(q, "showunits")).equals("3")) {
            return;
        }
        String listed = units.stream().map(u -> text(child(u, "unit_name")) + " ×" + text(child(u, "multiplier")))
                .collect(Collectors.joining(", "));
        String base = units.stream().filter(u -> decimal(text(child(u, "multiplier")), BigDecimal.ZERO)
                .compareTo(BigDecimal.ONE) == 0).map(u -> text(child(u, "unit_name"))).findFirst().orElse("?");
        notes.add(new GiftProblem(0, "interchange.moodlexml.units-left-out", listed,
                List.of(listed, base), ""));
    }
}
