package org.paralelo.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the person (for example a trainer opening another trainer's course). Shown exactly like
 * "not found", so nobody learns that the thing exists.
 */
@AnonymousAllowed
public class RefusedAccessView extends VerticalLayout
        implements TitledByHeading, HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return PageNotFoundView.showNotFound(this);
    }
}
