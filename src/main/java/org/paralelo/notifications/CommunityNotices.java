package org.paralelo.notifications;

import java.util.Set;
import org.paralelo.community.MessageSent;
import org.paralelo.community.NetworkPaths;
import org.paralelo.community.PostPublished;
import org.paralelo.community.ResourceId;
import org.paralelo.community.ResourceModerated;
import org.paralelo.community.ResourcePaths;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the Network's events into in-app notices: a reply for the thread's followers, a mention for those
 * mentioned (never both), a message for its recipient, a moderator's decision
 * on a shared resource for its author. Runs after the event's transaction commits, in its own;
 * replayed events write nothing twice (the cause is part of each row's key).
 */
@Component
class CommunityNotices {

    private final NoticeWriter writer;

    CommunityNotices(NoticeWriter writer) {
        this.writer = writer;
    }

    @ApplicationModuleListener
    void on(PostPublished post) {
        String link = CommunityLinks.thread(post.threadId());
        String source = "post:" + post.postId();
        writer.write(post.followers(), new NoticeWriter.Notice(NoticeKind.REPLY, source, post.authorName(),
                post.threadTitle(), post.excerpt(), link));
        writer.write(post.mentioned(), new NoticeWriter.Notice(NoticeKind.MENTION, source, post.authorName(),
                post.threadTitle(), post.excerpt(), link));
    }

    @ApplicationModuleListener
    void on(MessageSent message) {
        writer.write(Set.of(message.recipient()), new NoticeWriter.Notice(NoticeKind.MESSAGE,
                "message:" + message.messageId(), message.senderName(), message.senderName(), message.excerpt(),
                NetworkPaths.conversation(message.conversationId())));
    }

    /** The author hears of a moderator's decision on their resource; a rejection carries the reason. */
    @ApplicationModuleListener
    void on(ResourceModerated decision) {
        writer.write(Set.of(decision.author()), new NoticeWriter.Notice(decision.approved()
                ? NoticeKind.RESOURCE_APPROVED : NoticeKind.RESOURCE_REJECTED,
                "resource:" + decision.resourceId() + ":" + decision.decision(), decision.moderatorName(),
                decision.title(), decision.reason(), ResourcePaths.resource(new ResourceId(decision.resourceId()))));
    }
}
