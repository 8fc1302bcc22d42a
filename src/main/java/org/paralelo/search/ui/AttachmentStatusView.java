package org.paralelo.search.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.paralelo.base.ui.RouteIds;
import org.paralelo.base.ui.TitledByHeading;
import org.paralelo.courses.CourseId;
import org.paralelo.search.IndexAdminService;
import org.springframework.security.access.AccessDeniedException;

/**
 * For a course's trainers: how extracting the text of each attachment went (searchable, cut at the limit, failed,
 * too large, timed out), so they know which files search can look inside. Address {@code busqueda/adjuntos/{id}}.
 */
@Route("busqueda/adjuntos/:courseId")
@RolesAllowed({"TRAINER", "ADMIN"})
public class AttachmentStatusView extends Main implements TitledByHeading, BeforeEnterObserver {

    private final IndexAdminService admin;

    AttachmentStatusView(IndexAdminService admin) {
        this.admin = admin;
        addClassName("page");
    }

    public static String path(CourseId course) {
        return "busqueda/adjuntos/" + course.value();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseId course;
        List<IndexAdminService.AttachmentStatus> statuses;
        try {
            course = new CourseId(RouteIds.id(event, "courseId"));
            statuses = admin.attachments(course);
        } catch (AccessDeniedException e) {
            throw new NotFoundException();
        }
        removeAll();
        add(new H1(getTranslation("search.attachments.title")));
        if (statuses.isEmpty()) {
            add(new Paragraph(getTranslation("search.attachments.none")));
            return;
        }
        Grid<IndexAdminService.AttachmentStatus> grid = new Grid<>();
        grid.setId("attachment-status");
        grid.addColumn(IndexAdminService.AttachmentStatus::fileName)
                .setHeader(getTranslation("search.attachments.file")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("search.attachments.status." + s.status()))
                .setHeader(getTranslation("search.attachments.status"));
        grid.addColumn(IndexAdminService.AttachmentStatus::pages)
                .setHeader(getTranslation("search.attachments.pages"));
        grid.setItems(statuses);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
