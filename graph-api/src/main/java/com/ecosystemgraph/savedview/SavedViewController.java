package com.ecosystemgraph.savedview;

import com.ecosystemgraph.audit.AuditTrail;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.security.ViewerAccess;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code savedViews}, {@code saveView}, {@code deleteSavedView}: every role keeps its own saved views.
 * The owner is always the signed-in caller (as the audit trail names them: a user, or key:<id> for an
 * API key), so a view of another user can be neither listed nor found by id: to anyone else it does not exist.
 */
@Controller
@ViewerAccess
class SavedViewController {

    private final SavedViewRepository views;

    SavedViewController(SavedViewRepository views) {
        this.views = views;
    }

    @QueryMapping
    @Transactional(readOnly = true)
    public List<SavedView> savedViews(@Argument SavedViewTarget target) {
        return views.list(owner(), target);
    }

    @MutationMapping
    @Transactional
    public SavedViewPayloads.Save saveView(@Argument SaveViewInput input) {
        SavedViewRules.Checked checked = SavedViewRules.check(input);
        if (!checked.errors().isEmpty()) {
            return new SavedViewPayloads.Save(null, checked.errors());
        }
        String owner = owner();
        SavedViewRepository.Found found = views.find(owner, input.id(), checked.name());
        if (input.id() != null && found.byId() == null) {
            return new SavedViewPayloads.Save(null,
                    List.of(new UserError("id", "you have no saved view with id " + input.id(), UserError.Code.NOT_FOUND)));
        }
        if (input.id() != null && found.byName() != null && !found.byName().id().equals(input.id())) {
            return new SavedViewPayloads.Save(null, List.of(SavedViewRules.invalid("name",
                    "you already have another view named '" + checked.name() + "': choose another name, or save over that one")));
        }
        if (input.id() == null && found.byName() == null && found.owned() >= SavedViewRepository.MAX_PER_OWNER) {
            return new SavedViewPayloads.Save(null, List.of(SavedViewRules.invalid("name", "you have " + found.owned()
                    + " saved views, the most one user keeps: delete one first, or save over one of them by its name")));
        }
        return new SavedViewPayloads.Save(views.save(owner, input.id(), checked.name(), input.target(), checked.canvas(), checked.filter()),
                List.of());
    }

    @MutationMapping
    @Transactional
    public SavedViewPayloads.Delete deleteSavedView(@Argument SavedViewPayloads.DeleteInput input) {
        if (!views.delete(owner(), input.id())) {
            return new SavedViewPayloads.Delete(null,
                    List.of(new UserError("id", "you have no saved view with id " + input.id(), UserError.Code.NOT_FOUND)));
        }
        return new SavedViewPayloads.Delete(input.id(), List.of());
    }

    private static String owner() {
        return AuditTrail.Actor.of(SecurityContextHolder.getContext().getAuthentication()).name();
    }
}
