package org.paralelo.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.InputChecks;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.domain.BlockRepository;
import org.paralelo.community.domain.BlockRow;
import org.paralelo.community.domain.ConversationRepository;
import org.paralelo.community.domain.ConversationRow;
import org.paralelo.community.domain.MessageRepository;
import org.paralelo.community.domain.MessageRow;
import org.paralelo.people.Caller;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.paralelo.people.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private one-to-one messages between members, with blocks and a rate limit.
 *
 * <p>Who may write to whom: a conversation is <em>started</em> by a trainer or admin with anyone, or by a member
 * whose own network profile is public with a member whose profile is public (so each sees who writes). Once a
 * conversation exists both sides may answer in it, whatever their profiles say. Nobody writes to or receives from a
 * person blocked by either side. Only the two participants read a conversation — admins included: private means
 * private. Limits are in {@link MessageLimits}. Every message sent publishes {@link MessageSent} after commit.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MessageService {

    private static final int EXCERPT = 200;

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final BlockRepository blocks;
    private final NetworkProfileService profiles;
    private final PersonDirectory directory;
    private final Caller caller;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageService(ConversationRepository conversations, MessageRepository messages, BlockRepository blocks,
                   NetworkProfileService profiles, PersonDirectory directory, Caller caller,
                   ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.blocks = blocks;
        this.profiles = profiles;
        this.directory = directory;
        this.caller = caller;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in person may write to this person (start a conversation or continue theirs). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canWriteTo(PersonId to) {
        long me = me().value();
        if (me == to.value() || !directory.isEnabled(to) || blocks.existsBetween(me, to.value())) {
            return false;
        }
        ConversationRow existing = pair(me, to.value());
        return (existing != null && existing.getLastMessageId() > 0) || mayStart(to);
    }

    /**
     * Writes to a person: continues our conversation or starts one. Returns the conversation's id.
     * Refused with a localised reason: blocked, not allowed, over the limit, empty or too long.
     */
    @PreAuthorize("isAuthenticated()")
    public long write(PersonId to, String body) {
        PersonId me = me();
        if (me.equals(to) || !directory.isEnabled(to)) {
            throw new UserFacingException("network.error.cannot-write");
        }
        ConversationRow conversation = pair(me.value(), to.value());
        if (conversation == null || conversation.getLastMessageId() == 0) {
            if (!mayStart(to) || blocks.existsBetween(me.value(), to.value())) {
                throw new UserFacingException("network.error.cannot-write");
            }
            if (conversation == null) {
                conversation = create(me.value(), to.value());
            }
        }
        return send(conversation.getId(), body);
    }

    /** Adds a message to one of my conversations; returns the conversation's id. */
    @PreAuthorize("isAuthenticated()")
    public long send(long conversationId, String body) {
        PersonId me = me();
        String text = body == null ? "" : body.strip();
        new InputChecks().text(text, "body", MessageRow.MAX_BODY).throwIfAny();
        ConversationRow conversation = conversations.lockById(conversationId)
                .filter(c -> c.involves(me.value()))
                .orElseThrow(() -> new UserFacingException("network.error.conversation-not-found"));
        long other = conversation.other(me.value());
        if (blocks.existsBetween(me.value(), other) || !directory.isEnabled(new PersonId(other))) {
            throw new UserFacingException("network.error.cannot-write");
        }
        checkLimits(me);
        Instant now = clock.instant();
        MessageRow message = messages.saveAndFlush(new MessageRow(conversationId, me.value(), text, now));
        conversation.messageAdded(message.getId(), me.value(), now);
        String name = directory.displayName(me).orElse("");
        events.publishEvent(new MessageSent(message.getId(), conversationId, me, name, new PersonId(other),
                excerpt(text), now));
        return conversationId;
    }

    /** My conversations, the most recent first, with unread counts. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ConversationSummary> myConversations(int offset, int limit) {
        long me = me().value();
        int size = Math.clamp(limit, 1, 100);
        List<ConversationRow> rows = conversations.findMine(me, PageRequest.of(offset / size, size));
        Set<PersonId> others = rows.stream().map(c -> new PersonId(c.other(me))).collect(Collectors.toSet());
        Map<PersonId, Participant> people = participants(others);
        Map<Long, MessageRow> last = messages.findAllById(rows.stream().map(ConversationRow::getLastMessageId)
                .toList()).stream().collect(Collectors.toMap(MessageRow::getId, Function.identity()));
        return rows.stream().map(c -> {
            MessageRow lastMessage = last.get(c.getLastMessageId());
            return new ConversationSummary(c.getId(), people.get(new PersonId(c.other(me))), c.getLastMessageAt(),
                    lastMessage == null ? "" : excerpt(lastMessage.getBody()),
                    lastMessage != null && lastMessage.getSenderId() == me,
                    messages.countUnread(c.getId(), me, c.readUpto(me)));
        }).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int countMyConversations() {
        return (int) Math.min(Integer.MAX_VALUE, conversations.countMine(me().value()));
    }

    /** How many messages others sent me that I have not read yet. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long myUnreadCount() {
        return caller.id().map(me -> messages.countAllUnread(me.value())).orElse(0L);
    }

    /** One of my conversations; anyone else's is "not found". */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ConversationDetails conversation(long conversationId) {
        long me = me().value();
        ConversationRow conversation = mine(conversationId, me);
        PersonId other = new PersonId(conversation.other(me));
        boolean iBlocked = blocks.existsById(new BlockRow.Key(me, other.value()));
        boolean canWrite = !blocks.existsBetween(me, other.value()) && directory.isEnabled(other);
        return new ConversationDetails(conversationId, participants(Set.of(other)).get(other), iBlocked, canWrite);
    }

    /**
     * Messages of one of my conversations older than {@code beforeId} ({@code Long.MAX_VALUE} for the newest), at
     * most {@code limit}, oldest first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MessageView> messages(long conversationId, long beforeId, int limit) {
        long me = me().value();
        ConversationRow conversation = mine(conversationId, me);
        Map<PersonId, Participant> people = participants(Set.of(new PersonId(conversation.other(me))));
        String otherName = people.values().iterator().next().name();
        PageRequest size = PageRequest.of(0, Math.clamp(limit, 1, 200));
        List<MessageView> page = messages.findPage(conversationId, beforeId, size).stream()
                .map(m -> new MessageView(m.getId(), m.getSenderId() == me,
                        m.getSenderId() == me ? "" : otherName, m.getBody(), m.getSentAt()))
                .collect(Collectors.toList());
        Collections.reverse(page);
        return page;
    }

    /** I have read everything in this conversation so far. */
    @PreAuthorize("isAuthenticated()")
    public void markRead(long conversationId) {
        long me = me().value();
        ConversationRow conversation = mine(conversationId, me);
        conversation.markRead(me, conversation.getLastMessageId());
    }

    /** I receive no more messages from this person and cannot write to them; nothing tells them. Twice is harmless. */
    @PreAuthorize("isAuthenticated()")
    public void block(PersonId person) {
        long me = me().value();
        if (me == person.value()) {
            throw new UserFacingException("network.error.block-self");
        }
        BlockRow.Key key = new BlockRow.Key(me, person.value());
        if (!blocks.existsById(key) && directory.isEnabled(person)) {
            blocks.save(new BlockRow(key, clock.instant()));
        }
    }

    @PreAuthorize("isAuthenticated()")
    public void unblock(PersonId person) {
        blocks.deleteById(new BlockRow.Key(me().value(), person.value()));
    }

    /** The people I have blocked, most recent first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PersonRef> myBlocks() {
        return blocks.findByBlocker(me().value()).stream()
                .map(b -> new PersonRef(new PersonId(b.getKey().blockedId()),
                        directory.displayName(new PersonId(b.getKey().blockedId())).orElse(""), ""))
                .toList();
    }

    private boolean mayStart(PersonId to) {
        return caller.isAdmin() || caller.has(Role.TRAINER)
                || (profiles.isPublished(to) && profiles.isPublished(me()));
    }

    private void checkLimits(PersonId me) {
        Instant now = clock.instant();
        if (messages.countBySenderIdAndSentAtAfter(me.value(), now.minus(MessageLimits.BURST))
                >= MessageLimits.PER_BURST
                || messages.countBySenderIdAndSentAtAfter(me.value(), now.minus(Duration.ofDays(1)))
                >= MessageLimits.PER_DAY) {
            throw new UserFacingException("network.error.too-many-messages");
        }
    }

    private ConversationRow create(long me, long other) {
        try {
            return conversations.saveAndFlush(new ConversationRow(me, other, clock.instant()));
        } catch (DataIntegrityViolationException startedAtTheSameTime) {
            // The other person started ours a moment ago; this transaction is spoilt, a second try finds theirs.
            throw new UserFacingException("network.error.try-again");
        }
    }

    private ConversationRow mine(long conversationId, long me) {
        return conversations.findById(conversationId).filter(c -> c.involves(me))
                .orElseThrow(() -> new UserFacingException("network.error.conversation-not-found"));
    }

    private @Nullable ConversationRow pair(long one, long other) {
        return conversations.findByPersonAAndPersonB(Math.min(one, other), Math.max(one, other)).orElse(null);
    }

    private Map<PersonId, Participant> participants(Set<PersonId> ids) {
        Set<PersonId> published = ids.stream().filter(profiles::isPublished).collect(Collectors.toSet());
        return ids.stream().collect(Collectors.toMap(Function.identity(), id -> new Participant(id,
                directory.displayName(id).orElse(""), published.contains(id))));
    }

    private PersonId me() {
        return caller.id().orElseThrow(() -> new UserFacingException("error.person-not-found"));
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }
}
