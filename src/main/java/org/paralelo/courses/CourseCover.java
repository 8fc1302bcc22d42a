package org.paralelo.courses;

import com.vaadin.flow.component.html.Image;

/** A course's cover as every card shows it: lazy-loaded and decorative (the title beside it names the course). */
public final class CourseCover {

    private CourseCover() {
    }

    /** The cover's address; the name part is decoration, the media controller serves by id. */
    public static String path(long mediaId) {
        return "media/" + mediaId + "/portada";
    }

    public static Image image(long mediaId) {
        Image cover = new Image(path(mediaId), "");
        cover.addClassName("course-cover");
        cover.getElement().setAttribute("loading", "lazy");
        return cover;
    }
}
