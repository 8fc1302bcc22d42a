/**
 * The Network: where members share information, ideas and experiences long after a course ends — spaces,
 * threads and replies (debate threads among them), the opt-in member directory, private messages, shared
 * resources and their moderation. Other modules learn of new posts through {@link org.paralelo.community.PostPublished};
 * notifications turns that event into in-app notices and mail, so nothing here sends anything itself. A run's
 * space follows programme's {@link org.paralelo.programme.RunCircleService} (programme knows nothing of the Network). Threads and
 * replies are in search through {@code PostSearch}, a {@link org.paralelo.search.SearchSource} whose access key is
 * the space; shared resources through {@code ResourceSearch} (published ones for every member, queued ones for the
 * moderators and their author). Moderation decisions on resources reach notifications as
 * {@link org.paralelo.community.ResourceModerated}; a resource's document is readable through
 * {@code ResourceMediaPolicy} (a {@link org.paralelo.media.MediaReadPolicy}); a post's images and attachments
 * through {@code PostMediaPolicy} (whoever may read the post), a member's avatar through {@code AvatarMediaPolicy}
 * (every member while the profile is published). The text inside a post's attachments is indexed with the post
 * (same group, same access key); the files posts, avatars and resources still use are claimed from media's orphan
 * sweep by {@code CommunityMediaReferences} (a {@link org.paralelo.media.MediaReferences}).
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "people", "media", "courses", "learning",
    "programme", "search"})
@NullMarked
package org.paralelo.community;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
