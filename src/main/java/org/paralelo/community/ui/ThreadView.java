package org.paralelo.community.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ui.FieldErrors;
import org.paralelo.base.ui.Notifications;
import org.paralelo.base.ui.Refusals;
import org.paralelo.base.ui.RouteIds;
import org.paralelo.base.ui.LiveScreen;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.community.AvatarService;
import org.paralelo.community.DebateStance;
import org.paralelo.community.ModerationService;
import org.paralelo.community.NewReply;
import org.paralelo.community.PostId;
import org.paralelo.community.PostView;
import org.paralelo.community.SpaceAccess;
import org.paralelo.community.SpacePaths;
import org.paralelo.community.ThreadDetails;
import org.paralelo.community.ThreadId;
import org.paralelo.community.ThreadKind;
import org.paralelo.community.ThreadService;
import org.paralelo.media.MediaService;
import org.paralelo.people.PersonId;

/**
 * A thread: its opening post, then its replies a page at a time (read by number from the server, so a thread of
 * 2,000 replies opens as fast as one of twenty), a jump to the first reply the reader has not seen, and the reply
 * form (quoting a reply, taking a position in a debate). Reading a page moves the reader's "seen" marker.
 */
@Route("red/temas/:threadId")
@PermitAll
public class ThreadView extends Main implements LiveScreen, TitledByHeading, BeforeEnterObserver {

    static final int PAGE = 20;

    private final ThreadService threads;
    private final ModerationService moderation;
    private final SpaceAccess access;
    private final MediaService media;
    private final AvatarService avatars;
    private final Map<PersonId, String> avatarPaths = new HashMap<>();
    private final Div replies = new Div();
    private final Div pager = new Div();
    private final TextArea body = new TextArea();
    private final RadioButtonGroup<DebateStance> stance = new RadioButtonGroup<>();
    private final Div quoting = new Div();
    private final Map<Integer, Article> cards = new HashMap<>();
    private ThreadId thread = new ThreadId(0);
    private @Nullable ThreadDetails details;
    private @Nullable PostId quoted;
    /** The one post editor open in the thread, if any (see {@link #edit}). */
    private @Nullable TextArea openEditor;
    private int page = 1;

    ThreadView(ThreadService threads, ModerationService moderation, SpaceAccess access, MediaService media,
               AvatarService avatars) {
        this.media = media;
        this.avatars = avatars;
        this.threads = threads;
        this.moderation = moderation;
        this.access = access;
        addClassName("page");
        addClassName("community");
        replies.setId("replies");
        pager.addClassName("thread-pager");
        pager.setId("pager");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        thread = new ThreadId(RouteIds.id(event, "threadId"));
        if (!access.canReadThread(thread)) {
            throw new NotFoundException();
        }
        details = threads.thread(thread);
        int target = event.getLocation().getQueryParameters().getSingleParameter("respuesta")
                .filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt).orElse(0);
        render();
        if (target > 0) {
            showPage(pageOf(target), target);
        } else {
            showPage(1, 0);
        }
    }

    private ThreadDetails details() {
        if (details == null) {
            throw new IllegalStateException("no thread yet");
        }
        return details;
    }

    private void render() {
        ThreadDetails d = details();
        removeAll();
        Anchor back = new Anchor(SpacePaths.space(d.space().id()), d.space().name(getLocale()));
        back.setId("to-space");
        H1 title = new H1(d.thread().title());
        add(back, title, marks(d), actions(d));
        if (d.thread().kind() == ThreadKind.DEBATE) {
            add(stances(d));
        }
        avatarPaths.putAll(avatars.of(Set.of(d.opening().author().id())));
        add(postCard(d.opening(), d));
        H2 heading = new H2(getTranslation("community.replies", d.thread().replies()));
        heading.setId("replies-heading");
        add(heading, pager, replies);
        if (d.mayReply()) {
            add(composer(d));
        } else {
            Paragraph closed = new Paragraph(getTranslation(d.thread().closed() ? "community.thread.closed-note"
                    : "community.thread.read-only"));
            closed.setId("no-reply");
            add(closed);
        }
    }

    private Div marks(ThreadDetails d) {
        Div marks = new Div();
        marks.addClassName("thread-marks");
        if (d.thread().kind() == ThreadKind.DEBATE) {
            marks.add(SpaceLabels.badge(this, "community.thread-kind.DEBATE"));
        }
        if (d.thread().pinned()) {
            marks.add(SpaceLabels.badge(this, "community.thread.pinned"));
        }
        if (d.thread().answered()) {
            marks.add(SpaceLabels.badge(this, "community.thread.answered"));
        }
        if (d.thread().closed()) {
            marks.add(SpaceLabels.badge(this, "community.thread.closed"));
        }
        if (d.thread().hidden()) {
            marks.add(SpaceLabels.badge(this, "community.thread.hidden"));
        }
        return marks;
    }

    private Div actions(ThreadDetails d) {
        Div actions = new Div();
        actions.addClassName("page-actions");
        if (d.mayTakePart()) {
            Button follow = new Button(getTranslation(d.following() ? "community.unfollow" : "community.follow"),
                    click -> act(() -> threads.follow(thread, !d.following())));
            follow.setId("follow");
            actions.add(follow);
        }
        if (d.firstUnread() > 0) {
            Button jump = new Button(getTranslation("community.first-unread"),
                    click -> showPage(pageOf(d.firstUnread()), d.firstUnread()));
            jump.setId("first-unread");
            jump.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(jump);
        }
        if (d.mayModerate()) {
            Button pin = new Button(getTranslation(d.thread().pinned() ? "community.unpin" : "community.pin"),
                    click -> act(() -> threads.setPinned(thread, !d.thread().pinned())));
            pin.setId("pin");
            Button close = new Button(getTranslation(d.thread().closed() ? "community.reopen" : "community.close"),
                    click -> act(() -> threads.setClosed(thread, !d.thread().closed())));
            close.setId("close");
            actions.add(pin, close);
        }
        return actions;
    }

    private Div stances(ThreadDetails d) {
        Div counts = new Div();
        counts.setId("stances");
        counts.addClassName("debate-stances");
        for (DebateStance s : DebateStance.values()) {
            Span count = new Span(getTranslation(s.messageKey()) + ": " + d.stances().getOrDefault(s, 0));
            count.setId("stance-" + s.name());
            counts.add(count);
        }
        return counts;
    }

    private int pages() {
        return Math.max(1, (details().thread().replies() + PAGE - 1) / PAGE);
    }

    private static int pageOf(int seq) {
        return Math.max(1, (seq - 1) / PAGE + 1);
    }

    private void showPage(int wanted, int focus) {
        page = Math.clamp(wanted, 1, pages());
        replies.removeAll();
        List<PostView> posts = threads.replies(thread, (page - 1) * PAGE + 1, PAGE);
        if (posts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("community.replies.none"));
            none.setId("replies-empty");
            replies.add(none);
        }
        int firstUnread = details().firstUnread();
        avatarPaths.putAll(avatars.of(posts.stream().map(p -> p.author().id()).collect(Collectors.toSet())));
        posts.forEach(post -> {
            Article card = postCard(post, details());
            if (firstUnread > 0 && post.seq() >= firstUnread) {
                card.addClassName("unread");
            }
            replies.add(card);
        });
        renderPager();
        if (!posts.isEmpty()) {
            threads.markSeen(thread, posts.getLast().seq());
        }
        if (focus > 0) {
            replies.getElement().executeJs("const p = document.getElementById($0); if (p) { p.scrollIntoView(); "
                    + "p.focus({preventScroll: true}); }", "post-" + focus);
        }
    }

    private void renderPager() {
        pager.removeAll();
        if (pages() <= 1) {
            return;
        }
        Button first = pageButton("community.page.first", 1, "page-first");
        Button previous = pageButton("community.page.previous", page - 1, "page-previous");
        Span where = new Span(getTranslation("community.page.of", page, pages()));
        where.setId("page-label");
        Button next = pageButton("community.page.next", page + 1, "page-next");
        Button last = pageButton("community.page.last", pages(), "page-last");
        first.setEnabled(page > 1);
        previous.setEnabled(page > 1);
        next.setEnabled(page < pages());
        last.setEnabled(page < pages());
        pager.add(first, previous, where, next, last);
    }

    private Button pageButton(String key, int target, String id) {
        Button button = new Button(getTranslation(key), click -> showPage(target, 0));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Article postCard(PostView post, ThreadDetails d) {
        Article card = new Article();
        card.addClassName("post");
        card.setId("post-" + post.seq());
        card.getElement().setAttribute("tabindex", "-1");
        cards.put(post.seq(), card);
        Div head = new Div(MemberAvatar.of(post.author().fullName(), avatarPaths.get(post.author().id())),
                new Span(post.author().fullName()), new Span(SpaceLabels.when(getLocale(), post.createdAt())));
        head.addClassName("post-head");
        if (post.seq() > 0) {
            head.add(new Span("#" + post.seq()));
        }
        if (post.edited()) {
            head.add(SpaceLabels.badge(this, "community.post.edited"));
        }
        if (post.answer()) {
            head.add(SpaceLabels.badge(this, "community.post.answer"));
        }
        if (post.stance() != null) {
            Span position = SpaceLabels.badge(this, post.stance().messageKey());
            position.addClassName("stance-" + post.stance().name().toLowerCase(Locale.ROOT));
            head.add(position);
        }
        card.add(head);
        if (post.quote() != null) {
            Div quote = new Div(new Span(getTranslation("community.post.quoting", post.quote().authorName(),
                    post.quote().seq())), new Paragraph(post.quote().excerpt()));
            quote.addClassName("post-quote");
            card.add(quote);
        }
        if (post.hidden()) {
            card.add(new Paragraph(getTranslation("community.post.hidden")));
        }
        if (!post.html().isEmpty()) {
            Html text = new Html("<div class=\"post-body\">" + post.html() + "</div>");
            card.add(text);
        }
        if (!post.attachments().isEmpty()) {
            card.add(PostFileList.of(this, post.attachments(), "attachments-" + post.seq()));
        }
        card.add(postActions(post, d));
        return card;
    }

    private Div postActions(PostView post, ThreadDetails d) {
        Div actions = new Div();
        actions.addClassName("post-actions");
        String id = "-" + post.seq();
        if (d.mayTakePart()) {
            Button useful = new Button(getTranslation(post.usefulByMe() ? "community.post.useful-undo"
                    : "community.post.useful", post.useful()), click -> act(() -> threads.markUseful(post.id(),
                    !post.usefulByMe())));
            useful.setId("useful" + id);
            useful.getElement().setAttribute("aria-pressed", Boolean.toString(post.usefulByMe()));
            actions.add(useful);
        } else if (post.useful() > 0) {
            Span count = new Span(getTranslation("community.post.useful-count", post.useful()));
            count.setId("useful" + id);
            actions.add(count);
        }
        if (post.hidden()) {
            if (d.mayModerate()) {
                actions.add(ReasonDialog.button(this, "community.moderation.restore", "restore" + id,
                        reason -> moderation.restore(post.id(), reason), this::refresh));
            }
            return actions;
        }
        if (d.mayReply() && post.seq() > 0) {
            Button quote = new Button(getTranslation("community.post.quote"), click -> quote(post));
            quote.setId("quote" + id);
            actions.add(quote);
        }
        if (post.mayEdit()) {
            Button edit = new Button(getTranslation("community.post.edit"));
            edit.addClickListener(click -> edit(post, edit));
            edit.setId("edit" + id);
            actions.add(edit);
        }
        if (d.mayMarkAnswer() && post.seq() > 0) {
            Button answer = new Button(getTranslation(post.answer() ? "community.post.unmark-answer"
                    : "community.post.mark-answer"), click -> act(() -> threads.markAnswer(thread,
                    post.answer() ? null : post.id())));
            answer.setId("answer" + id);
            actions.add(answer);
        }
        actions.add(ReasonDialog.button(this, "community.post.report", "report" + id, reason -> {
            moderation.report(post.id(), reason);
            Notifications.success(getTranslation("community.post.reported"));
        }, this::refresh));
        if (d.mayModerate()) {
            actions.add(ReasonDialog.button(this, "community.moderation.hide", "hide" + id,
                    reason -> moderation.hide(post.id(), reason), this::refresh));
        }
        return actions;
    }

    /**
     * Opens the post's editor under its text, with Save and Cancel. There is one editor in the thread at a time, as
     * in a mature forum: pressing Edit again (on this post or another) while it is open brings the reader back to
     * it, with what they typed; Cancel closes it, leaves the post as it was and puts the focus back on Edit.
     */
    private void edit(PostView post, Button trigger) {
        TextArea open = openEditor;
        if (open != null && open.isAttached()) {
            open.focus();
            return;
        }
        Article card = cards.get(post.seq());
        if (card == null) {
            return;
        }
        TextArea text = new TextArea(getTranslation("community.post.edit"));
        text.setId("edit-body");
        text.setValue(post.body());
        text.setWidthFull();
        text.setMaxLength(ThreadService.BODY_MAX);
        FieldErrors errors = new FieldErrors(this).field("body", text);
        PostFilesField files = new PostFilesField(media, text, "edit", post.files());
        Button save = new Button(getTranslation("community.save"));
        save.setId("save-edit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("community.cancel"));
        cancel.setId("cancel-edit");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("row-actions");
        Div editor = new Div(text, files, buttons);
        editor.addClassName("post-editor");
        save.addClickListener(click -> {
            if (SpaceForms.attempt(this, errors, () -> threads.edit(post.id(), text.getValue(), files.attachments(),
                    post.version()))) {
                openEditor = null;
                refresh();
            }
        });
        cancel.addClickListener(click -> {
            openEditor = null;
            card.remove(editor);
            trigger.focus();
        });
        card.add(editor);
        openEditor = text;
        text.focus();
    }

    private void quote(PostView post) {
        quoted = post.id();
        quoting.removeAll();
        Button drop = new Button(getTranslation("community.post.quote-remove"), click -> {
            quoted = null;
            quoting.removeAll();
        });
        drop.setId("drop-quote");
        drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span label = new Span(getTranslation("community.post.quoting", post.author().fullName(), post.seq()));
        label.setId("quoting-label");
        quoting.add(label, drop);
        body.focus();
    }

    private Div composer(ThreadDetails d) {
        body.setLabel(getTranslation("community.reply.body"));
        body.setId("reply-body");
        body.setHelperText(getTranslation("community.markdown-help"));
        body.setMaxLength(ThreadService.BODY_MAX);
        body.setWidthFull();
        body.clear();
        quoting.setId("quoting");
        Div form = new Div(quoting);
        form.setId("reply-form");
        form.addClassName("reply-form");
        if (d.thread().kind() == ThreadKind.DEBATE) {
            stance.setLabel(getTranslation("community.reply.stance"));
            stance.setId("reply-stance");
            stance.setItems(DebateStance.values());
            stance.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
            stance.clear();
            form.add(stance);
        }
        FieldErrors errors = new FieldErrors(this).field("body", body);
        PostFilesField files = new PostFilesField(media, body, "reply", List.of());
        Button send = new Button(getTranslation("community.reply.send"));
        send.setId("send-reply");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            PostId[] made = new PostId[1];
            if (SpaceForms.attempt(this, errors, () -> made[0] = threads.reply(new NewReply(thread, body.getValue(),
                    quoted, d.thread().kind() == ThreadKind.DEBATE ? stance.getValue() : null, files.attachments())))) {
                quoted = null;
                quoting.removeAll();
                details = threads.thread(thread);
                render();
                int last = details().thread().replies();
                showPage(pageOf(last), last);
            }
        });
        form.add(body, files, send);
        return form;
    }

    private void act(Runnable action) {
        if (Refusals.attempt(this, action)) {
            refresh();
        }
    }

    private void refresh() {
        int current = page;
        details = threads.thread(thread);
        render();
        showPage(current, 0);
    }
}
