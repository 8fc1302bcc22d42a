package org.paralelo.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.paralelo.learning.CourseProgress;

/** A progress bar over required items with its text ("3 de 5 obligatorios · 60 %"), readable by screen readers. */
class ProgressLine extends Div {

    ProgressLine(CourseProgress progress) {
        addClassName("progress-line");
        ProgressBar bar = new ProgressBar(0, 1, progress.fraction());
        String text = getTranslation("learning.progress.text", progress.requiredDone(), progress.requiredTotal(),
                progress.percent());
        bar.getElement().setAttribute("aria-label", text);
        Span label = new Span(text);
        label.addClassName("progress-text");
        add(bar, label);
    }
}
