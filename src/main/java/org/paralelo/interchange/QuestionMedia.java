package org.paralelo.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paralelo.assessment.Question;
import org.paralelo.base.FieldProblem;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The files embedded in imported question texts, stored in the media library (which checks each by its bytes),
 * and the stored files read back when the bank leaves as Moodle XML. Callers are the question import's own
 * service methods, which carry the access checks; the media library checks again on every call.
 */
@Component
class QuestionMedia {

    /** A stored file's link in Markdown: {@code media/12/plano.png}. */
    private static final Pattern STORED_LINK = Pattern.compile("^media/(\\d+)/");

    private final MediaService media;

    QuestionMedia(MediaService media) {
        this.media = media;
    }

    /**
     * Stores each file; fills {@code links} (package path → stored link) and returns the refusal of each file the
     * media library would not take (package path → problem). In the caller's transaction a refusal marks it for
     * rollback (all or nothing); without one, each file is stored in a short transaction of its own.
     */
    Map<String, GiftProblem> store(GiftResult parsed, Map<String, String> links) {
        Map<String, GiftProblem> refused = new LinkedHashMap<>();
        parsed.files().forEach((path, bytes) -> {
            String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("^q\\d+-", "");
            // A file shown as a picture must be one; a file linked for download may be any attachment type.
            Pattern asImage = Pattern.compile("!\\[[^\\]]*]\\(" + Pattern.quote(path));
            MediaPurpose purpose = parsed.questions().stream().anyMatch(q -> asImage.matcher(q.question().text())
                    .find()) ? MediaPurpose.IMAGE : MediaPurpose.ATTACHMENT;
            try {
                StoredMedia stored = media.store(new ByteArrayInputStream(bytes), name, purpose);
                links.put(path, stored.downloadPath().substring(1));
            } catch (InvalidInputException badFile) {
                // The file's name stands where a field's name would: "plano.png: this type is not accepted".
                FieldProblem first = badFile.problems().getFirst();
                refused.put(path, new GiftProblem(0, first.messageKey(), name, Arrays.asList(first.arguments()),
                        name));
            } catch (UserFacingException badFile) {
                refused.put(path, new GiftProblem(0, badFile.messageKey(), name, Arrays.asList(badFile.arguments()),
                        name));
            }
        });
        return refused;
    }

    /** The question with its package media paths pointing at the stored files. */
    static Question relinked(Question q, Map<String, String> links) {
        if (links.isEmpty()) {
            return q;
        }
        String text = q.text();
        for (Map.Entry<String, String> link : links.entrySet()) {
            text = text.replace(link.getKey(), link.getValue());
        }
        return new Question(text, q.points(), q.generalFeedback(), q.body(), q.title(), q.idNumber(), q.tags());
    }

    /** The bytes of a stored file a question links to, if this person may read it and it is still there. */
    Optional<byte[]> bytes(String link) {
        Matcher id = STORED_LINK.matcher(link);
        if (!id.find()) {
            return Optional.empty();
        }
        try (InputStream in = media.open(new MediaId(Long.parseLong(id.group(1)))).content().open()) {
            return Optional.of(in.readAllBytes());
        } catch (AccessDeniedException | UserFacingException | IOException | NumberFormatException gone) {
            return Optional.empty();
        }
    }
}
