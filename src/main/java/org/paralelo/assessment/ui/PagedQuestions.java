package org.paralelo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The open attempt's question cards and its submit button: all on one page for a short quiz, five a page with
 * "previous" and "next" for a long one, the submit button on the last page only.
 */
class PagedQuestions extends Div {

    static final int ALL_ON_ONE_PAGE = 10;
    static final int PAGE_SIZE = 5;

    private final List<? extends Component> all;
    private final Div questions = new Div();
    private final Button submit;
    private int page;

    PagedQuestions(List<? extends Component> cards, Button submit) {
        this.all = cards;
        this.submit = submit;
        addClassName("quiz-pages");
        questions.addClassName("quiz-questions");
        add(questions);
        if (all.size() <= ALL_ON_ONE_PAGE) {
            all.forEach(questions::add);
            add(submit);
            return;
        }
        Nav pager = new Nav();
        pager.addClassName("pager");
        int pages = (all.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        Button previous = new Button(getTranslation("attempt.page.previous"));
        Button next = new Button(getTranslation("attempt.page.next"));
        Span where = new Span();
        Runnable show = () -> {
            questions.removeAll();
            all.subList(page * PAGE_SIZE, Math.min(all.size(), (page + 1) * PAGE_SIZE)).forEach(questions::add);
            previous.setEnabled(page > 0);
            next.setEnabled(page < pages - 1);
            where.setText((page + 1) + " / " + pages);
            submit.setVisible(page == pages - 1);
        };
        previous.addClickListener(e -> {
            page--;
            show.run();
        });
        next.addClickListener(e -> {
            page++;
            show.run();
        });
        show.run();
        pager.add(previous, where, next);
        add(pager, submit);
    }
}
